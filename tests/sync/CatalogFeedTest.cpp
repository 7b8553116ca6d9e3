// The catalog, theme and holiday-calendar feeds: against the reference server a fresh window pulls the
// whole demo catalog and calendar by cursor, then nothing, then only what a supervisor changed; and
// the appliers alone: unreadable entries are skipped (and logged), a page that fails applies nothing.

#include "ServerFixture.h"
#include "SyncHarness.h"
#include "core/CatalogJson.h"
#include "storage/CatalogStore.h"
#include "storage/HolidayStore.h"
#include "sync/CalendarFeedApplier.h"
#include "sync/CatalogFeedApplier.h"
#include "sync/FeedCursorStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;
using ow::central::test::OnPostgres;
using ow::central::test::OnSqlite;

namespace {

QString cursorOf(SyncHarness& h, const QString& feed)
{
    const auto cursor = FeedCursorStore(*h.db).cursor(feed);
    REQUIRE(cursor.ok());
    return *cursor;
}

int sumOf(const QSignalSpy& spy)
{
    int sum = 0;
    for (const QList<QVariant>& arguments : spy)
        sum += arguments.at(0).toInt();
    return sum;
}

ServiceItem sampleItem(const QString& code, int promisedDays = 5)
{
    ServiceItem item;
    item.code = code;
    item.name = QStringLiteral("测试事项 ") + code;
    item.department = QStringLiteral("市民政局");
    item.promisedDays = promisedDays;
    item.legalDays = 20;
    item.materials = {
        MaterialRequirement{QStringLiteral("申请书"), MaterialForm::Original, 1, true, {}, false}};
    return item;
}

QJsonObject itemEntry(const ServiceItem& item, int revision)
{
    QJsonObject entry = CatalogJson::itemToJson(item);
    entry.insert(QStringLiteral("deleted"), false);
    entry.insert(QStringLiteral("revision"), QString::number(revision));
    return entry;
}

QJsonObject yearEntry(int year, const QJsonArray& days, int revision)
{
    return {{QStringLiteral("year"), year},
            {QStringLiteral("papers"), QJsonArray()},
            {QStringLiteral("days"), days},
            {QStringLiteral("revision"), QString::number(revision)}};
}

QJsonObject day(const QString& date, bool off)
{
    return {{QStringLiteral("name"), QStringLiteral("元旦")},
            {QStringLiteral("date"), date},
            {QStringLiteral("isOffDay"), off}};
}

FeedPage pageOf(const QJsonArray& items, const QString& cursor)
{
    FeedPage page;
    page.items = items;
    page.nextCursor = cursor;
    return page;
}

} // namespace

TEMPLATE_TEST_CASE("A window pulls the catalog, the themes and the holiday calendar by cursor, then only "
                   "what changed",
                   "[sync][server][feed]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    SyncOptions options = fastOptions();
    options.pullStatusFeed = false;
    options.feedPageLimit = 100; // four pages of items, following hasMore
    h.connect(fx->url(), options);
    QSignalSpy catalog(h.engine.get(), &SyncEngine::catalogUpdated);
    QSignalSpy holidays(h.engine.get(), &SyncEngine::holidaysUpdated);
    QSignalSpy passes(h.engine.get(), &SyncEngine::passFinished);
    CatalogStore local(*h.db);
    HolidayStore calendar(*h.db);
    h.engine->start();
    REQUIRE(QTest::qWaitFor([&] { return passes.size() >= 1; }, 30000));
    INFO(h.engine->status().lastError.toStdString());
    CHECK(*local.countItems() == 355);
    CHECK(*local.countThemes() == 16);
    CHECK(catalog.size() == 5); // four pages of items, one of themes
    CHECK(sumOf(catalog) == 355 + 16);
    REQUIRE(holidays.size() == 1);
    const auto years = holidays.at(0).at(0).value<QList<int>>();
    CHECK(years.size() == 9);
    CHECK(calendar.list()->size() == 9);
    const auto built = calendar.workingCalendar();
    REQUIRE(built.ok());
    CHECK(built->isPublished(2020));
    CHECK_FALSE(built->isPublished(2027)); // the server has no notice for 2027 yet
    const QString itemsCursor = cursorOf(h, CatalogFeedApplier::itemsFeedName());
    const QString themesCursor = cursorOf(h, CatalogFeedApplier::themesFeedName());
    const QString calendarCursor = cursorOf(h, CalendarFeedApplier::feedName());
    CHECK_FALSE(itemsCursor.isEmpty());
    CHECK_FALSE(themesCursor.isEmpty());
    CHECK_FALSE(calendarCursor.isEmpty());

    // The next pulls, from the cursors, bring nothing new.
    REQUIRE(QTest::qWaitFor([&] { return passes.size() >= 3; }, 10000));
    CHECK(catalog.size() == 5);
    CHECK(holidays.size() == 1);
    CHECK(cursorOf(h, CatalogFeedApplier::itemsFeedName()) == itemsCursor);
    CHECK(cursorOf(h, CatalogFeedApplier::themesFeedName()) == themesCursor);
    CHECK(cursorOf(h, CalendarFeedApplier::feedName()) == calendarCursor);

    // A local mark on a third item shows that the next pull does not rewrite what did not change.
    auto supervisor = fx->signedIn(QStringLiteral("zhaomin"));
    const auto first = supervisor->get(QStringLiteral("/api/v1/catalog/items?limit=3"));
    REQUIRE(first.status == 200);
    const QJsonArray three = first.json.value(QStringLiteral("items")).toArray();
    REQUIRE(three.size() == 3);
    const QString untouched = three[2].toObject().value(QStringLiteral("code")).toString();
    QSqlQuery mark(h.db->connection());
    mark.prepare(QStringLiteral("UPDATE service_items SET name = 'local mark' WHERE code = ?"));
    mark.addBindValue(untouched);
    REQUIRE(mark.exec());

    // A supervisor changes one item, withdraws another and publishes the 2027 notice.
    QJsonObject changed = three[0].toObject();
    changed.remove(QStringLiteral("revision"));
    changed.remove(QStringLiteral("deleted"));
    changed.insert(QStringLiteral("promisedDays"), 1);
    const QString code = changed.value(QStringLiteral("code")).toString();
    REQUIRE(supervisor->write("PUT", QStringLiteral("/api/v1/catalog/items/") + code, changed).status == 200);
    const QString withdrawn = three[1].toObject().value(QStringLiteral("code")).toString();
    REQUIRE(supervisor->write("DELETE", QStringLiteral("/api/v1/catalog/items/") + withdrawn, {}).status ==
            200);
    const QJsonObject notice{{QStringLiteral("year"), 2027},
                             {QStringLiteral("papers"), QJsonArray()},
                             {QStringLiteral("days"), QJsonArray{day(QStringLiteral("2027-01-01"), true)}}};
    REQUIRE(supervisor->write("PUT", QStringLiteral("/api/v1/calendar/holidays/2027"), notice).status == 200);

    catalog.clear();
    holidays.clear();
    REQUIRE(QTest::qWaitFor([&] { return sumOf(catalog) >= 2 && !holidays.isEmpty(); }, 10000));
    const int passesNow = static_cast<int>(passes.size());
    REQUIRE(QTest::qWaitFor([&] { return passes.size() >= passesNow + 2; }, 10000));
    CHECK(catalog.size() == 1); // one page: the change and the withdrawal
    CHECK(sumOf(catalog) == 2);
    REQUIRE(holidays.size() == 1);
    CHECK(holidays.at(0).at(0).value<QList<int>>() == QList<int>{2027});
    CHECK(*local.countItems() == 354);
    CHECK_FALSE(local.findItem(withdrawn)->has_value());
    REQUIRE(local.findItem(code)->has_value());
    CHECK(local.findItem(code)->value().promisedDays == 1);
    CHECK(local.findItem(untouched)->value().name == QStringLiteral("local mark"));
    CHECK(*local.countThemes() == 16);
    const auto rebuilt = calendar.workingCalendar();
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->isPublished(2027));
    CHECK_FALSE(rebuilt->isWorkingDay(QDate(2027, 1, 1)));
    CHECK(cursorOf(h, CatalogFeedApplier::itemsFeedName()) != itemsCursor);
    CHECK(cursorOf(h, CatalogFeedApplier::themesFeedName()) == themesCursor);
    CHECK(cursorOf(h, CalendarFeedApplier::feedName()) != calendarCursor);
    CHECK(h.engine->status().lastError.isEmpty());
}

TEST_CASE("Unreadable catalog, theme and calendar entries are skipped and the rest applied with the cursor",
          "[sync][feed]")
{
    SyncHarness h;
    CatalogFeedApplier catalog(*h.db, h.clock);
    CatalogStore local(*h.db);
    const auto first = catalog.applyItems(pageOf(QJsonArray{itemEntry(sampleItem(QStringLiteral("T-A")), 1),
                                                            itemEntry(sampleItem(QStringLiteral("T-B")), 2),
                                                            itemEntry(sampleItem(QStringLiteral("T-C")), 3)},
                                                 QStringLiteral("i-3")));
    REQUIRE(first.ok());
    CHECK(first->upserted == 3);
    CHECK(*local.countItems() == 3);

    QJsonObject badKind = itemEntry(sampleItem(QStringLiteral("T-D")), 6);
    badKind.insert(QStringLiteral("kind"), QStringLiteral("teleportation"));
    const auto second = catalog.applyItems(
        pageOf(QJsonArray{itemEntry(sampleItem(QStringLiteral("T-A"), 2), 4),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("T-B")},
                                      {QStringLiteral("deleted"), true},
                                      {QStringLiteral("revision"), QStringLiteral("5")}},
                          badKind, QStringLiteral("not an object"),
                          QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("revision"), 7}},
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("T-E")},
                                      {QStringLiteral("name"), 42}}},
               QStringLiteral("i-8")));
    REQUIRE(second.ok());
    CHECK(second->upserted == 1);
    CHECK(second->removed == 1);
    CHECK(second->skipped == 4);
    CHECK(local.findItem(QStringLiteral("T-A"))->value().promisedDays == 2);
    CHECK_FALSE(local.findItem(QStringLiteral("T-B"))->has_value());
    CHECK_FALSE(local.findItem(QStringLiteral("T-D"))->has_value());
    CHECK(*local.countItems() == 2);
    CHECK(*FeedCursorStore(*h.db).cursor(CatalogFeedApplier::itemsFeedName()) == QStringLiteral("i-8"));

    const QJsonObject theme{
        {QStringLiteral("code"), QStringLiteral("TH-1")},
        {QStringLiteral("name"), QStringLiteral("我要开诊所")},
        {QStringLiteral("itemCodes"), QJsonArray{QStringLiteral("T-A"), QStringLiteral("T-C")}},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("revision"), QStringLiteral("1")}};
    QJsonObject lonely = theme;
    lonely.insert(QStringLiteral("code"), QStringLiteral("TH-2"));
    lonely.insert(QStringLiteral("itemCodes"), QJsonArray{QStringLiteral("T-A")});
    const auto themes = catalog.applyThemes(pageOf(QJsonArray{theme, lonely, 17}, QStringLiteral("t-3")));
    REQUIRE(themes.ok());
    CHECK(themes->upserted == 1);
    CHECK(themes->skipped == 2);
    REQUIRE(local.findTheme(QStringLiteral("TH-1"))->has_value());
    CHECK(local.findTheme(QStringLiteral("TH-1"))->value().itemCodes ==
          QStringList{QStringLiteral("T-A"), QStringLiteral("T-C")});
    const auto gone =
        catalog.applyThemes(pageOf(QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("TH-1")},
                                                          {QStringLiteral("deleted"), true}}},
                                   QStringLiteral("t-4")));
    REQUIRE(gone.ok());
    CHECK(gone->removed == 1);
    CHECK(*local.countThemes() == 0);
    CHECK(*FeedCursorStore(*h.db).cursor(CatalogFeedApplier::themesFeedName()) == QStringLiteral("t-4"));

    CalendarFeedApplier holidays(*h.db, h.clock);
    const auto years = holidays.apply(
        pageOf(QJsonArray{yearEntry(2030, QJsonArray{day(QStringLiteral("2030-01-01"), true)}, 1),
                          yearEntry(1800, QJsonArray{day(QStringLiteral("1800-01-01"), true)}, 2),
                          yearEntry(2031,
                                    QJsonArray{day(QStringLiteral("2031-01-01"), true),
                                               day(QStringLiteral("2031-01-01"), true)},
                                    3),
                          yearEntry(2032, QJsonArray{day(QStringLiteral("2032-13-01"), true)}, 4),
                          QStringLiteral("nope")},
               QStringLiteral("y-4")));
    REQUIRE(years.ok());
    CHECK(*years == QList<int>{2030});
    CHECK(*FeedCursorStore(*h.db).cursor(CalendarFeedApplier::feedName()) == QStringLiteral("y-4"));
    const auto built = HolidayStore(*h.db).workingCalendar();
    REQUIRE(built.ok());
    CHECK(built->isPublished(2030));
    CHECK_FALSE(built->isWorkingDay(QDate(2030, 1, 1)));
    CHECK_FALSE(built->isPublished(2031));
}

TEST_CASE("A catalog or calendar page that cannot be stored applies nothing and keeps the cursor",
          "[sync][feed]")
{
    SyncHarness h;
    CatalogFeedApplier catalog(*h.db, h.clock);
    CatalogStore local(*h.db);
    REQUIRE(catalog
                .applyItems(pageOf(QJsonArray{itemEntry(sampleItem(QStringLiteral("T-A")), 1)},
                                   QStringLiteral("i-1")))
                .ok());

    QSqlQuery trigger(h.db->connection());
    REQUIRE(trigger.exec(
        QStringLiteral("CREATE TRIGGER refuse_item BEFORE INSERT ON service_items "
                       "WHEN NEW.code = 'T-REFUSED' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    CHECK_FALSE(catalog
                    .applyItems(pageOf(QJsonArray{itemEntry(sampleItem(QStringLiteral("T-A"), 9), 2),
                                                  itemEntry(sampleItem(QStringLiteral("T-REFUSED")), 3)},
                                       QStringLiteral("i-3")))
                    .ok());
    CHECK(local.findItem(QStringLiteral("T-A"))->value().promisedDays == 5); // rolled back too
    CHECK(*local.countItems() == 1);
    CHECK(*FeedCursorStore(*h.db).cursor(CatalogFeedApplier::itemsFeedName()) == QStringLiteral("i-1"));

    REQUIRE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_year BEFORE INSERT ON holiday_arrangements "
                                        "WHEN NEW.year = 2031 BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    CalendarFeedApplier holidays(*h.db, h.clock);
    CHECK_FALSE(
        holidays
            .apply(pageOf(QJsonArray{yearEntry(2030, QJsonArray{day(QStringLiteral("2030-01-01"), true)}, 1),
                                     yearEntry(2031, QJsonArray{day(QStringLiteral("2031-01-01"), true)}, 2)},
                          QStringLiteral("y-2")))
            .ok());
    CHECK(HolidayStore(*h.db).list()->isEmpty());
    CHECK(FeedCursorStore(*h.db).cursor(CalendarFeedApplier::feedName())->isEmpty());
}
