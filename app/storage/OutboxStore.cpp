#include "storage/OutboxStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

OutboxStore::OutboxStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> OutboxStore::enqueue(const OutboxOperation& operation)
{
    return m_database.transaction(
        [&](QSqlDatabase& db) { return enqueueIn(db, {operation}, m_clock.now()); });
}

Result<void> OutboxStore::enqueueIn(const QSqlDatabase& db, const QList<OutboxOperation>& operations,
                                    const QDateTime& now)
{
    if (operations.isEmpty())
        return {};
    auto query =
        sql::prepare(db, QStringLiteral("INSERT INTO outbox (uuid, kind, payload, depends_on_blob, "
                                        "created_at, attempts, next_attempt_at, state, parked_reason) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    for (const OutboxOperation& operation : operations) {
        if (operation.uuid.isNull() || operation.kind.isEmpty()) {
            return Error{QStringLiteral("storage.outboxInvalid"),
                         QCoreApplication::translate(
                             "ow::OutboxStore",
                             "An operation for the central server has no identifier or kind, so nothing was "
                             "saved. This is a program error; please report it.")};
        }
        const QDateTime created = operation.createdAt.isValid() ? operation.createdAt : now;
        q.bindValue(0, uuidText(operation.uuid));
        q.bindValue(1, operation.kind);
        q.bindValue(2, operation.payload.isNull() ? QByteArray("") : operation.payload);
        q.bindValue(3, sql::fromText(operation.dependsOnBlob));
        q.bindValue(4, sql::fromDateTime(created));
        q.bindValue(5, operation.attempts);
        q.bindValue(6,
                    sql::fromDateTime(operation.nextAttemptAt.isValid() ? operation.nextAttemptAt : created));
        q.bindValue(7, static_cast<int>(operation.state));
        q.bindValue(8, sql::fromText(operation.parkedReason));
        if (auto done = sql::exec(q, QCoreApplication::translate(
                                         "ow::OutboxStore", "queue an operation for the central server"));
            !done)
            return done;
    }
    return {};
}

Result<QList<OutboxOperation>> OutboxStore::load(const QString& condition, const QVariantList& values)
{
    auto query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT uuid, kind, payload, depends_on_blob, created_at, attempts, "
                                    "next_attempt_at, state, parked_reason FROM outbox WHERE ") +
                         condition);
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto done = sql::exec(
            q, QCoreApplication::translate("ow::OutboxStore", "read the queue for the central server"));
        !done)
        return done.error();
    QList<OutboxOperation> result;
    while (q.next()) {
        OutboxOperation op;
        op.uuid = QUuid::fromString(q.value(0).toString());
        op.kind = q.value(1).toString();
        op.payload = q.value(2).toByteArray();
        op.dependsOnBlob = q.value(3).toString();
        op.createdAt = sql::toDateTime(q.value(4));
        op.attempts = q.value(5).toInt();
        op.nextAttemptAt = sql::toDateTime(q.value(6));
        op.state = static_cast<OutboxState>(q.value(7).toInt());
        op.parkedReason = q.value(8).toString();
        result.append(std::move(op));
    }
    return result;
}

Result<QList<OutboxOperation>> OutboxStore::listDue(int limit)
{
    return load(QStringLiteral("state = ? AND next_attempt_at <= ? ORDER BY seq LIMIT ?"),
                {static_cast<int>(OutboxState::Pending), sql::fromDateTime(m_clock.now()), limit});
}

Result<QList<OutboxOperation>> OutboxStore::listWaiting(int limit)
{
    return load(QStringLiteral("state IN (?, ?) ORDER BY state DESC, seq LIMIT ?"),
                {static_cast<int>(OutboxState::Pending), static_cast<int>(OutboxState::Parked), limit});
}

Result<QList<OutboxOperation>> OutboxStore::listParked()
{
    return load(QStringLiteral("state = ? ORDER BY seq"), {static_cast<int>(OutboxState::Parked)});
}

Result<void> OutboxStore::update(const QString& assignments, const QVariantList& values, const QUuid& uuid)
{
    auto query = sql::prepare(m_database.connection(), QStringLiteral("UPDATE outbox SET ") + assignments +
                                                           QStringLiteral(" WHERE uuid = ?"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    for (const QVariant& value : values)
        q.addBindValue(value);
    q.addBindValue(uuidText(uuid));
    if (auto done = sql::exec(
            q, QCoreApplication::translate("ow::OutboxStore", "update the queue for the central server"));
        !done)
        return done;
    if (q.numRowsAffected() != 1) {
        return Error{
            QStringLiteral("storage.notFound"),
            QCoreApplication::translate("ow::OutboxStore", "The queued operation %1 no longer exists.")
                .arg(uuidText(uuid))};
    }
    return {};
}

Result<void> OutboxStore::markDone(const QUuid& uuid)
{
    return update(QStringLiteral("state = ?, parked_reason = NULL"), {static_cast<int>(OutboxState::Done)},
                  uuid);
}

Result<void> OutboxStore::retryLater(const QUuid& uuid, const QDateTime& nextAttemptAt)
{
    return update(QStringLiteral("attempts = attempts + 1, next_attempt_at = ?"),
                  {sql::fromDateTime(nextAttemptAt)}, uuid);
}

Result<void> OutboxStore::park(const QUuid& uuid, const QString& reason)
{
    return update(QStringLiteral("attempts = attempts + 1, state = ?, parked_reason = ?"),
                  {static_cast<int>(OutboxState::Parked), reason}, uuid);
}

Result<void> OutboxStore::unpark(const QUuid& uuid)
{
    return update(QStringLiteral("state = ?, parked_reason = NULL, next_attempt_at = ?"),
                  {static_cast<int>(OutboxState::Pending), sql::fromDateTime(m_clock.now())}, uuid);
}

Result<int> OutboxStore::count(OutboxState state)
{
    auto query =
        sql::prepare(m_database.connection(), QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    if (!query)
        return query.error();
    query.value().addBindValue(static_cast<int>(state));
    if (auto done =
            sql::exec(query.value(), QCoreApplication::translate("ow::OutboxStore",
                                                                 "count the queue for the central server"));
        !done)
        return done.error();
    return query.value().next() ? query.value().value(0).toInt() : 0;
}

Result<int> OutboxStore::countPending()
{
    return count(OutboxState::Pending);
}

Result<int> OutboxStore::countParked()
{
    return count(OutboxState::Parked);
}

Result<int> OutboxStore::purgeDone()
{
    auto query = sql::prepare(m_database.connection(), QStringLiteral("DELETE FROM outbox WHERE state = ?"));
    if (!query)
        return query.error();
    query.value().addBindValue(static_cast<int>(OutboxState::Done));
    if (auto done = sql::exec(
            query.value(),
            QCoreApplication::translate("ow::OutboxStore", "clean up the queue for the central server"));
        !done)
        return done.error();
    return query.value().numRowsAffected();
}

} // namespace ow
