#include "storage/CaseWriter.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString what()
{
    return QCoreApplication::translate("ow::CaseStore", "save the case");
}

} // namespace

CaseWriter::CaseWriter(const QSqlDatabase& db)
    : m_db(db)
{}

Result<void> CaseWriter::prepareAll()
{
    if (m_prepared)
        return {};
    const QString header =
        QStringLiteral("acceptance_number = ?, applicant_id = ?, agent_id = ?, window = ?, "
                       "clerk = ?, status = ?, accepted_at = ?, deadline = ?, "
                       "deadline_provisional = ?, delivery = ?, query_code_hash = ?, theme_code = ?");
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&m_find,
         QStringLiteral("SELECT id, (SELECT count(*) FROM case_history h WHERE h.case_id = cases.id) "
                        "FROM cases WHERE uuid = ?")},
        {&m_insert,
         QStringLiteral("INSERT INTO cases (acceptance_number, applicant_id, agent_id, window, clerk, "
                        "status, accepted_at, deadline, deadline_provisional, delivery, "
                        "query_code_hash, theme_code, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&m_update, QStringLiteral("UPDATE cases SET ") + header + QStringLiteral(" WHERE uuid = ?")},
        {&m_clearItems, QStringLiteral("DELETE FROM case_items WHERE case_id = ?")},
        {&m_clearMaterials, QStringLiteral("DELETE FROM case_materials WHERE case_id = ?")},
        {&m_item, QStringLiteral("INSERT INTO case_items (case_id, position, item_code, accepted_at, status) "
                                 "VALUES (?, ?, ?, ?, ?)")},
        {&m_material,
         QStringLiteral("INSERT INTO case_materials (case_id, position, requirement_name, source, "
                        "page_count, reference) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_blob, QStringLiteral("INSERT INTO case_material_blobs (material_id, position, blob_hash) "
                                 "VALUES (?, ?, ?)")},
        {&m_history, QStringLiteral("INSERT INTO case_history (case_id, status, at, by, note) "
                                    "VALUES (?, ?, ?, ?, ?)")},
    };
    for (const auto& [query, statement] : statements) {
        auto prepared = sql::prepare(m_db, statement);
        if (!prepared)
            return prepared.error();
        *query = std::move(prepared).value();
    }
    m_prepared = true;
    return {};
}

Result<void> CaseWriter::write(const CaseRecord& record, const QDateTime& now)
{
    if (record.uuid.isNull() || record.applicantId <= 0) {
        return Error{QStringLiteral("storage.caseInvalid"),
                     QCoreApplication::translate("ow::CaseStore",
                                                 "The case has no identifier or no applicant, so it was not "
                                                 "saved. Identify the applicant first.")};
    }
    if (auto ready = prepareAll(); !ready)
        return ready;
    int storedHistory = 0;
    const auto caseId = writeHeader(record, &storedHistory);
    if (!caseId)
        return caseId.error();
    for (int position = 0; position < record.itemCodes.size(); ++position) {
        m_item.bindValue(0, *caseId);
        m_item.bindValue(1, position);
        m_item.bindValue(2, sql::text(record.itemCodes.at(position)));
        m_item.bindValue(3, sql::fromDateTime(record.acceptedAt));
        m_item.bindValue(4, static_cast<int>(record.status));
        if (auto done = sql::exec(m_item, what()); !done)
            return done;
    }
    if (auto done = writeMaterials(*caseId, record.materials); !done)
        return done;
    for (qsizetype i = storedHistory; i < record.history.size(); ++i) {
        StatusChange change = record.history.at(i);
        if (!change.at.isValid())
            change.at = now;
        if (auto done = appendHistory(*caseId, change); !done)
            return done;
    }
    if (storedHistory == 0 && record.history.isEmpty()) {
        const QDateTime at = record.acceptedAt.isValid() ? record.acceptedAt : now;
        return appendHistory(*caseId, StatusChange{record.status, at, record.clerk, QString()});
    }
    return {};
}

Result<qint64> CaseWriter::writeHeader(const CaseRecord& record, int* storedHistory)
{
    const QString uuid = record.uuid.toString(QUuid::WithoutBraces);
    m_find.bindValue(0, uuid);
    if (auto done = sql::exec(m_find, what()); !done)
        return done.error();
    const bool exists = m_find.next();
    const qint64 existingId = exists ? m_find.value(0).toLongLong() : 0;
    *storedHistory = exists ? m_find.value(1).toInt() : 0;
    m_find.finish();

    QSqlQuery& q = exists ? m_update : m_insert;
    q.bindValue(0, sql::fromText(record.acceptanceNumber));
    q.bindValue(1, record.applicantId);
    q.bindValue(2, record.agentId ? QVariant(*record.agentId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(3, sql::text(record.window));
    q.bindValue(4, sql::text(record.clerk));
    q.bindValue(5, static_cast<int>(record.status));
    q.bindValue(6, sql::fromDateTime(record.acceptedAt));
    q.bindValue(7, sql::fromDate(record.deadline));
    q.bindValue(8, record.deadlineProvisional ? 1 : 0);
    q.bindValue(9, static_cast<int>(record.delivery));
    q.bindValue(10, record.queryCodeHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                   : QVariant(record.queryCodeHash));
    q.bindValue(11, sql::fromText(record.themeCode));
    q.bindValue(12, uuid);
    if (auto done = sql::exec(q, what()); !done)
        return done.error();
    if (!exists)
        return q.lastInsertId().toLongLong();
    for (QSqlQuery* clear : {&m_clearItems, &m_clearMaterials}) {
        clear->bindValue(0, existingId);
        if (auto done = sql::exec(*clear, what()); !done)
            return done.error();
    }
    return existingId;
}

Result<void> CaseWriter::writeMaterials(qint64 caseId, const QList<CaseMaterial>& materials)
{
    for (int position = 0; position < materials.size(); ++position) {
        const CaseMaterial& material = materials.at(position);
        m_material.bindValue(0, caseId);
        m_material.bindValue(1, position);
        m_material.bindValue(2, sql::text(material.requirementName));
        m_material.bindValue(3, static_cast<int>(material.source));
        m_material.bindValue(4, material.pageCount);
        m_material.bindValue(5, sql::fromText(material.reference));
        if (auto done = sql::exec(m_material, what()); !done)
            return done;
        const qint64 materialId = m_material.lastInsertId().toLongLong();
        for (int page = 0; page < material.blobHashes.size(); ++page) {
            m_blob.bindValue(0, materialId);
            m_blob.bindValue(1, page);
            m_blob.bindValue(2, material.blobHashes.at(page));
            if (auto done = sql::exec(m_blob, what()); !done)
                return done;
        }
    }
    return {};
}

Result<void> CaseWriter::appendHistory(qint64 caseId, const StatusChange& change)
{
    if (auto ready = prepareAll(); !ready)
        return ready;
    m_history.bindValue(0, caseId);
    m_history.bindValue(1, static_cast<int>(change.status));
    m_history.bindValue(2, sql::fromDateTime(change.at));
    m_history.bindValue(3, sql::text(change.by));
    m_history.bindValue(4, sql::fromText(change.note));
    return sql::exec(m_history, what());
}

} // namespace ow
