#include "core/WorkingCalendar.h"

#include "core/CoreLog.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <limits>

namespace ow {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return a - floorDiv(a, b) * b;
}

// Julian day 0 is a Monday, so floorMod(jd, 7) is 0..4 from Monday to Friday.
bool isWeekday(std::int64_t jd)
{
    return floorMod(jd, 7) < 5;
}

// The number of Mondays to Fridays in [0, jd) (negative for jd < 0): weekdays in [a, b) is W(b) - W(a).
std::int64_t weekdayPrefix(std::int64_t jd)
{
    return 5 * floorDiv(jd, 7) + std::min<std::int64_t>(floorMod(jd, 7), 5);
}

// The n-th (n >= 1) Monday-to-Friday after Julian day jd.
std::int64_t nthWeekdayAfter(std::int64_t jd, std::int64_t n)
{
    const std::int64_t target = weekdayPrefix(jd + 1) + n - 1; // weekdays before the answer
    return 7 * floorDiv(target, 5) + floorMod(target, 5);
}

QDate fromJulianDay(std::int64_t jd)
{
    return QDate::fromJulianDay(jd);
}

} // namespace

WorkingCalendar::WorkingCalendar() = default;

WorkingCalendar WorkingCalendar::withShippedArrangements()
{
    WorkingCalendar calendar;
    const QDir directory(QStringLiteral(":/onewindow/data/holidays-cn"));
    const QStringList files =
        directory.entryList(QStringList{QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCore) << "Cannot read the shipped holiday arrangement" << name;
            continue;
        }
        const Result<void> applied = calendar.applyUpdate(file.readAll());
        if (!applied)
            qCWarning(lcCore) << "The shipped holiday arrangement" << name
                              << "is refused:" << applied.error().message;
    }
    if (calendar.m_arrangements.empty())
        qCWarning(lcCore) << "No holiday arrangement is shipped: every deadline is provisional";
    return calendar;
}

Result<void> WorkingCalendar::applyUpdate(const QByteArray& json)
{
    Result<HolidayArrangement> parsed = HolidayArrangement::fromJson(json);
    if (!parsed)
        return parsed.error();
    return apply(std::move(parsed).value());
}

Result<void> WorkingCalendar::apply(HolidayArrangement arrangement)
{
    const int year = arrangement.year();
    if (year < HolidayArrangement::minimumYear || year > HolidayArrangement::maximumYear) {
        return Error{
            QStringLiteral("calendar.year"),
            tr("There is no holiday arrangement for the year %1. The calendar was not changed.").arg(year)};
    }
    if (!arrangement.isPublished() && isPublished(year)) {
        return Error{QStringLiteral("calendar.regression"),
                     tr("The update for %1 has no days, but the arrangement for %1 is already published. "
                        "The calendar was not changed; ask the administrator to check the update.")
                         .arg(year)};
    }
    m_arrangements.insert_or_assign(year, std::move(arrangement));
    rebuild();
    return {};
}

bool WorkingCalendar::isPublished(int year) const
{
    const auto found = m_arrangements.find(year);
    return found != m_arrangements.end() && found->second.isPublished();
}

std::vector<int> WorkingCalendar::loadedYears() const
{
    std::vector<int> years;
    years.reserve(m_arrangements.size());
    for (const auto& entry : m_arrangements)
        years.push_back(entry.first);
    return years;
}

void WorkingCalendar::rebuild()
{
    m_workingBits.clear();
    m_workingPrefix.assign(1, 0);
    m_provisionalPrefix.assign(1, 0);
    m_base = 0;
    m_size = 0;
    if (m_arrangements.empty())
        return;

    // From the year before the first arrangement (its notice reaches back into late December) to
    // the end of the last one.
    const int firstYear = m_arrangements.begin()->first - 1;
    const int lastYear = m_arrangements.rbegin()->first;
    m_base = QDate(firstYear, 1, 1).toJulianDay();
    m_size = QDate(lastYear, 12, 31).toJulianDay() + 1 - m_base;
    const auto size = static_cast<std::size_t>(m_size);

    std::vector<bool> working(size);
    for (std::size_t i = 0; i < size; ++i)
        working[i] = isWeekday(m_base + static_cast<std::int64_t>(i));
    // In ascending year order, so a newer notice's late-December days override the older one's.
    for (const auto& [year, arrangement] : m_arrangements) {
        for (const HolidayArrangement::Day& day : arrangement.days()) {
            const std::int64_t index = day.date.toJulianDay() - m_base;
            if (index >= 0 && index < m_size)
                working[static_cast<std::size_t>(index)] = !day.isOffDay;
        }
    }

    m_workingBits.assign((size + 63) / 64, 0);
    m_workingPrefix.resize(size + 1);
    m_provisionalPrefix.resize(size + 1);
    std::size_t i = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        const bool published = isPublished(year);
        const bool nextPublished = isPublished(year + 1);
        const std::size_t yearEnd = i + static_cast<std::size_t>(QDate(year, 1, 1).daysInYear());
        const std::size_t lateDecember = yearEnd - static_cast<std::size_t>(32 - lateDecemberFrom);
        for (; i < yearEnd; ++i) {
            const bool provisional = !published || (i >= lateDecember && !nextPublished);
            if (working[i])
                m_workingBits[i / 64] |= std::uint64_t{1} << (i % 64);
            m_workingPrefix[i + 1] = m_workingPrefix[i] + (working[i] ? 1 : 0);
            m_provisionalPrefix[i + 1] = m_provisionalPrefix[i] + (provisional ? 1 : 0);
        }
    }
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const std::int64_t index = date.toJulianDay() - m_base;
    if (index < 0 || index >= m_size)
        return isWeekday(date.toJulianDay());
    const auto i = static_cast<std::size_t>(index);
    return (m_workingBits[i / 64] >> (i % 64)) & 1U;
}

std::int64_t WorkingCalendar::countWorking(std::int64_t first, std::int64_t end) const
{
    const std::int64_t tableEnd = m_base + m_size;
    std::int64_t count = 0;
    if (const std::int64_t b = std::min(end, m_base); first < b)
        count += weekdayPrefix(b) - weekdayPrefix(first);
    const std::int64_t a = std::max(first, m_base);
    if (const std::int64_t b = std::min(end, tableEnd); a < b)
        count += m_workingPrefix[static_cast<std::size_t>(b - m_base)] -
                 m_workingPrefix[static_cast<std::size_t>(a - m_base)];
    if (const std::int64_t a2 = std::max(first, tableEnd); a2 < end)
        count += weekdayPrefix(end) - weekdayPrefix(a2);
    return count;
}

bool WorkingCalendar::anyProvisional(std::int64_t first, std::int64_t end) const
{
    if (first >= end)
        return false;
    if (first < m_base || end > m_base + m_size)
        return true;
    return m_provisionalPrefix[static_cast<std::size_t>(end - m_base)] !=
           m_provisionalPrefix[static_cast<std::size_t>(first - m_base)];
}

Deadline WorkingCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid() || n < 0)
        return {};
    if (n == 0)
        return {start, false};

    const std::int64_t tableEnd = m_base + m_size;
    std::int64_t last = start.toJulianDay(); // the last day already scanned
    std::int64_t remaining = n;
    bool provisional = false;

    if (last + 1 < m_base) { // before the table: weekday rule, provisional
        provisional = true;
        const std::int64_t available = weekdayPrefix(m_base) - weekdayPrefix(last + 1);
        if (available >= remaining)
            return {fromJulianDay(nthWeekdayAfter(last, remaining)), true};
        remaining -= available;
        last = m_base - 1;
    }
    if (last + 1 < tableEnd) { // inside the table: one binary search over the prefix counts
        const std::int64_t s = last + 1 - m_base;
        const std::int64_t target = m_workingPrefix[static_cast<std::size_t>(s)] + remaining;
        if (m_workingPrefix.back() >= target) {
            // The smallest k with prefix[k] >= target; at most one working day per day, so k >= s + n.
            const auto from = m_workingPrefix.begin() + std::min(s + remaining, m_size);
            const auto k = std::lower_bound(from, m_workingPrefix.end(), target) - m_workingPrefix.begin();
            provisional = provisional || anyProvisional(last + 1, m_base + k);
            return {fromJulianDay(m_base + k - 1), provisional};
        }
        remaining -= m_workingPrefix.back() - m_workingPrefix[static_cast<std::size_t>(s)];
        provisional = provisional || anyProvisional(last + 1, tableEnd);
        last = tableEnd - 1;
    }
    // After the table: weekday rule, provisional.
    return {fromJulianDay(nthWeekdayAfter(last, remaining)), true};
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const std::int64_t a = from.toJulianDay();
    const std::int64_t b = to.toJulianDay();
    const std::int64_t count = b >= a ? countWorking(a + 1, b + 1) : -countWorking(b + 1, a + 1);
    return static_cast<int>(
        std::clamp<std::int64_t>(count, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QDate WorkingCalendar::nextWorkingDay(QDate date) const
{
    return addWorkingDays(date, 1).date;
}

} // namespace ow
