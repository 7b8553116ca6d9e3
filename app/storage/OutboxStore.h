#pragma once

// OutboxStore: the queue of writes waiting for the central server. Operations are enqueued in the
// same transaction as the local write they report (see CaseStore::save), delivered in order, and a
// permanently failing one is parked with its reason, never dropped.

#include "core/Clock.h"
#include "core/OutboxOperation.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace ow {

class Database;

class OutboxStore
{
public:
    OutboxStore(Database& database, const Clock& clock);

    // Enqueues in a transaction of its own.
    Result<void> enqueue(const OutboxOperation& operation);
    // Enqueues inside the caller's open transaction on db. A missing createdAt becomes now, a
    // missing nextAttemptAt becomes createdAt.
    static Result<void> enqueueIn(const QSqlDatabase& db, const QList<OutboxOperation>& operations,
                                  const QDateTime& now);

    // Pending operations whose next attempt is due, in the order they were enqueued.
    Result<QList<OutboxOperation>> listDue(int limit);
    Result<QList<OutboxOperation>> listParked();
    // What a person looks at in the sync panel: parked operations first, then the pending ones, each in
    // the order they were enqueued, due or not.
    Result<QList<OutboxOperation>> listWaiting(int limit);

    Result<void> markDone(const QUuid& uuid);
    // Counts a failed attempt and schedules the next one.
    Result<void> retryLater(const QUuid& uuid, const QDateTime& nextAttemptAt);
    Result<void> park(const QUuid& uuid, const QString& reason);
    // Puts a parked operation back in the queue, due now (after a person fixed the cause).
    Result<void> unpark(const QUuid& uuid);

    Result<int> countPending();
    Result<int> countParked();
    // Deletes delivered operations; returns how many.
    Result<int> purgeDone();

private:
    Result<QList<OutboxOperation>> load(const QString& condition, const QVariantList& values);
    Result<void> update(const QString& assignments, const QVariantList& values, const QUuid& uuid);
    Result<int> count(OutboxState state);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
