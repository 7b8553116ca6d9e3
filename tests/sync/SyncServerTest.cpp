// The sync engine against the real reference server, in-process on loopback (SQLite; PostgreSQL too
// when ONEWINDOW_TEST_PG is set): delivery exactly once, outages, faults, refusals, resumed uploads
// and the status feed.

#include "CaseSamples.h"
#include "ServerFixture.h"
#include "SyncHarness.h"
#include "storage/CaseStore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;
using ow::central::test::OnPostgres;
using ow::central::test::OnSqlite;

namespace {

int serverCases(ow::central::test::ServerFixture& fx)
{
    return fx.count(QStringLiteral("cases"));
}

int completeMaterials(ow::central::test::ServerFixture& fx)
{
    return fx.count(QStringLiteral("materials"), QStringLiteral("state = 'complete'"));
}

QJsonObject serverCase(ow::central::test::ServerFixture& fx, const QUuid& uuid)
{
    const auto api = fx.signedIn(QStringLiteral("wangli"));
    const auto reply = api->get(ow::central::test::casePath(uuid));
    REQUIRE(reply.status == 200);
    return reply.json;
}

} // namespace

TEMPLATE_TEST_CASE("A case with three pages reaches the server once, materials first", "[sync][server]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    const CaseRecord record = h.addCase(3, 200 * 1024);
    h.connect(fx->url(), fastOptions(64 * 1024));
    QSignalSpy delivered(h.engine.get(), &SyncEngine::operationDelivered);
    QSignalSpy progress(h.engine.get(), &SyncEngine::uploadProgress);
    h.engine->start();
    REQUIRE(h.drain(30000));
    CHECK(h.parked() == 0);
    REQUIRE(delivered.size() == 4);
    CHECK(delivered.constLast().at(1).toString() == QLatin1String("case.upsert"));
    CHECK(serverCases(*fx) == 1);
    CHECK(completeMaterials(*fx) == 3);
    CHECK(progress.constLast().at(1).toLongLong() == 200 * 1024);
    CHECK(h.engine->bytesSent() == 3 * 200 * 1024);
    const QJsonObject onServer = serverCase(*fx, record.uuid);
    CHECK(onServer.value(QLatin1String("version")).toInt() == 1);
    CHECK(
        onServer.value(QLatin1String("materials")).toArray().at(0).toObject().value(QLatin1String("blobs")) ==
        QJsonArray::fromStringList(record.materials.at(0).blobHashes));
    CHECK(h.engine->status().state == SyncStatus::State::Online);
    CHECK(h.engine->status().pending == 0);
}

TEMPLATE_TEST_CASE("With the server down, operations wait and are delivered when it is back",
                   "[sync][server]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    h.addCase(2, 10 * 1024);
    // Signed in by another client, so that this one holds no open connection when the server goes.
    h.connect(fx->url(), fastOptions(), QString());
    h.client->setAccessToken(fx->signedIn(QStringLiteral("wangli"))->token());
    const quint16 port = static_cast<quint16>(fx->url().port());
    const QList<QTcpServer*> listeners = fx->server().servers();
    for (QTcpServer* listener : listeners)
        listener->close();
    QSignalSpy retries(h.engine.get(), &SyncEngine::retryScheduled);
    h.engine->start();
    REQUIRE(QTest::qWaitFor([&] { return retries.size() >= 3; }, 10000));
    CHECK(h.pending() == 3);
    CHECK(h.parked() == 0);
    CHECK(h.engine->status().state == SyncStatus::State::Offline);
    CHECK_FALSE(h.engine->status().lastError.isEmpty());
    CHECK(serverCases(*fx) == 0);

    for (QTcpServer* listener : listeners)
        REQUIRE(listener->listen(QHostAddress::LocalHost, port));
    REQUIRE(h.drain(30000));
    CHECK(serverCases(*fx) == 1);
    CHECK(completeMaterials(*fx) == 2);
    CHECK(h.engine->status().state == SyncStatus::State::Online);
}

TEMPLATE_TEST_CASE("Under failures and dropped connections every case and page arrives exactly once",
                   "[sync][server][soak]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx, [](ow::central::ServerConfig& config) {
        config.faults.failRate = 0.3;
        config.faults.dropRate = 0.2;
        config.faults.seed = 7;
        config.faults.seeded = true;
    });
    SyncHarness h;
    constexpr int cases = 50;
    for (int i = 0; i < cases; ++i)
        h.addCase(2, 24 * 1024);
    // Signing in goes through the faults too: retry it.
    fx->server().faults().setSettings({});
    h.connect(fx->url(), fastOptions(10 * 1024));
    ow::central::FaultSettings faults;
    faults.failRate = 0.3;
    faults.dropRate = 0.2;
    faults.seed = 7;
    faults.seeded = true;
    fx->server().faults().setSettings(faults);
    h.engine->start();
    REQUIRE(h.drain(240000));
    fx->server().faults().setSettings({});
    const auto& tally = fx->server().faults().tally();
    INFO("500: " << tally.failures500 << " 503: " << tally.failures503
                 << " request cuts: " << tally.requestCuts << " answer cuts: " << tally.responseCuts);
    CHECK(tally.failures500 + tally.failures503 > 10);
    CHECK(tally.responseCuts > 5);
    CHECK(h.parked() == 0);
    CHECK(serverCases(*fx) == cases);
    CHECK(completeMaterials(*fx) == 2 * cases);
    CHECK(fx->count(QStringLiteral("case_events")) == cases); // each case's one history entry, once
    CHECK(fx->count(QStringLiteral("cases"), QStringLiteral("version <> 1")) == 0);
}

TEMPLATE_TEST_CASE("A write whose answer was cut is replayed under the same key and applied once",
                   "[sync][server]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    const CaseRecord record = h.addCase(0, 0);
    SyncOptions options = fastOptions();
    options.pullStatusFeed = false;
    options.pullReferenceFeeds = false;
    h.connect(fx->url(), options);
    ow::central::FaultSettings cut;
    cut.dropRate = 1.0;
    cut.dropModes = ow::central::DropMode::ResponseBody;
    fx->server().faults().setSettings(cut);
    QSignalSpy retries(h.engine.get(), &SyncEngine::retryScheduled);
    h.engine->start();
    REQUIRE(QTest::qWaitFor([&] { return retries.size() >= 1; }, 10000));
    fx->server().faults().setSettings({});
    REQUIRE(h.drain(10000));
    CHECK(fx->server().faults().tally().responseCuts >= 1);
    CHECK(serverCases(*fx) == 1);
    CHECK(fx->count(QStringLiteral("case_events")) == 1);
    CHECK(serverCase(*fx, record.uuid).value(QLatin1String("version")).toInt() == 1);
}

TEMPLATE_TEST_CASE("A refused case is parked with its reason and goes through after it is retried",
                   "[sync][server]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    const CaseRecord record = h.addCase(1, 4096);
    // zhouyan sits at window 12: the server refuses a case numbered for window 7.
    h.connect(fx->url(), fastOptions(), QStringLiteral("zhouyan"));
    QSignalSpy parkedSpy(h.engine.get(), &SyncEngine::operationParked);
    h.engine->start();
    REQUIRE(QTest::qWaitFor([&] { return parkedSpy.size() == 1; }, 10000));
    const auto parked = h.engine->parkedOperations();
    REQUIRE(parked.ok());
    REQUIRE(parked->size() == 1);
    CHECK(parked->at(0).kind == QLatin1String("case.upsert"));
    CHECK(parked->at(0).parkedReason.contains(QLatin1String("case.windowMismatch")));
    REQUIRE(QTest::qWaitFor([&] { return h.engine->status().parked == 1; }, 5000));
    CHECK(h.engine->status().needsAttention());
    CHECK(serverCases(*fx) == 0);

    h.client->setAccessToken(SyncHarness::signIn(*h.client, QStringLiteral("wangli")));
    REQUIRE(h.engine->retryParked(parked->at(0).uuid).ok());
    REQUIRE(h.drain(10000));
    CHECK(h.parked() == 0);
    CHECK(serverCases(*fx) == 1);
    CHECK(serverCase(*fx, record.uuid).value(QLatin1String("acceptanceNumber")).toString() ==
          record.acceptanceNumber);
}

TEMPLATE_TEST_CASE("An upload interrupted midway resumes from the server's offset after a restart",
                   "[sync][server]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    constexpr qint64 size = 1024 * 1024;
    constexpr qint64 chunk = 64 * 1024;
    h.addCase(1, size);
    h.connect(fx->url(), fastOptions(chunk));
    qint64 reached = 0;
    QObject::connect(h.engine.get(), &SyncEngine::uploadProgress,
                     [&](const QString&, qint64 sent, qint64) { reached = sent; });
    h.engine->start();
    REQUIRE(QTest::qWaitFor([&] { return reached >= size / 2; }, 20000));
    h.dropEngine(); // the program ends with the upload half done
    QTest::qWait(50);
    CHECK(completeMaterials(*fx) == 0);

    h.connect(fx->url(), fastOptions(chunk));
    QSignalSpy resumed(h.engine.get(), &SyncEngine::uploadResumed);
    h.engine->start();
    REQUIRE(h.drain(20000));
    REQUIRE(resumed.size() == 1);
    const qint64 offset = resumed.at(0).at(1).toLongLong();
    CHECK(offset >= size / 2);
    CHECK(offset % chunk == 0);
    CHECK(h.engine->bytesSent() == size - offset); // nothing the server held was sent again
    CHECK(completeMaterials(*fx) == 1);
    CHECK(serverCases(*fx) == 1);
}

TEMPLATE_TEST_CASE("The status feed moves a local case along", "[sync][server]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    SyncHarness h;
    const CaseRecord record = h.addCase(0, 0);
    h.connect(fx->url(), fastOptions());
    h.engine->start();
    REQUIRE(h.drain(10000));

    // The spy first: the engine keeps pulling while the writes below wait for their answers.
    QSignalSpy applied(h.engine.get(), &SyncEngine::caseStatusApplied);
    const auto dispatch = fx->signedIn(QStringLiteral("chengang"));
    const QString path = ow::central::test::casePath(record.uuid) + QStringLiteral("/status");
    REQUIRE(
        dispatch->write("POST", path, {{QStringLiteral("status"), QStringLiteral("dispatched")}}).status ==
        200);
    REQUIRE(dispatch->write("POST", path, {{QStringLiteral("status"), QStringLiteral("inProcess")}}).status ==
            200);

    h.engine->syncNow();
    REQUIRE(QTest::qWaitFor([&] { return applied.size() == 2; }, 10000));
    CaseStore cases(*h.db, h.clock);
    const auto local = cases.findByUuid(record.uuid);
    REQUIRE(local.ok());
    REQUIRE(local->has_value());
    CHECK(local->value().status == CaseStatus::InProcess);
    CHECK(local->value().history.size() == 3);
    CHECK(local->value().history.constLast().by == QLatin1String("chengang"));

    // Read again: nothing new, nothing applied twice.
    QTest::qWait(200);
    CHECK(applied.size() == 2);
    CHECK(cases.findByUuid(record.uuid)->value().history.size() == 3);
}

TEST_CASE("Plain HTTP to a server that is not on this computer is refused, nothing lost", "[sync][server]")
{
    SyncHarness h;
    h.addCase(0, 0);
    h.connect(QUrl(QStringLiteral("http://central.example.org:8470")), fastOptions(), QString());
    QSignalSpy retries(h.engine.get(), &SyncEngine::retryScheduled);
    h.engine->start();
    REQUIRE(QTest::qWaitFor([&] { return retries.size() >= 1; }, 5000));
    CHECK(h.pending() == 1);
    CHECK(h.parked() == 0);
    REQUIRE(QTest::qWaitFor([&] { return !h.engine->isBusy(); }, 5000));
    CHECK(h.engine->status().lastError.contains(QLatin1String("https://")));
    CHECK(h.engine->status().state == SyncStatus::State::Offline);
}
