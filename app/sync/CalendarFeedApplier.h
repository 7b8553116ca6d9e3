#pragma once

// CalendarFeedApplier: stores a page of the central holiday-calendar feed (one entry per year, the
// holiday-cn shape) in HolidayStore and saves the feed's cursor in the same transaction. An entry
// HolidayArrangement refuses is skipped and logged. HolidayStore::workingCalendar() builds the
// calendar from the shipped arrangements and the stored ones.

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/ApiTypes.h"

#include <QList>

namespace ow {

class Database;

class CalendarFeedApplier
{
public:
    // The name of the feed in FeedCursorStore.
    static QString feedName() { return QStringLiteral("calendar.holidays"); }

    CalendarFeedApplier(Database& database, const Clock& clock);

    // Stores every readable year of page and page.nextCursor, all or nothing; the years stored.
    Result<QList<int>> apply(const FeedPage& page);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
