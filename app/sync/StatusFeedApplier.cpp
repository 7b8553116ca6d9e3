#include "sync/StatusFeedApplier.h"

#include "core/CaseJson.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "sync/ApiAnswerParser.h"
#include "sync/FeedCursorStore.h"
#include "sync/SyncLog.h"

#include <QJsonObject>

namespace ow {

StatusFeedApplier::StatusFeedApplier(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QList<StatusFeedApplier::Applied>> StatusFeedApplier::apply(const FeedPage& page)
{
    QList<Applied> applied;
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        for (const QJsonValue& item : page.items) {
            const Result<StatusChangeEntry> entry = ApiAnswerParser::statusChange(item.toObject());
            if (!entry) {
                qCWarning(lcSync).noquote()
                    << "status feed: skipping an unreadable entry:" << entry.error().message;
                continue;
            }
            const std::optional<CaseStatus> status = CaseJson::statusFromName(entry->status);
            if (!status) {
                qCWarning(lcSync).noquote() << "status feed: skipping the unknown status" << entry->status
                                            << "of revision" << entry->revision;
                continue;
            }
            const Result<bool> changed = applyOne(*entry, *status);
            if (!changed)
                return changed.error();
            if (*changed)
                applied.append({QUuid::fromString(entry->caseUuid), *status});
        }
        return FeedCursorStore::saveIn(db, feedName(), page.nextCursor, m_clock.now());
    });
    if (!done)
        return done.error();
    return applied;
}

Result<bool> StatusFeedApplier::applyOne(const StatusChangeEntry& entry, CaseStatus status)
{
    CaseStore cases(m_database, m_clock);
    const QUuid uuid = QUuid::fromString(entry.caseUuid);
    const auto found = cases.findByUuid(uuid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return false; // a case of another window
    for (const StatusChange& known : found->value().history) {
        if (known.status == status && std::abs(known.at.msecsTo(entry.at)) < 1000)
            return false; // already here (this window's own change, or a page read twice)
    }
    if (auto updated = cases.updateStatus(uuid, StatusChange{status, entry.at, entry.by, entry.note});
        !updated)
        return updated.error();
    qCInfo(lcSync).noquote() << "status feed: case" << entry.caseUuid << "is now" << entry.status;
    return true;
}

} // namespace ow
