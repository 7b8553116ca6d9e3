#pragma once

// HolidayArrangement: one year's public-holiday arrangement (放假安排) as the State Council's notice
// gives it, parsed and validated from the holiday-cn JSON shape the central API also delivers.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace ow {

class HolidayArrangement
{
    Q_DECLARE_TR_FUNCTIONS(ow::HolidayArrangement)

public:
    // One date the notice mentions: a day off (isOffDay) or a make-up working day (调休).
    struct Day
    {
        QDate date;
        bool isOffDay = false;
        QString name;
    };

    // Parses {"year":2020,"papers":[...],"days":[{"name":"春节","date":"2020-01-19","isOffDay":false}]}.
    // Refuses malformed JSON, a missing or implausible year, a date that is not yyyy-MM-dd, a date
    // outside the year (December of the year before is allowed: the New Year holiday starts there,
    // see 2019.json and 2023.json), a date listed twice, a missing or non-boolean isOffDay.
    static Result<HolidayArrangement> fromJson(const QByteArray& json);

    // An arrangement with no days: the notice for the year is not out yet.
    static HolidayArrangement unpublished(int year);

    int year() const { return m_year; }
    bool isPublished() const { return !m_days.empty(); }
    const std::vector<Day>& days() const { return m_days; } // sorted by date
    const QStringList& papers() const { return m_papers; }  // the notices' addresses

    static constexpr int minimumYear = 2000;
    static constexpr int maximumYear = 2099;

private:
    int m_year = 0;
    std::vector<Day> m_days;
    QStringList m_papers;
};

} // namespace ow
