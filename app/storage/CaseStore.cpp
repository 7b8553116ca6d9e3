#include "storage/CaseStore.h"

#include "storage/CaseLoader.h"
#include "storage/CaseWriter.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString statusList(const QList<CaseStatus>& statuses)
{
    QStringList values;
    for (CaseStatus status : statuses)
        values.append(QString::number(static_cast<int>(status)));
    return values.join(QStringLiteral(", "));
}

// Keep in step with the partial index idx_cases_open_deadline (migration 3).
const QString openCondition = QStringLiteral("c.status IN (1, 2, 3)");

QVariant startOfDay(const QDate& day)
{
    return sql::fromDateTime(day.startOfDay());
}

} // namespace

CaseStore::CaseStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<CaseStatus> CaseStore::openStatuses()
{
    return {CaseStatus::Accepted, CaseStatus::Dispatched, CaseStatus::InProcess};
}

Result<void> CaseStore::save(const CaseRecord& record, const QList<OutboxOperation>& outbox)
{
    return saveAll({record}, outbox);
}

Result<void> CaseStore::saveAll(const QList<CaseRecord>& records, const QList<OutboxOperation>& outbox)
{
    const QDateTime now = m_clock.now();
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        CaseWriter writer(db);
        for (const CaseRecord& record : records) {
            if (auto done = writer.write(record, now); !done)
                return done;
        }
        return OutboxStore::enqueueIn(db, outbox, now);
    });
}

Result<void> CaseStore::updateStatus(const QUuid& uuid, const StatusChange& change,
                                     const QList<OutboxOperation>& outbox)
{
    const QDateTime now = m_clock.now();
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        const auto caseId = CaseLoader(db).idOf(uuid);
        if (!caseId)
            return caseId.error();
        if (*caseId == 0) {
            return Error{
                QStringLiteral("storage.notFound"),
                QCoreApplication::translate("ow::CaseStore", "The case %1 is not in the local database.")
                    .arg(uuid.toString(QUuid::WithoutBraces))};
        }
        auto query = sql::prepare(db, QStringLiteral("UPDATE cases SET status = ? WHERE id = ?"));
        if (!query)
            return query.error();
        query.value().addBindValue(static_cast<int>(change.status));
        query.value().addBindValue(*caseId);
        if (auto done =
                sql::exec(query.value(), QCoreApplication::translate("ow::CaseStore", "change the status"));
            !done)
            return done;
        auto items = sql::prepare(db, QStringLiteral("UPDATE case_items SET status = ? WHERE case_id = ?"));
        if (!items)
            return items.error();
        items.value().addBindValue(static_cast<int>(change.status));
        items.value().addBindValue(*caseId);
        if (auto done =
                sql::exec(items.value(), QCoreApplication::translate("ow::CaseStore", "change the status"));
            !done)
            return done;
        StatusChange entry = change;
        if (!entry.at.isValid())
            entry.at = now;
        if (auto done = CaseWriter(db).appendHistory(*caseId, entry); !done)
            return done;
        return OutboxStore::enqueueIn(db, outbox, now);
    });
}

Result<std::optional<CaseRecord>> CaseStore::findOne(const QString& condition, const QVariant& value)
{
    auto cases = CaseLoader(m_database.connection()).load(condition, {value}, QString());
    if (!cases)
        return cases.error();
    if (cases->isEmpty())
        return std::optional<CaseRecord>();
    return std::optional<CaseRecord>(cases->constFirst());
}

Result<std::optional<CaseRecord>> CaseStore::findByUuid(const QUuid& uuid)
{
    return findOne(QStringLiteral("c.uuid = ?"), uuid.toString(QUuid::WithoutBraces));
}

Result<std::optional<CaseRecord>> CaseStore::findByAcceptanceNumber(const QString& acceptanceNumber)
{
    return findOne(QStringLiteral("c.acceptance_number = ?"), acceptanceNumber.trimmed());
}

Result<QList<CaseRecord>> CaseStore::listNearestDeadline(int limit)
{
    return CaseLoader(m_database.connection())
        .load(openCondition + QStringLiteral(" AND c.deadline IS NOT NULL"), {limit},
              QStringLiteral("ORDER BY c.deadline, c.id LIMIT ?"),
              QStringLiteral("cases c INDEXED BY idx_cases_open_deadline"));
}

// With an item or department, the page of case ids comes from the covering index on case_items
// (item, acceptance time, case, status) without touching the cases; otherwise from the cases' own
// indices, the window's one forced when a window is given.
Result<QList<CaseRecord>> CaseStore::list(const CaseFilter& filter)
{
    const bool byItem = !filter.itemCode.isEmpty() || !filter.department.isEmpty();
    const QString alias = byItem ? QStringLiteral("ci") : QStringLiteral("c");
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!filter.itemCode.isEmpty()) {
        conditions.append(QStringLiteral("ci.item_code = ?"));
        values.append(filter.itemCode);
    }
    if (!filter.department.isEmpty()) {
        conditions.append(
            QStringLiteral("ci.item_code IN (SELECT code FROM service_items WHERE department = ?)"));
        values.append(filter.department);
    }
    if (!filter.statuses.isEmpty())
        conditions.append(QStringLiteral("%1.status IN (%2)").arg(alias, statusList(filter.statuses)));
    if (!filter.window.isEmpty()) {
        conditions.append(QStringLiteral("c.window = ?"));
        values.append(filter.window);
    }
    if (filter.acceptedFrom.isValid()) {
        conditions.append(QStringLiteral("%1.accepted_at >= ?").arg(alias));
        values.append(startOfDay(filter.acceptedFrom));
    }
    if (filter.acceptedTo.isValid()) {
        conditions.append(QStringLiteral("%1.accepted_at < ?").arg(alias));
        values.append(startOfDay(filter.acceptedTo.addDays(1)));
    }
    values.append(filter.limit);
    CaseLoader loader(m_database.connection());
    const QString order = QStringLiteral("ORDER BY c.accepted_at DESC, c.id DESC");
    if (!byItem) {
        return loader.load(conditions.join(QStringLiteral(" AND ")), values,
                           order + QStringLiteral(" LIMIT ?"),
                           filter.window.isEmpty() ? QStringLiteral("cases c")
                                                   : QStringLiteral("cases c INDEXED BY idx_cases_window"));
    }
    const QString from = filter.window.isEmpty()
                             ? QStringLiteral("case_items ci")
                             : QStringLiteral("case_items ci CROSS JOIN cases c ON c.id = ci.case_id");
    const QString page = QStringLiteral("c.id IN (SELECT DISTINCT ci.case_id FROM %1 WHERE %2 "
                                        "ORDER BY ci.accepted_at DESC, ci.case_id DESC LIMIT ?)")
                             .arg(from, conditions.join(QStringLiteral(" AND ")));
    return loader.load(page, values, order);
}

Result<QList<CaseRecord>> CaseStore::listForApplicant(qint64 applicantId, int limit)
{
    return CaseLoader(m_database.connection())
        .load(QStringLiteral("c.applicant_id = ?"), {applicantId, limit},
              QStringLiteral("ORDER BY c.accepted_at DESC, c.id DESC LIMIT ?"));
}

Result<QHash<QString, int>> CaseStore::itemUsage(const QString& window)
{
    auto query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT ci.item_code, count(*) FROM case_items ci CROSS JOIN cases c "
                                    "ON c.id = ci.case_id WHERE c.window = ? AND c.status <> ? "
                                    "GROUP BY ci.item_code"));
    if (!query)
        return query.error();
    query.value().addBindValue(window);
    query.value().addBindValue(static_cast<int>(CaseStatus::Refused));
    if (auto done = sql::exec(query.value(), QCoreApplication::translate("ow::CaseStore", "count the items"));
        !done)
        return done.error();
    QHash<QString, int> usage;
    for (QSqlQuery& q = query.value(); q.next();)
        usage.insert(q.value(0).toString(), q.value(1).toInt());
    return usage;
}

} // namespace ow
