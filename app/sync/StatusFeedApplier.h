#pragma once

// StatusFeedApplier: applies a page of the central server's status-change feed to the local cases and
// saves the feed's cursor in the same transaction; statuses it does not know are skipped and logged.

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "sync/ApiTypes.h"

#include <QList>
#include <QUuid>

namespace ow {

class Database;

class StatusFeedApplier
{
public:
    // The name of the feed in FeedCursorStore.
    static QString feedName() { return QStringLiteral("cases.changes"); }

    struct Applied
    {
        QUuid caseUuid;
        CaseStatus status = CaseStatus::Draft;
    };

    StatusFeedApplier(Database& database, const Clock& clock);

    // Applies every entry of page that is news for a local case (a case of another window, or a change
    // already in the case's history, is left alone) and stores page.nextCursor: all or nothing.
    Result<QList<Applied>> apply(const FeedPage& page);

private:
    Result<bool> applyOne(const StatusChangeEntry& entry, CaseStatus status);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
