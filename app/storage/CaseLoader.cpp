#include "storage/CaseLoader.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace ow {

namespace {

QString what()
{
    return QCoreApplication::translate("ow::CaseStore", "read the cases");
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    auto query = sql::prepare(db, statement);
    if (!query)
        return query.error();
    for (const QVariant& value : values)
        query.value().addBindValue(value);
    if (auto done = sql::exec(query.value(), what()); !done)
        return done.error();
    return query;
}

} // namespace

CaseLoader::CaseLoader(const QSqlDatabase& db)
    : m_db(db)
{}

Result<qint64> CaseLoader::idOf(const QUuid& uuid)
{
    auto query = run(m_db, QStringLiteral("SELECT id FROM cases WHERE uuid = ?"),
                     {uuid.toString(QUuid::WithoutBraces)});
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

Result<QList<CaseRecord>> CaseLoader::load(const QString& condition, const QVariantList& values,
                                           const QString& tail, const QString& from)
{
    auto query =
        run(m_db,
            QStringLiteral("SELECT c.id, c.uuid, c.acceptance_number, c.applicant_id, c.agent_id, c.window, "
                           "c.clerk, c.status, c.accepted_at, c.deadline, c.deadline_provisional, "
                           "c.delivery, c.query_code_hash, c.theme_code FROM ") +
                from + QStringLiteral(" WHERE ") + condition + QLatin1Char(' ') + tail,
            values);
    if (!query)
        return query.error();
    QList<CaseRecord> cases;
    QHash<qint64, qsizetype> positions;
    QStringList ids;
    for (QSqlQuery& q = query.value(); q.next();) {
        CaseRecord record;
        const qint64 id = q.value(0).toLongLong();
        record.uuid = QUuid::fromString(q.value(1).toString());
        record.acceptanceNumber = q.value(2).toString();
        record.applicantId = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            record.agentId = q.value(4).toLongLong();
        record.window = q.value(5).toString();
        record.clerk = q.value(6).toString();
        record.status = static_cast<CaseStatus>(q.value(7).toInt());
        record.acceptedAt = sql::toDateTime(q.value(8));
        record.deadline = sql::toDate(q.value(9));
        record.deadlineProvisional = q.value(10).toInt() != 0;
        record.delivery = static_cast<DeliveryMethod>(q.value(11).toInt());
        record.queryCodeHash = q.value(12).toByteArray();
        record.themeCode = q.value(13).toString();
        positions.insert(id, cases.size());
        ids.append(QString::number(id));
        cases.append(std::move(record));
    }
    if (cases.isEmpty())
        return cases;
    const QString idList = ids.join(QLatin1Char(','));
    if (auto done = loadItems(cases, positions, idList); !done)
        return done.error();
    if (auto done = loadMaterials(cases, positions, idList); !done)
        return done.error();
    if (auto done = loadHistory(cases, positions, idList); !done)
        return done.error();
    return cases;
}

Result<void> CaseLoader::loadItems(QList<CaseRecord>& cases, const QHash<qint64, qsizetype>& index,
                                   const QString& ids)
{
    auto query = run(m_db, QStringLiteral("SELECT case_id, item_code FROM case_items WHERE case_id IN (%1) "
                                          "ORDER BY case_id, position")
                               .arg(ids));
    if (!query)
        return query.error();
    for (QSqlQuery& q = query.value(); q.next();)
        cases[index.value(q.value(0).toLongLong())].itemCodes.append(q.value(1).toString());
    return {};
}

Result<void> CaseLoader::loadMaterials(QList<CaseRecord>& cases, const QHash<qint64, qsizetype>& index,
                                       const QString& ids)
{
    auto query =
        run(m_db, QStringLiteral("SELECT id, case_id, requirement_name, source, page_count, reference "
                                 "FROM case_materials WHERE case_id IN (%1) ORDER BY case_id, position")
                      .arg(ids));
    if (!query)
        return query.error();
    QHash<qint64, std::pair<qsizetype, qsizetype>> materialIndex; // material id -> (case, material)
    for (QSqlQuery& q = query.value(); q.next();) {
        CaseMaterial material;
        material.requirementName = q.value(2).toString();
        material.source = static_cast<MaterialSource>(q.value(3).toInt());
        material.pageCount = q.value(4).toInt();
        material.reference = q.value(5).toString();
        const qsizetype caseIndex = index.value(q.value(1).toLongLong());
        materialIndex.insert(q.value(0).toLongLong(), {caseIndex, cases[caseIndex].materials.size()});
        cases[caseIndex].materials.append(std::move(material));
    }
    auto blobs = run(m_db, QStringLiteral("SELECT b.material_id, b.blob_hash FROM case_material_blobs b "
                                          "JOIN case_materials m ON m.id = b.material_id "
                                          "WHERE m.case_id IN (%1) ORDER BY b.material_id, b.position")
                               .arg(ids));
    if (!blobs)
        return blobs.error();
    for (QSqlQuery& q = blobs.value(); q.next();) {
        const auto [caseIndex, materialIndexInCase] = materialIndex.value(q.value(0).toLongLong());
        cases[caseIndex].materials[materialIndexInCase].blobHashes.append(q.value(1).toString());
    }
    return {};
}

Result<void> CaseLoader::loadHistory(QList<CaseRecord>& cases, const QHash<qint64, qsizetype>& index,
                                     const QString& ids)
{
    auto query = run(m_db, QStringLiteral("SELECT case_id, status, at, by, note FROM case_history "
                                          "WHERE case_id IN (%1) ORDER BY case_id, id")
                               .arg(ids));
    if (!query)
        return query.error();
    for (QSqlQuery& q = query.value(); q.next();) {
        cases[index.value(q.value(0).toLongLong())].history.append(
            StatusChange{static_cast<CaseStatus>(q.value(1).toInt()), sql::toDateTime(q.value(2)),
                         q.value(3).toString(), q.value(4).toString()});
    }
    return {};
}

} // namespace ow
