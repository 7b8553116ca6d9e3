#pragma once

// HolidayStore: the holiday arrangements pulled from the central calendar feed (table
// holiday_arrangements, schema 7), one per year in the holiday-cn JSON shape; and the working
// calendar built from the shipped arrangements with the pulled ones over them.

#include "core/Result.h"
#include "core/WorkingCalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ow {

class Database;

class HolidayStore
{
public:
    struct Stored
    {
        int year = 0;
        QByteArray json; // as HolidayArrangement::fromJson reads it
    };

    explicit HolidayStore(Database& database);

    // Inserts or replaces the arrangement of year inside the caller's open transaction on db.
    static Result<void> saveIn(const QSqlDatabase& db, int year, const QByteArray& json,
                               const QDateTime& now);
    // Every stored arrangement, by ascending year.
    Result<QList<Stored>> list();
    // The shipped arrangements with the stored ones applied over them (each replaces its year); a
    // stored arrangement the calendar refuses is skipped and logged.
    Result<WorkingCalendar> workingCalendar();
    // Applies the stored arrangements to calendar (e.g. after the calendar feed brought new ones).
    Result<void> applyTo(WorkingCalendar& calendar);

private:
    Database& m_database;
};

} // namespace ow
