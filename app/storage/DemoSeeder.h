#pragma once

// DemoSeeder: fills an empty database with the demo data set (resources/demo: catalog, themes,
// applicants, cases), its dates moved so that the data set's "today" is the clock's today.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow {

class Clock;
class Database;
class WorkingCalendar;

class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(ow::DemoSeeder)

public:
    // The demo data set compiled into the program.
    static QString builtInDirectory() { return QStringLiteral(":/onewindow/demo"); }

    DemoSeeder(Database& database, const Clock& clock, const WorkingCalendar& calendar);

    // Seeds when the database holds no service item yet; true when it seeded, false when it found
    // data and left it alone.
    Result<bool> seedIfEmpty(const QString& directory = builtInDirectory());

    // Moves a date of the data set (written as of `asOf`) to the same place relative to today:
    // deadlines keep their distance in working days, so "due tomorrow" stays due tomorrow.
    static QDate shiftWorkingDate(QDate date, QDate asOf, QDate today, const WorkingCalendar& calendar);

private:
    Result<void> seed(const QString& directory);

    Database& m_database;
    const Clock& m_clock;
    const WorkingCalendar& m_calendar;
};

} // namespace ow
