#include "sync/CalendarFeedApplier.h"

#include "core/HolidayArrangement.h"
#include "storage/Database.h"
#include "storage/HolidayStore.h"
#include "sync/FeedCursorStore.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

CalendarFeedApplier::CalendarFeedApplier(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QList<int>> CalendarFeedApplier::apply(const FeedPage& page)
{
    struct Year
    {
        int year;
        QByteArray json;
    };
    QList<Year> years;
    for (const QJsonValue& value : page.items) {
        if (!value.isObject()) {
            qCWarning(lcSync) << "calendar feed: skipping an entry that is not an object";
            continue;
        }
        QJsonObject entry = value.toObject();
        entry.remove(QLatin1String("revision"));
        const QByteArray json = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        const Result<HolidayArrangement> arrangement = HolidayArrangement::fromJson(json);
        if (!arrangement) {
            qCWarning(lcSync).noquote()
                << "calendar feed: skipping an unreadable year:" << arrangement.error().message;
            continue;
        }
        years.append(Year{arrangement->year(), json});
    }
    QList<int> stored;
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        const QDateTime now = m_clock.now();
        for (const Year& year : years) {
            if (auto saved = HolidayStore::saveIn(db, year.year, year.json, now); !saved)
                return saved;
            stored.append(year.year);
        }
        return FeedCursorStore::saveIn(db, feedName(), page.nextCursor, now);
    });
    if (!done)
        return done.error();
    if (!stored.isEmpty())
        qCInfo(lcSync) << "calendar feed: holiday arrangements stored for" << stored;
    return stored;
}

} // namespace ow
