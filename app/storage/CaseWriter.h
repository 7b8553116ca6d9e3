#pragma once

// CaseWriter: writes cases with their items, materials and history inside an open transaction,
// preparing its statements once for a batch. Used by CaseStore only.

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ow {

class CaseWriter
{
public:
    explicit CaseWriter(const QSqlDatabase& db);

    // Inserts the case, or replaces its header, items and materials when the uuid is known; appends
    // the history entries not stored yet (history is append only). A case without any history gets a
    // first entry for its status.
    Result<void> write(const CaseRecord& record, const QDateTime& now);
    Result<void> appendHistory(qint64 caseId, const StatusChange& change);

private:
    Result<void> prepareAll();
    Result<qint64> writeHeader(const CaseRecord& record, int* storedHistory);
    Result<void> writeMaterials(qint64 caseId, const QList<CaseMaterial>& materials);

    QSqlDatabase m_db;
    bool m_prepared = false;
    QSqlQuery m_find, m_insert, m_update, m_clearItems, m_clearMaterials, m_item, m_material, m_blob,
        m_history;
};

} // namespace ow
