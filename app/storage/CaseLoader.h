#pragma once

// CaseLoader: reads cases matching a condition, with their items, materials and history fetched in
// one query per table for the whole page of cases. Used by CaseStore only.

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace ow {

class CaseLoader
{
public:
    explicit CaseLoader(const QSqlDatabase& db);

    // condition and tail are SQL over the alias c of the cases table; tail orders and limits. from
    // may name the index SQLite must use (cases c INDEXED BY ...) where its planner would guess wrong.
    Result<QList<CaseRecord>> load(const QString& condition, const QVariantList& values, const QString& tail,
                                   const QString& from = QStringLiteral("cases c"));
    // The internal id of a case, or 0 when unknown.
    Result<qint64> idOf(const QUuid& uuid);

private:
    Result<void> loadItems(QList<CaseRecord>& cases, const QHash<qint64, qsizetype>& index,
                           const QString& ids);
    Result<void> loadMaterials(QList<CaseRecord>& cases, const QHash<qint64, qsizetype>& index,
                               const QString& ids);
    Result<void> loadHistory(QList<CaseRecord>& cases, const QHash<qint64, qsizetype>& index,
                             const QString& ids);

    QSqlDatabase m_db;
};

} // namespace ow
