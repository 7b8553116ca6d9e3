#pragma once

// CatalogStore: the local copy of the service catalog: items with their materials lists, and the
// "one thing" themes; written in one transaction per batch, read by the intake.

#include "core/Result.h"
#include "core/ServiceItem.h"
#include "core/Theme.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace ow {

class Database;

class CatalogStore
{
public:
    explicit CatalogStore(Database& database);

    // Inserts or replaces these items (with their materials lists) and themes, all or nothing.
    Result<void> upsert(const QList<ServiceItem>& items, const QList<Theme>& themes = {});
    // Replaces the whole catalog by this one (a full download from the server), all or nothing.
    Result<void> importAll(const QList<ServiceItem>& items, const QList<Theme>& themes);

    // The same inside the caller's open transaction on db (a feed page applied with its cursor).
    static Result<void> upsertIn(const QSqlDatabase& db, const QList<ServiceItem>& items,
                                 const QList<Theme>& themes = {});
    // Removes these items (with their materials lists) or themes inside the caller's open transaction
    // on db; codes not in the catalog are ignored.
    static Result<void> removeItemsIn(const QSqlDatabase& db, const QStringList& codes);
    static Result<void> removeThemesIn(const QSqlDatabase& db, const QStringList& codes);

    Result<std::optional<ServiceItem>> findItem(const QString& code);
    Result<QList<ServiceItem>> listByDepartment(const QString& department);
    Result<QStringList> departments();
    Result<int> countItems();

    Result<std::optional<Theme>> findTheme(const QString& code);
    Result<QList<Theme>> listThemes();
    Result<int> countThemes();

private:
    static Result<void> write(const QSqlDatabase& db, const QList<ServiceItem>& items,
                              const QList<Theme>& themes);
    static Result<void> removeIn(const QSqlDatabase& db, const QString& statement, const QStringList& codes);
    Result<QList<ServiceItem>> loadItems(const QString& condition, const QVariantList& values);
    Result<QList<Theme>> loadThemes(const QString& condition, const QVariantList& values);

    Database& m_database;
};

} // namespace ow
