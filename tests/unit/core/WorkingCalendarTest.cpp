// Tests of the working-day calendar against the shipped State Council arrangements 2019-2027.

#include "core/WorkingCalendar.h"

#include "core/HolidayArrangement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using ow::Deadline;
using ow::WorkingCalendar;

namespace {

const WorkingCalendar& shipped()
{
    static const WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    return calendar;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QByteArray json(const char* text)
{
    return QByteArray(text);
}

// A day-by-day reference read straight from the resource files, independent of the calendar's tables.
struct Reference
{
    std::map<QDate, bool> listed; // date -> working
    std::set<int> published;

    Reference()
    {
        for (int year = 2019; year <= 2027; ++year) {
            QFile file(QStringLiteral(":/onewindow/data/holidays-cn/%1.json").arg(year));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QJsonArray days =
                QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("days")].toArray();
            if (!days.isEmpty())
                published.insert(year);
            for (const QJsonValue& day : days) {
                const QJsonObject entry = day.toObject();
                listed[QDate::fromString(entry[QLatin1String("date")].toString(), Qt::ISODate)] =
                    !entry[QLatin1String("isOffDay")].toBool();
            }
        }
    }
    bool working(QDate date) const
    {
        const auto found = listed.find(date);
        return found != listed.end() ? found->second : date.dayOfWeek() <= 5;
    }
    bool provisional(QDate date) const
    {
        return !published.count(date.year()) ||
               (date.month() == 12 && date.day() >= WorkingCalendar::lateDecemberFrom &&
                !published.count(date.year() + 1));
    }
    Deadline add(QDate start, int n) const
    {
        Deadline result{start, false};
        while (n > 0) {
            result.date = result.date.addDays(1);
            result.provisional = result.provisional || provisional(result.date);
            if (working(result.date))
                --n;
        }
        return result;
    }
    int between(QDate from, QDate to) const
    {
        if (to < from)
            return -between(to, from);
        int count = 0;
        for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
            count += working(day) ? 1 : 0;
        return count;
    }
};

} // namespace

TEST_CASE("The shipped arrangements 2019-2026 are published and 2027 is not", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    for (int year = 2019; year <= 2026; ++year)
        CHECK(calendar.isPublished(year));
    CHECK_FALSE(calendar.isPublished(2027));
    CHECK_FALSE(calendar.isPublished(2018));
    CHECK_FALSE(calendar.isPublished(2028));
    CHECK(calendar.loadedYears() == std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027});
}

TEST_CASE("The 2020 Spring Festival holiday runs to February 2 as the second notice extended it",
          "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    CHECK(calendar.isWorkingDay(d(2020, 1, 19))); // Sunday, make-up working day
    CHECK(calendar.isWorkingDay(d(2020, 1, 23)));
    for (QDate day = d(2020, 1, 24); day <= d(2020, 2, 2); day = day.addDays(1))
        CHECK_FALSE(calendar.isWorkingDay(day));
    CHECK_FALSE(calendar.isWorkingDay(d(2020, 1, 31))); // Friday, added by the second notice
    CHECK_FALSE(calendar.isWorkingDay(d(2020, 2, 1)));  // Saturday, no longer a make-up day
    CHECK(calendar.isWorkingDay(d(2020, 2, 3)));
    CHECK(calendar.addWorkingDays(d(2020, 1, 23), 1).date == d(2020, 2, 3));
    CHECK(calendar.addWorkingDays(d(2020, 1, 17), 2).date == d(2020, 1, 20)); // via Sunday the 19th
    CHECK(calendar.nextWorkingDay(d(2020, 1, 23)) == d(2020, 2, 3));
    CHECK(calendar.workingDaysBetween(d(2020, 1, 23), d(2020, 2, 3)) == 1);
}

TEST_CASE("Make-up weekends are working days and ordinary weekends are not", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    CHECK(calendar.isWorkingDay(d(2023, 4, 23))); // Sunday before Labour Day
    CHECK(calendar.isWorkingDay(d(2023, 5, 6)));  // Saturday after it
    CHECK(calendar.isWorkingDay(d(2024, 2, 4)));  // Sunday before the Spring Festival
    CHECK(calendar.isWorkingDay(d(2024, 2, 18)));
    CHECK(calendar.isWorkingDay(d(2019, 9, 29))); // Sunday before National Day
    CHECK(calendar.isWorkingDay(d(2019, 10, 12)));
    CHECK_FALSE(calendar.isWorkingDay(d(2023, 4, 22))); // an ordinary Saturday
    CHECK_FALSE(calendar.isWorkingDay(d(2024, 2, 3)));
    CHECK(calendar.isWorkingDay(d(2023, 4, 24)));
    CHECK(calendar.nextWorkingDay(d(2019, 9, 27)) == d(2019, 9, 29));
}

TEST_CASE("National Day week is off and its make-up days count", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    for (QDate day = d(2024, 10, 1); day <= d(2024, 10, 7); day = day.addDays(1))
        CHECK_FALSE(calendar.isWorkingDay(day));
    CHECK(calendar.isWorkingDay(d(2024, 9, 29)));
    CHECK(calendar.isWorkingDay(d(2024, 10, 12)));
    CHECK(calendar.addWorkingDays(d(2024, 9, 30), 1).date == d(2024, 10, 8));
    CHECK(calendar.workingDaysBetween(d(2024, 9, 27), d(2024, 10, 8)) == 3);
    CHECK(calendar.workingDaysBetween(d(2024, 10, 8), d(2024, 9, 27)) == -3);
}

TEST_CASE("Accepted on the Friday before National Day 2025", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    const QDate friday = d(2025, 9, 26);
    const QDate expected[] = {d(2025, 9, 28),  d(2025, 9, 29),  d(2025, 9, 30), d(2025, 10, 9),
                              d(2025, 10, 10), d(2025, 10, 11), d(2025, 10, 13)};
    for (int n = 1; n <= 7; ++n) {
        INFO("n = " << n);
        const Deadline deadline = calendar.addWorkingDays(friday, n);
        CHECK(deadline.date == expected[n - 1]);
        CHECK_FALSE(deadline.provisional);
        CHECK(calendar.workingDaysBetween(friday, deadline.date) == n);
    }
    CHECK(calendar.addWorkingDays(d(2024, 9, 27), 3).date == d(2024, 10, 8));
}

TEST_CASE("n = 0 gives the day of acceptance itself; negative n and invalid dates give nothing",
          "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    const Deadline sameDay = calendar.addWorkingDays(d(2024, 10, 3), 0); // even on a holiday
    CHECK(sameDay.date == d(2024, 10, 3));
    CHECK_FALSE(sameDay.provisional);
    CHECK_FALSE(calendar.addWorkingDays(d(2027, 6, 1), 0).provisional); // no day scanned
    CHECK_FALSE(calendar.addWorkingDays(d(2024, 10, 3), -1).date.isValid());
    CHECK_FALSE(calendar.addWorkingDays(QDate(), 5).date.isValid());
    CHECK_FALSE(calendar.isWorkingDay(QDate()));
    CHECK(calendar.workingDaysBetween(d(2024, 5, 6), d(2024, 5, 6)) == 0);
}

TEST_CASE("Deadlines over a year boundary", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    // Into published 2026: New Year 1-3 January, Sunday the 4th is a make-up day.
    const Deadline into2026 = calendar.addWorkingDays(d(2025, 12, 30), 3);
    CHECK(into2026.date == d(2026, 1, 5));
    CHECK_FALSE(into2026.provisional);
    CHECK(calendar.addWorkingDays(d(2019, 12, 31), 1).date == d(2020, 1, 2));

    // Into unpublished 2027: weekdays count, and the answer says it may change.
    const Deadline into2027 = calendar.addWorkingDays(d(2026, 12, 15), 20);
    CHECK(into2027.date == d(2027, 1, 12));
    CHECK(into2027.provisional);
    const Deadline inside2026 = calendar.addWorkingDays(d(2026, 11, 2), 10);
    CHECK(inside2026.date == d(2026, 11, 16));
    CHECK_FALSE(inside2026.provisional);
    CHECK_FALSE(calendar.addWorkingDays(d(2026, 12, 18), 3).provisional); // ends on the 23rd
    // The last week of December can still be moved by the 2027 notice (as the 2019 notice moved
    // 29-31 December 2018), so a deadline there is provisional too.
    const Deadline lastWeek = calendar.addWorkingDays(d(2026, 12, 21), 5);
    CHECK(lastWeek.date == d(2026, 12, 28));
    CHECK(lastWeek.provisional);
}

TEST_CASE("Days outside the loaded years follow the weekday rule and are provisional", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    CHECK(calendar.isWorkingDay(d(2030, 10, 1))); // a Tuesday, no arrangement known
    CHECK_FALSE(calendar.isWorkingDay(d(2030, 10, 5)));
    CHECK_FALSE(calendar.isWorkingDay(d(2018, 12, 31))); // known from the 2019 notice
    CHECK(calendar.isWorkingDay(d(2018, 12, 29)));       // its make-up Saturday
    const Deadline far = calendar.addWorkingDays(d(2030, 1, 1), 5);
    CHECK(far.date == d(2030, 1, 8));
    CHECK(far.provisional);
    const Deadline fromPast = calendar.addWorkingDays(d(2015, 3, 2), 5);
    CHECK(fromPast.date == d(2015, 3, 9));
    CHECK(fromPast.provisional);

    const WorkingCalendar empty;
    const Deadline plain = empty.addWorkingDays(d(2024, 9, 30), 1);
    CHECK(plain.date == d(2024, 10, 1));
    CHECK(plain.provisional);
    CHECK(empty.workingDaysBetween(d(2024, 9, 27), d(2024, 10, 7)) == 6);
}

TEST_CASE("Long limits such as 80 working days", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    const Deadline construction = calendar.addWorkingDays(d(2020, 5, 8), 80);
    CHECK(construction.date == d(2020, 8, 28));
    CHECK_FALSE(construction.provisional);
    CHECK(calendar.workingDaysBetween(d(2019, 12, 31), d(2020, 12, 31)) == 249);
    CHECK(calendar.workingDaysBetween(d(2023, 12, 31), d(2024, 12, 31)) == 251);
    // Across the whole table and out the other end.
    const Deadline huge = calendar.addWorkingDays(d(2018, 6, 1), 5000);
    CHECK(calendar.workingDaysBetween(d(2018, 6, 1), huge.date) == 5000);
    CHECK(calendar.isWorkingDay(huge.date));
    CHECK(huge.provisional);
}

TEST_CASE("The calendar agrees with a day-by-day reading of the arrangements", "[core][calendar]")
{
    const WorkingCalendar& calendar = shipped();
    const Reference reference;
    for (QDate day = d(2018, 12, 1); day <= d(2028, 1, 31); day = day.addDays(1)) {
        if (calendar.isWorkingDay(day) != reference.working(day))
            FAIL("isWorkingDay differs on " << day.toString(Qt::ISODate).toStdString());
    }
    QRandomGenerator random(20201123);
    const qint64 first = d(2016, 1, 1).toJulianDay();
    const qint64 last = d(2029, 12, 31).toJulianDay();
    for (int i = 0; i < 3000; ++i) {
        const QDate start = QDate::fromJulianDay(random.bounded(first, last));
        const int n = random.bounded(0, i % 10 == 0 ? 400 : 90);
        const Deadline expected = reference.add(start, n);
        const Deadline actual = calendar.addWorkingDays(start, n);
        INFO(start.toString(Qt::ISODate).toStdString() << " + " << n);
        REQUIRE(actual.date == expected.date);
        REQUIRE(actual.provisional == expected.provisional);
        const QDate other = start.addDays(random.bounded(-400, 400));
        REQUIRE(calendar.workingDaysBetween(start, other) == reference.between(start, other));
    }
}

TEST_CASE("An update for 2027 publishes it and changes the answer", "[core][calendar]")
{
    WorkingCalendar calendar = shipped();
    const Deadline before = calendar.addWorkingDays(d(2026, 12, 15), 20);
    REQUIRE(before.provisional);
    REQUIRE(calendar.addWorkingDays(d(2026, 12, 31), 1).date == d(2027, 1, 1));

    const auto applied = calendar.applyUpdate(json(R"({"year":2027,"papers":["made up for the test"],
        "days":[{"name":"元旦","date":"2027-01-01","isOffDay":true},
                {"name":"春节","date":"2027-02-06","isOffDay":true}]})"));
    REQUIRE(applied.ok());
    CHECK(calendar.isPublished(2027));
    const Deadline after = calendar.addWorkingDays(d(2026, 12, 15), 20);
    CHECK(after.date == d(2027, 1, 13));
    CHECK_FALSE(after.provisional);
    CHECK(calendar.addWorkingDays(d(2026, 12, 31), 1).date == d(2027, 1, 4));
    CHECK_FALSE(calendar.addWorkingDays(d(2026, 12, 21), 5).provisional);
    CHECK(calendar.addWorkingDays(d(2027, 12, 20), 10).provisional);           // 2028 still unknown
    CHECK(shipped().addWorkingDays(d(2026, 12, 31), 1).date == d(2027, 1, 1)); // a copy was changed
}

TEST_CASE("An update replaces a published year, as the second 2020 notice did", "[core][calendar]")
{
    WorkingCalendar calendar = shipped();
    // The first notice of 2019-11-21: off 24-30 January, Sunday 19 January and Saturday 1 February worked.
    REQUIRE(calendar
                .applyUpdate(json(R"({"year":2020,"days":[
        {"name":"春节","date":"2020-01-19","isOffDay":false},
        {"name":"春节","date":"2020-01-24","isOffDay":true},{"name":"春节","date":"2020-01-25","isOffDay":true},
        {"name":"春节","date":"2020-01-26","isOffDay":true},{"name":"春节","date":"2020-01-27","isOffDay":true},
        {"name":"春节","date":"2020-01-28","isOffDay":true},{"name":"春节","date":"2020-01-29","isOffDay":true},
        {"name":"春节","date":"2020-01-30","isOffDay":true},{"name":"春节","date":"2020-02-01","isOffDay":false}]})"))
                .ok());
    CHECK(calendar.addWorkingDays(d(2020, 1, 23), 1).date == d(2020, 1, 31));
    CHECK(calendar.isWorkingDay(d(2020, 2, 1)));
    CHECK(calendar.isWorkingDay(d(2020, 10, 1))); // this made-up replacement lists no National Day

    // A year beyond the table extends it; the year in between stays unpublished.
    REQUIRE(
        calendar.applyUpdate(json(R"({"year":2029,"days":[{"date":"2029-01-01","isOffDay":true}]})")).ok());
    CHECK(calendar.isPublished(2029));
    CHECK_FALSE(calendar.isPublished(2028));
    CHECK_FALSE(calendar.isWorkingDay(d(2029, 1, 1)));
    CHECK(calendar.addWorkingDays(d(2028, 12, 29), 1).date == d(2029, 1, 2));
}

TEST_CASE("A bad update is refused with a clear error and leaves the calendar unchanged", "[core][calendar]")
{
    WorkingCalendar calendar = shipped();
    const auto refused = [&](const char* text, const char* code) {
        const auto result = calendar.applyUpdate(json(text));
        INFO(text);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == QLatin1String(code));
        CHECK_FALSE(result.error().message.isEmpty());
    };
    refused(R"({"year":2027,"days":[{"date":"2027-01-01","isOffDay":true})", "calendar.json"); // truncated
    refused("[1,2,3]", "calendar.json");
    refused("", "calendar.json");
    refused(R"({"days":[]})", "calendar.year");
    refused(R"({"year":"2027","days":[]})", "calendar.year");
    refused(R"({"year":2027.5,"days":[]})", "calendar.year");
    refused(R"({"year":1900,"days":[]})", "calendar.year");
    refused(R"({"year":2027})", "calendar.days");
    refused(R"({"year":2027,"days":[{"date":"2028-01-01","isOffDay":true}]})", "calendar.date");
    refused(R"({"year":2027,"days":[{"date":"2026-06-01","isOffDay":true}]})", "calendar.date");
    refused(R"({"year":2027,"days":[{"date":"2027-02-30","isOffDay":true}]})", "calendar.date");
    refused(R"({"year":2027,"days":[{"date":"2027-1-1","isOffDay":true}]})", "calendar.date");
    refused(R"({"year":2027,"days":[{"isOffDay":true}]})", "calendar.date");
    refused(R"({"year":2027,"days":[{"date":"2027-01-01","isOffDay":"yes"}]})", "calendar.offday");
    refused(R"({"year":2027,"days":[{"date":"2027-01-01","isOffDay":true},
                                     {"date":"2027-01-01","isOffDay":false}]})",
            "calendar.duplicate");
    refused(R"({"year":2026,"days":[]})", "calendar.regression"); // would un-publish 2026

    CHECK_FALSE(calendar.isPublished(2027));
    CHECK(calendar.isPublished(2026));
    CHECK(calendar.addWorkingDays(d(2026, 12, 31), 1).date == d(2027, 1, 1));
    CHECK(calendar.addWorkingDays(d(2025, 9, 26), 4).date == d(2025, 10, 9));

    const auto message =
        calendar.applyUpdate(json(R"({"year":2027,"days":[{"date":"2028-01-01","isOffDay":true}]})"));
    CHECK(message.error().message.contains(QLatin1String("2028-01-01")));
    // The notice may reach back into December of the year before (the New Year holiday).
    CHECK(calendar.applyUpdate(json(R"({"year":2028,"days":[{"date":"2027-12-31","isOffDay":true}]})")).ok());
    CHECK_FALSE(calendar.isWorkingDay(d(2027, 12, 31)));
}

TEST_CASE("A holiday arrangement parses names, papers and sorts its days", "[core][calendar]")
{
    const auto parsed = ow::HolidayArrangement::fromJson(json(R"({"year":2027,"papers":["a","b"],
        "days":[{"name":"劳动节","date":"2027-05-01","isOffDay":true},{"name":"元旦","date":"2027-01-01","isOffDay":true}]})"));
    REQUIRE(parsed.ok());
    CHECK(parsed->year() == 2027);
    CHECK(parsed->isPublished());
    CHECK(parsed->papers() == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(parsed->days().size() == 2);
    CHECK(parsed->days()[0].date == d(2027, 1, 1));
    CHECK(parsed->days()[0].name == QStringLiteral("元旦"));
    CHECK(parsed->days()[1].isOffDay);
}
