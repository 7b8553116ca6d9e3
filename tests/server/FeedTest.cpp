// Delta feeds by cursor: catalog items, themes, holiday calendar, and case status changes.

#include "CaseSamples.h"
#include "CentralSeeder.h"
#include "ServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

namespace {

// Reads a whole feed from `cursor` in pages of `limit`; returns the entries and the last cursor.
QJsonArray readFeed(ApiClient& api, const QString& path, const QString& list, QString& cursor, int limit,
                    int* pages = nullptr)
{
    QJsonArray entries;
    for (int page = 0; page < 1000; ++page) {
        Reply reply = api.get(QStringLiteral("%1?limit=%2&cursor=%3").arg(path).arg(limit).arg(cursor));
        REQUIRE(reply.status == 200);
        for (const QJsonValue& entry : reply.json.value(list).toArray())
            entries.append(entry);
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
        if (pages)
            *pages = page + 1;
        if (!reply.json.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    return entries;
}

} // namespace

TEMPLATE_TEST_CASE("catalog and themes and holidays come as delta feeds by cursor", "[server][feeds]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto clerk = fx->signedIn(QStringLiteral("wangli"));
    QString cursor;
    int pages = 0;
    const QJsonArray items = readFeed(*clerk, QStringLiteral("/api/v1/catalog/items"),
                                      QStringLiteral("items"), cursor, 100, &pages);
    CHECK(items.size() == 355);
    CHECK(pages == 4);
    QSet<QString> codes;
    for (const QJsonValue& item : items)
        codes.insert(item.toObject().value(QStringLiteral("code")).toString());
    CHECK(codes.size() == 355);
    CHECK(items.first().toObject().value(QStringLiteral("materials")).toArray().size() == 3);
    const QString itemsCursor = cursor;
    CHECK(readFeed(*clerk, QStringLiteral("/api/v1/catalog/items"), QStringLiteral("items"), cursor, 100)
              .isEmpty());
    CHECK(cursor == itemsCursor);

    // A supervisor changes one item and withdraws another: the feed from the last cursor has just those.
    auto supervisor = fx->signedIn(QStringLiteral("zhaomin"));
    QJsonObject changed = items.first().toObject();
    changed.remove(QStringLiteral("revision"));
    changed.remove(QStringLiteral("deleted"));
    changed.insert(QStringLiteral("promisedDays"), 1);
    const QString code = changed.value(QStringLiteral("code")).toString();
    REQUIRE(supervisor->write("PUT", QStringLiteral("/api/v1/catalog/items/") + code, changed).status == 200);
    const QString withdrawn = items.last().toObject().value(QStringLiteral("code")).toString();
    REQUIRE(supervisor->write("DELETE", QStringLiteral("/api/v1/catalog/items/") + withdrawn, {}).status ==
            200);
    const QJsonArray delta =
        readFeed(*clerk, QStringLiteral("/api/v1/catalog/items"), QStringLiteral("items"), cursor, 100);
    REQUIRE(delta.size() == 2);
    CHECK(delta[0].toObject().value(QStringLiteral("code")).toString() == code);
    CHECK(delta[0].toObject().value(QStringLiteral("promisedDays")).toInt() == 1);
    CHECK(delta[1].toObject() ==
          QJsonObject{{QStringLiteral("code"), withdrawn},
                      {QStringLiteral("deleted"), true},
                      {QStringLiteral("revision"), delta[1].toObject().value(QStringLiteral("revision"))}});
    CHECK(clerk->get(QStringLiteral("/api/v1/catalog/items/") + withdrawn).status == 404);
    CHECK(clerk->write("PUT", QStringLiteral("/api/v1/catalog/items/") + code, changed).status == 403);
    QJsonObject impossible = changed;
    impossible.insert(QStringLiteral("legalDays"), 0);
    CHECK(supervisor->write("PUT", QStringLiteral("/api/v1/catalog/items/") + code, impossible).status ==
          422);

    QString themeCursor;
    CHECK(readFeed(*clerk, QStringLiteral("/api/v1/catalog/themes"), QStringLiteral("themes"), themeCursor, 5)
              .size() == 16);

    // Holidays: the shipped years, then a new notice for 2027 as a single delta.
    QString yearCursor;
    const QJsonArray years =
        readFeed(*clerk, QStringLiteral("/api/v1/calendar/holidays"), QStringLiteral("years"), yearCursor, 3);
    CHECK(years.size() == 9);
    CHECK(years[1].toObject().value(QStringLiteral("year")).toInt() == 2020);
    CHECK(years[1].toObject().value(QStringLiteral("days")).toArray().size() > 10);
    const QJsonObject notice{{QStringLiteral("year"), 2027},
                             {QStringLiteral("papers"), QJsonArray()},
                             {QStringLiteral("days"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("元旦")},
                                                     {QStringLiteral("date"), QStringLiteral("2027-01-01")},
                                                     {QStringLiteral("isOffDay"), true}}}}};
    REQUIRE(supervisor->write("PUT", QStringLiteral("/api/v1/calendar/holidays/2027"), notice).status == 200);
    const QJsonArray update =
        readFeed(*clerk, QStringLiteral("/api/v1/calendar/holidays"), QStringLiteral("years"), yearCursor, 3);
    REQUIRE(update.size() == 1);
    CHECK(update[0].toObject().value(QStringLiteral("days")).toArray().size() == 1);
    QJsonObject empty = notice;
    empty.insert(QStringLiteral("days"), QJsonArray());
    CHECK(supervisor->write("PUT", QStringLiteral("/api/v1/calendar/holidays/2027"), empty).errorCode() ==
          QStringLiteral("holidays.wouldUnpublish"));
    QJsonObject twice = notice;
    twice.insert(QStringLiteral("days"), QJsonArray{notice.value(QStringLiteral("days")).toArray()[0],
                                                    notice.value(QStringLiteral("days")).toArray()[0]});
    CHECK(supervisor->write("PUT", QStringLiteral("/api/v1/calendar/holidays/2027"), twice).status == 422);

    Reply badCursor = clerk->get(QStringLiteral("/api/v1/catalog/items?cursor=abc"));
    CHECK(badCursor.status == 400);
    CHECK(badCursor.errorCode() == QStringLiteral("request.invalidCursor"));
    CHECK(clerk->get(QStringLiteral("/api/v1/catalog/items?limit=5000")).errorCode() ==
          QStringLiteral("request.invalidLimit"));
}

TEMPLATE_TEST_CASE("status changes reach the window through the status feed", "[server][feeds][cases]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto clerk = fx->signedIn(QStringLiteral("wangli"));
    auto dispatch = fx->signedIn(QStringLiteral("chengang"));
    QList<QUuid> cases;
    for (int sequence = 1; sequence <= 3; ++sequence) {
        cases << QUuid::createUuid();
        REQUIRE(clerk->write("PUT", casePath(cases.last()), sampleCase(cases.last(), sequence)).status ==
                201);
    }
    QString cursor;
    QJsonArray accepted =
        readFeed(*clerk, QStringLiteral("/api/v1/cases/changes"), QStringLiteral("changes"), cursor, 2);
    REQUIRE(accepted.size() == 3);
    CHECK(accepted[0].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    CHECK(accepted[0].toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("window"));

    // The clerk hands two cases over in a batch; dispatch receives it: both are dispatched.
    const QJsonObject batch{
        {QStringLiteral("batchNumber"), QStringLiteral("PJ-20251020-007-01")},
        {QStringLiteral("department"), QStringLiteral("市场监督管理局")},
        {QStringLiteral("caseUuids"),
         QJsonArray{cases[0].toString(QUuid::WithoutBraces), cases[1].toString(QUuid::WithoutBraces)}}};
    Reply created = clerk->write("POST", QStringLiteral("/api/v1/dispatch-batches"), batch);
    REQUIRE(created.status == 201);
    QJsonObject other = batch;
    other.insert(QStringLiteral("batchNumber"), QStringLiteral("PJ-20251020-007-02"));
    CHECK(clerk->write("POST", QStringLiteral("/api/v1/dispatch-batches"), other).errorCode() ==
          QStringLiteral("dispatch.caseInOtherBatch"));
    other.insert(QStringLiteral("caseUuids"), QJsonArray{cases[2].toString(QUuid::WithoutBraces)});
    REQUIRE(clerk->write("POST", QStringLiteral("/api/v1/dispatch-batches"), other).status == 201);
    CHECK(clerk->write("POST", QStringLiteral("/api/v1/dispatch-batches/PJ-20251020-007-01/receive"), {})
              .status == 403);
    Reply received =
        dispatch->write("POST", QStringLiteral("/api/v1/dispatch-batches/PJ-20251020-007-01/receive"), {});
    REQUIRE(received.status == 200);
    CHECK(received.json.value(QStringLiteral("batch"))
              .toObject()
              .value(QStringLiteral("receivedBy"))
              .toString() == QStringLiteral("chengang"));
    CHECK(dispatch->write("POST", QStringLiteral("/api/v1/dispatch-batches/PJ-20251020-007-01/receive"), {})
              .errorCode() == QStringLiteral("dispatch.alreadyReceived"));

    // The departments' progress on the first case.
    const QString status = casePath(cases[0]) + QStringLiteral("/status");
    for (const char* next : {"inProcess", "returnedForMaterials", "inProcess", "completed", "resultReady"})
        REQUIRE(dispatch->write("POST", status, {{QStringLiteral("status"), QLatin1String(next)}}).status ==
                200);
    Reply invalid = dispatch->write("POST", casePath(cases[2]) + QStringLiteral("/status"),
                                    {{QStringLiteral("status"), QStringLiteral("completed")}});
    CHECK(invalid.status == 409);
    CHECK(invalid.errorCode() == QStringLiteral("case.invalidTransition"));
    CHECK(dispatch->write("POST", status, {{QStringLiteral("status"), QStringLiteral("lost")}}).status ==
          422);

    const QJsonArray changes =
        readFeed(*clerk, QStringLiteral("/api/v1/cases/changes"), QStringLiteral("changes"), cursor, 2);
    QStringList seen;
    for (const QJsonValue& change : changes)
        seen << change.toObject().value(QStringLiteral("status")).toString();
    CHECK(seen == QStringList{QStringLiteral("dispatched"), QStringLiteral("dispatched"),
                              QStringLiteral("inProcess"), QStringLiteral("returnedForMaterials"),
                              QStringLiteral("inProcess"), QStringLiteral("completed"),
                              QStringLiteral("resultReady")});
    CHECK(changes[0].toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("server"));
    Reply now = clerk->get(casePath(cases[0]));
    CHECK(now.json.value(QStringLiteral("status")).toString() == QStringLiteral("resultReady"));
    CHECK(now.json.value(QStringLiteral("batchNumber")).toString() == QStringLiteral("PJ-20251020-007-01"));

    // The clerk sends the case again (its copy still says accepted): the server's progress stays.
    REQUIRE(clerk->write("PUT", casePath(cases[0]), sampleCase(cases[0], 1)).status == 200);
    CHECK(clerk->get(casePath(cases[0])).json.value(QStringLiteral("status")).toString() ==
          QStringLiteral("resultReady"));

    // Another window sees none of window 7's changes.
    auto window3 = fx->client();
    REQUIRE(window3->login(QStringLiteral("sunhao")).status == 200);
    QString otherCursor;
    CHECK(readFeed(*window3, QStringLiteral("/api/v1/cases/changes"), QStringLiteral("changes"), otherCursor,
                   50)
              .isEmpty());
    QString allCursor;
    CHECK(
        readFeed(*dispatch, QStringLiteral("/api/v1/cases/changes"), QStringLiteral("changes"), allCursor, 50)
            .size() == 10);
    QString batchCursor;
    const QJsonArray batches = readFeed(*dispatch, QStringLiteral("/api/v1/dispatch-batches"),
                                        QStringLiteral("batches"), batchCursor, 1);
    REQUIRE(batches.size() == 2);
    CHECK(batches[0].toObject().value(QStringLiteral("batchNumber")).toString() ==
          QStringLiteral("PJ-20251020-007-02"));
    CHECK(batches[1].toObject().value(QStringLiteral("caseUuids")).toArray().size() ==
          2); // received: a later revision
}

TEMPLATE_TEST_CASE("the full-scale seed holds 155811 catalog items in one feed", "[server][feeds][full]",
                   OnSqlite, OnPostgres)
{
    if (!CentralSeeder::fullCatalogAvailable()) {
        WARN("core/SyntheticCatalog is not in this build");
        return;
    }
    OW_START_SERVER(fx, [](ServerConfig& config) { config.seed = SeedKind::Full; });
    CHECK(fx->count(QStringLiteral("catalog_items")) == 155811);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    Reply tail = api->get(QStringLiteral("/api/v1/catalog/items?limit=1000&cursor=155000"));
    REQUIRE(tail.status == 200);
    CHECK(tail.json.value(QStringLiteral("items")).toArray().size() == 811);
    CHECK_FALSE(tail.json.value(QStringLiteral("hasMore")).toBool());
    CHECK(tail.json.value(QStringLiteral("nextCursor")).toString() == QStringLiteral("155811"));
}
