#pragma once

// CaseStore: the cases of this window, saved with their materials, a status history entry and the
// outbox operations that report them, all in one transaction; and the lists the boards show.

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/OutboxOperation.h"
#include "core/Result.h"
#include "storage/CaseFilter.h"

#include <QHash>
#include <QList>
#include <optional>

namespace ow {

class Database;

class CaseStore
{
public:
    CaseStore(Database& database, const Clock& clock);

    // Saves the case (insert, or replace header, items and materials of a known uuid), appends its
    // history entries not stored yet (a case without history gets one for its status) and enqueues
    // outbox: all or nothing.
    Result<void> save(const CaseRecord& record, const QList<OutboxOperation>& outbox = {});
    // The same for many cases in one transaction (imports, benchmarks).
    Result<void> saveAll(const QList<CaseRecord>& records, const QList<OutboxOperation>& outbox = {});
    // Sets the status and appends the change to the history (a missing time becomes now), with outbox.
    Result<void> updateStatus(const QUuid& uuid, const StatusChange& change,
                              const QList<OutboxOperation>& outbox = {});

    Result<std::optional<CaseRecord>> findByUuid(const QUuid& uuid);
    Result<std::optional<CaseRecord>> findByAcceptanceNumber(const QString& acceptanceNumber);

    // Open cases (see openStatuses) with the nearest deadline first.
    Result<QList<CaseRecord>> listNearestDeadline(int limit);
    // Cases matching filter, newest acceptance first.
    Result<QList<CaseRecord>> list(const CaseFilter& filter);
    // An applicant's cases, newest acceptance first.
    Result<QList<CaseRecord>> listForApplicant(qint64 applicantId, int limit = 100);

    // How many cases of this window took in each item (refusals not counted): the item search ranks
    // by it.
    Result<QHash<QString, int>> itemUsage(const QString& window);

    // The statuses in which a case's deadline runs: Accepted, Dispatched, InProcess.
    static QList<CaseStatus> openStatuses();

private:
    Result<std::optional<CaseRecord>> findOne(const QString& condition, const QVariant& value);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
