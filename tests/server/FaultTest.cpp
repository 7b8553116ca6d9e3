// The fault-injection options really inject: 5xx with Retry-After, dropped connections (in the
// request body, and in the answer's body after the request was applied), latency.

#include "CaseSamples.h"
#include "ServerFixture.h"

#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

TEMPLATE_TEST_CASE("fail-rate answers 500 or 503 and applies nothing", "[server][faults]", OnSqlite,
                   OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    FaultSettings faults;
    faults.failRate = 1.0;
    faults.seeded = true;
    faults.seed = 42;
    fx->server().faults().setSettings(faults);
    int answered500 = 0;
    int answered503 = 0;
    for (int i = 0; i < 20; ++i) {
        const QUuid uuid = QUuid::createUuid();
        Reply reply = api->write("PUT", casePath(uuid), sampleCase(uuid, i + 1));
        CHECK(reply.errorCode() == QStringLiteral("fault.injected"));
        CHECK(reply.errorRetryable());
        if (reply.status == 500)
            ++answered500;
        if (reply.status == 503) {
            ++answered503;
            CHECK(reply.header("Retry-After") == "1");
        }
    }
    CHECK(answered500 + answered503 == 20);
    CHECK(answered500 > 0);
    CHECK(answered503 > 0);
    CHECK(fx->server().faults().tally().failures500 == answered500);
    CHECK(api->get(QStringLiteral("/api/v1/health")).status == 200); // health is never faulted
    CHECK(fx->count(QStringLiteral("cases")) == 0);

    faults.failRate = 0.3;
    fx->server().faults().setSettings(faults);
    int failed = 0;
    for (int i = 0; i < 200; ++i)
        failed += api->get(QStringLiteral("/api/v1/auth/me")).status >= 500 ? 1 : 0;
    CHECK(failed > 30);
    CHECK(failed < 90);
}

TEMPLATE_TEST_CASE("drop-rate cuts connections and a write whose answer was cut is applied once",
                   "[server][faults]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    FaultSettings faults;
    faults.dropRate = 1.0;
    faults.dropModes = DropMode::ResponseBody;
    fx->server().faults().setSettings(faults);

    const QUuid uuid = QUuid::createUuid();
    const QUuid operation = QUuid::createUuid();
    Reply cut = api->write("PUT", casePath(uuid), sampleCase(uuid, 1), operation);
    CHECK(cut.error != QNetworkReply::NoError);
    CHECK(fx->server().faults().tally().responseCuts >= 1);
    CHECK(fx->count(QStringLiteral("cases")) == 1); // applied before the answer was cut

    fx->server().faults().setSettings(FaultSettings{});
    Reply retried = api->write("PUT", casePath(uuid), sampleCase(uuid, 1), operation);
    CHECK(retried.status == 201);
    CHECK(retried.replayed());
    CHECK(fx->count(QStringLiteral("cases")) == 1);
    CHECK(fx->count(QStringLiteral("case_events")) == 1);

    // Cut while the body arrives: the chunk is not applied.
    faults.dropModes = DropMode::RequestBody;
    fx->server().faults().setSettings(faults);
    const QByteArray file = materialBytes(6 * 1024 * 1024, 3);
    const QString sha = sha256Hex(file);
    faults.dropRate = 0;
    fx->server().faults().setSettings(faults);
    REQUIRE(api->write("POST", QStringLiteral("/api/v1/materials"),
                       {{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), file.size()}})
                .status == 201);
    faults.dropRate = 1.0;
    fx->server().faults().setSettings(faults);
    Reply dropped = api->writeRaw("PUT", QStringLiteral("/api/v1/materials/%1/chunks/0").arg(sha), file,
                                  QUuid::createUuid(), "application/octet-stream");
    CHECK(dropped.status == 0);
    CHECK(dropped.error != QNetworkReply::NoError);
    CHECK(fx->server().faults().tally().requestCuts >= 1);
    fx->server().faults().setSettings(FaultSettings{});
    CHECK(api->get(QStringLiteral("/api/v1/materials/") + sha)
              .json.value(QStringLiteral("offset"))
              .toInteger() == 0);
}

TEMPLATE_TEST_CASE("latency-ms delays every answer but the health check", "[server][faults]", OnSqlite,
                   OnPostgres)
{
    OW_START_SERVER(fx, [](ServerConfig& config) { config.faults.latencyMs = 300; });
    auto api = fx->client();
    Reply refused = api->get(QStringLiteral("/api/v1/auth/me"));
    CHECK(refused.status == 401);
    CHECK(refused.elapsedMs >= 300);
    Reply signedIn = api->login(QStringLiteral("wangli"));
    CHECK(signedIn.status == 200);
    CHECK(signedIn.elapsedMs >= 300);
    CHECK(api->get(QStringLiteral("/api/v1/health")).status == 200);
}
