#pragma once

// WorkingCalendar: which days are working days (工作日) in mainland China, and the deadlines
// (承诺办结时限) counted in them, from the yearly holiday arrangements; O(log n) per question.

#include "core/HolidayArrangement.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <cstdint>
#include <map>
#include <vector>

namespace ow {

// A promised completion date; provisional when it depends on a year whose arrangement is not out.
struct Deadline
{
    QDate date;
    bool provisional = false;
};

class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ow::WorkingCalendar)

public:
    // No arrangement at all: Monday to Friday are working days and every answer is provisional.
    WorkingCalendar();

    // The arrangements shipped in the resources (:/onewindow/data/holidays-cn/2019.json ...).
    static WorkingCalendar withShippedArrangements();

    // Replaces one year's arrangement with a newer notice in the same JSON shape. A bad update (see
    // HolidayArrangement::fromJson), or an empty one for a year already published, is refused and
    // leaves the calendar unchanged.
    Result<void> applyUpdate(const QByteArray& json);
    Result<void> apply(HolidayArrangement arrangement);

    // True when the year's arrangement is loaded and not empty.
    bool isPublished(int year) const;
    // The years that have an arrangement (published or empty), ascending.
    std::vector<int> loadedYears() const;

    // Listed off: no; listed as make-up day: yes; otherwise Monday to Friday.
    bool isWorkingDay(QDate date) const;

    // The n-th working day after start (the day of acceptance does not count); n = 0 gives start.
    // Provisional when any day from start + 1 to the result may still change: it lies in a year with
    // no published arrangement, or in the last week of December before such a year (the next
    // year's notice moves days there, as the 2019 and 2023 notices did). A negative n or an
    // invalid start gives an invalid date.
    Deadline addWorkingDays(QDate start, int n) const;

    // The number of working days d with from < d <= to; negative (-(count in to < d <= from)) when
    // to is before from. addWorkingDays(from, n).date == to implies workingDaysBetween(from, to) == n.
    int workingDaysBetween(QDate from, QDate to) const;

    // The first working day strictly after date.
    QDate nextWorkingDay(QDate date) const;

    // The first day of the last week of December that the next year's notice may still change.
    static constexpr int lateDecemberFrom = 25;

private:
    void rebuild();
    std::int64_t countWorking(std::int64_t first, std::int64_t end) const; // in [first, end)
    bool anyProvisional(std::int64_t first, std::int64_t end) const;       // in [first, end)

    std::map<int, HolidayArrangement> m_arrangements;
    // The precomputed table: Julian days [m_base, m_base + m_size), one bit per day (working) and
    // prefix counts of working and of provisional days. Days outside use the weekday rule and are
    // provisional.
    std::int64_t m_base = 0;
    std::int64_t m_size = 0;
    std::vector<std::uint64_t> m_workingBits;
    std::vector<std::int32_t> m_workingPrefix;     // m_size + 1 entries
    std::vector<std::int32_t> m_provisionalPrefix; // m_size + 1 entries
};

} // namespace ow
