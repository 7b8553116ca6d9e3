#include "storage/CatalogStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace ow {

namespace {

const QChar licenceSeparator = QLatin1Char(';');

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                      const QString& what)
{
    auto query = sql::prepare(db, statement);
    if (!query)
        return query.error();
    for (const QVariant& value : values)
        query.value().addBindValue(value);
    if (auto done = sql::exec(query.value(), what); !done)
        return done.error();
    return query;
}

} // namespace

CatalogStore::CatalogStore(Database& database)
    : m_database(database)
{}

Result<void> CatalogStore::write(const QSqlDatabase& db, const QList<ServiceItem>& items,
                                 const QList<Theme>& themes)
{
    const QString what = QCoreApplication::translate("ow::CatalogStore", "save the service catalog");
    auto item =
        sql::prepare(db, QStringLiteral("INSERT INTO service_items (code, name, department, kind, "
                                        "promised_days, legal_days, fee_fen, delivery_options) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                                        "name = excluded.name, department = excluded.department, "
                                        "kind = excluded.kind, promised_days = excluded.promised_days, "
                                        "legal_days = excluded.legal_days, fee_fen = excluded.fee_fen, "
                                        "delivery_options = excluded.delivery_options"));
    auto clearMaterials = sql::prepare(db, QStringLiteral("DELETE FROM item_materials WHERE item_code = ?"));
    auto material =
        sql::prepare(db, QStringLiteral("INSERT INTO item_materials (item_code, position, name, form, "
                                        "copies, required, licence_types, commitment_allowed) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    auto theme = sql::prepare(db, QStringLiteral("INSERT INTO themes (code, name) VALUES (?, ?) "
                                                 "ON CONFLICT (code) DO UPDATE SET name = excluded.name"));
    auto clearThemeItems = sql::prepare(db, QStringLiteral("DELETE FROM theme_items WHERE theme_code = ?"));
    auto themeItem = sql::prepare(
        db, QStringLiteral("INSERT INTO theme_items (theme_code, position, item_code) VALUES (?, ?, ?)"));
    for (const auto* prepared : {&item, &clearMaterials, &material, &theme, &clearThemeItems, &themeItem}) {
        if (!*prepared)
            return prepared->error();
    }
    for (const ServiceItem& it : items) {
        if (it.code.trimmed().isEmpty() || it.name.trimmed().isEmpty()) {
            return Error{
                QStringLiteral("storage.catalogInvalid"),
                QCoreApplication::translate(
                    "ow::CatalogStore",
                    "The service catalog contains an item without a code or a name (\"%1\"), so it was "
                    "not taken over; the catalog stays as it was. Report this to the catalog's "
                    "administrators.")
                    .arg(it.code.isEmpty() ? it.name : it.code)};
        }
        QSqlQuery& q = item.value();
        q.bindValue(0, sql::text(it.code));
        q.bindValue(1, sql::text(it.name));
        q.bindValue(2, sql::text(it.department));
        q.bindValue(3, static_cast<int>(it.kind));
        q.bindValue(4, it.promisedDays);
        q.bindValue(5, it.legalDays);
        q.bindValue(6, it.feeFen);
        q.bindValue(7, it.deliveryOptions.toInt());
        if (auto done = sql::exec(q, what); !done)
            return done;
        clearMaterials.value().bindValue(0, it.code);
        if (auto done = sql::exec(clearMaterials.value(), what); !done)
            return done;
        for (int position = 0; position < it.materials.size(); ++position) {
            const MaterialRequirement& requirement = it.materials.at(position);
            QSqlQuery& m = material.value();
            m.bindValue(0, it.code);
            m.bindValue(1, position);
            m.bindValue(2, sql::text(requirement.name));
            m.bindValue(3, static_cast<int>(requirement.form));
            m.bindValue(4, requirement.copies);
            m.bindValue(5, requirement.required ? 1 : 0);
            m.bindValue(6, sql::text(requirement.licenceTypes.join(licenceSeparator)));
            m.bindValue(7, requirement.commitmentAllowed ? 1 : 0);
            if (auto done = sql::exec(m, what); !done)
                return done;
        }
    }
    for (const Theme& th : themes) {
        theme.value().bindValue(0, th.code);
        theme.value().bindValue(1, sql::text(th.name));
        clearThemeItems.value().bindValue(0, th.code);
        if (auto done = sql::exec(theme.value(), what); !done)
            return done;
        if (auto done = sql::exec(clearThemeItems.value(), what); !done)
            return done;
        for (int position = 0; position < th.itemCodes.size(); ++position) {
            themeItem.value().bindValue(0, th.code);
            themeItem.value().bindValue(1, position);
            themeItem.value().bindValue(2, sql::text(th.itemCodes.at(position)));
            if (auto done = sql::exec(themeItem.value(), what); !done)
                return done;
        }
    }
    return {};
}

Result<void> CatalogStore::upsert(const QList<ServiceItem>& items, const QList<Theme>& themes)
{
    return m_database.transaction([&](QSqlDatabase& db) { return write(db, items, themes); });
}

Result<void> CatalogStore::upsertIn(const QSqlDatabase& db, const QList<ServiceItem>& items,
                                    const QList<Theme>& themes)
{
    return write(db, items, themes);
}

Result<void> CatalogStore::removeIn(const QSqlDatabase& db, const QString& statement,
                                    const QStringList& codes)
{
    if (codes.isEmpty())
        return {};
    auto query = sql::prepare(db, statement);
    if (!query)
        return query.error();
    const QString what = QCoreApplication::translate("ow::CatalogStore", "update the service catalog");
    for (const QString& code : codes) {
        query.value().bindValue(0, code);
        if (auto done = sql::exec(query.value(), what); !done)
            return done;
    }
    return {};
}

Result<void> CatalogStore::removeItemsIn(const QSqlDatabase& db, const QStringList& codes)
{
    // item_materials go with the item (ON DELETE CASCADE).
    return removeIn(db, QStringLiteral("DELETE FROM service_items WHERE code = ?"), codes);
}

Result<void> CatalogStore::removeThemesIn(const QSqlDatabase& db, const QStringList& codes)
{
    // theme_items go with the theme (ON DELETE CASCADE).
    return removeIn(db, QStringLiteral("DELETE FROM themes WHERE code = ?"), codes);
}

Result<void> CatalogStore::importAll(const QList<ServiceItem>& items, const QList<Theme>& themes)
{
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        for (const QString& statement :
             {QStringLiteral("DELETE FROM item_materials"), QStringLiteral("DELETE FROM service_items"),
              QStringLiteral("DELETE FROM theme_items"), QStringLiteral("DELETE FROM themes")}) {
            if (auto done = sql::execDirect(
                    db, statement,
                    QCoreApplication::translate("ow::CatalogStore", "replace the service catalog"));
                !done)
                return done;
        }
        return write(db, items, themes);
    });
}

Result<QList<ServiceItem>> CatalogStore::loadItems(const QString& condition, const QVariantList& values)
{
    const QString what = QCoreApplication::translate("ow::CatalogStore", "read the service catalog");
    const QSqlDatabase db = m_database.connection();
    auto items =
        run(db,
            QStringLiteral("SELECT code, name, department, kind, promised_days, legal_days, fee_fen, "
                           "delivery_options FROM service_items i WHERE ") +
                condition + QStringLiteral(" ORDER BY i.name, i.code"),
            values, what);
    if (!items)
        return items.error();
    QList<ServiceItem> result;
    QHash<QString, qsizetype> index;
    for (QSqlQuery& q = items.value(); q.next();) {
        ServiceItem item;
        item.code = q.value(0).toString();
        item.name = q.value(1).toString();
        item.department = q.value(2).toString();
        item.kind = static_cast<ItemKind>(q.value(3).toInt());
        item.promisedDays = q.value(4).toInt();
        item.legalDays = q.value(5).toInt();
        item.feeFen = q.value(6).toLongLong();
        item.deliveryOptions = DeliveryMethods::fromInt(q.value(7).toInt());
        index.insert(item.code, result.size());
        result.append(std::move(item));
    }
    auto materials =
        run(db,
            QStringLiteral("SELECT m.item_code, m.name, m.form, m.copies, m.required, m.licence_types, "
                           "m.commitment_allowed FROM item_materials m JOIN service_items i "
                           "ON i.code = m.item_code WHERE ") +
                condition + QStringLiteral(" ORDER BY m.item_code, m.position"),
            values, what);
    if (!materials)
        return materials.error();
    for (QSqlQuery& q = materials.value(); q.next();) {
        MaterialRequirement requirement;
        requirement.name = q.value(1).toString();
        requirement.form = static_cast<MaterialForm>(q.value(2).toInt());
        requirement.copies = q.value(3).toInt();
        requirement.required = q.value(4).toInt() != 0;
        requirement.licenceTypes = q.value(5).toString().split(licenceSeparator, Qt::SkipEmptyParts);
        requirement.commitmentAllowed = q.value(6).toInt() != 0;
        if (const auto it = index.constFind(q.value(0).toString()); it != index.constEnd())
            result[*it].materials.append(std::move(requirement));
    }
    return result;
}

Result<std::optional<ServiceItem>> CatalogStore::findItem(const QString& code)
{
    auto items = loadItems(QStringLiteral("i.code = ?"), {code});
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<ServiceItem>();
    return std::optional<ServiceItem>(items->constFirst());
}

Result<QList<ServiceItem>> CatalogStore::listByDepartment(const QString& department)
{
    return loadItems(QStringLiteral("i.department = ?"), {department});
}

Result<QStringList> CatalogStore::departments()
{
    auto query = run(m_database.connection(),
                     QStringLiteral("SELECT DISTINCT department FROM service_items ORDER BY department"), {},
                     QCoreApplication::translate("ow::CatalogStore", "read the service catalog"));
    if (!query)
        return query.error();
    QStringList result;
    while (query.value().next())
        result.append(query.value().value(0).toString());
    return result;
}

Result<int> CatalogStore::countItems()
{
    auto query = run(m_database.connection(), QStringLiteral("SELECT count(*) FROM service_items"), {},
                     QCoreApplication::translate("ow::CatalogStore", "read the service catalog"));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<int> CatalogStore::countThemes()
{
    auto query = run(m_database.connection(), QStringLiteral("SELECT count(*) FROM themes"), {},
                     QCoreApplication::translate("ow::CatalogStore", "read the service catalog"));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<QList<Theme>> CatalogStore::loadThemes(const QString& condition, const QVariantList& values)
{
    auto query =
        run(m_database.connection(),
            QStringLiteral("SELECT t.code, t.name, ti.item_code FROM themes t LEFT JOIN theme_items ti "
                           "ON ti.theme_code = t.code WHERE ") +
                condition + QStringLiteral(" ORDER BY t.name, t.code, ti.position"),
            values, QCoreApplication::translate("ow::CatalogStore", "read the service catalog"));
    if (!query)
        return query.error();
    QList<Theme> result;
    for (QSqlQuery& q = query.value(); q.next();) {
        if (result.isEmpty() || result.constLast().code != q.value(0).toString())
            result.append(Theme{q.value(0).toString(), q.value(1).toString(), {}});
        if (!q.value(2).isNull())
            result.last().itemCodes.append(q.value(2).toString());
    }
    return result;
}

Result<std::optional<Theme>> CatalogStore::findTheme(const QString& code)
{
    auto themes = loadThemes(QStringLiteral("t.code = ?"), {code});
    if (!themes)
        return themes.error();
    if (themes->isEmpty())
        return std::optional<Theme>();
    return std::optional<Theme>(themes->constFirst());
}

Result<QList<Theme>> CatalogStore::listThemes()
{
    return loadThemes(QStringLiteral("1 = 1"), {});
}

} // namespace ow
