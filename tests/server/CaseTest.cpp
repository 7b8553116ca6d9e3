// Case upsert under the idempotency rule, and the checks a case must pass before it is stored.

#include "CaseSamples.h"
#include "ServerFixture.h"
#include "core/AcceptanceNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;
using ow::AcceptanceNumber;

TEMPLATE_TEST_CASE("the same operation twice gives one case and the same answer", "[server][cases]", OnSqlite,
                   OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    const QUuid uuid = QUuid::createUuid();
    const QUuid operation = QUuid::createUuid();
    const QJsonObject body = sampleCase(uuid, 1);

    Reply first = api->write("PUT", casePath(uuid), body, operation);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 201);
    CHECK(first.json.value(QStringLiteral("version")).toInt() == 1);
    CHECK(first.json.value(QStringLiteral("created")).toBool());
    CHECK_FALSE(first.replayed());

    Reply second = api->write("PUT", casePath(uuid), body, operation);
    CHECK(second.status == 201);
    CHECK(second.body == first.body);
    CHECK(second.replayed());
    CHECK(fx->count(QStringLiteral("cases")) == 1);
    CHECK(fx->count(QStringLiteral("case_events")) == 1);

    // The key of another request: refused, nothing applied.
    QJsonObject changed = body;
    changed.insert(QStringLiteral("delivery"), QStringLiteral("mail"));
    Reply reused = api->write("PUT", casePath(uuid), changed, operation);
    CHECK(reused.status == 422);
    CHECK(reused.errorCode() == QStringLiteral("idempotency.keyReused"));

    // A new operation on the same case is an update: still one case, version 2, history merged.
    QJsonObject delivered = changed;
    QJsonArray history = delivered.value(QStringLiteral("history")).toArray();
    history.append(QJsonObject{{QStringLiteral("status"), QStringLiteral("delivered")},
                               {QStringLiteral("at"), QStringLiteral("2025-10-21T09:00:00+08:00")},
                               {QStringLiteral("by"), QStringLiteral("wangli")},
                               {QStringLiteral("note"), QStringLiteral("当场出件")}});
    delivered.insert(QStringLiteral("history"), history);
    delivered.insert(QStringLiteral("status"), QStringLiteral("delivered"));
    Reply update = api->write("PUT", casePath(uuid), delivered);
    REQUIRE(update.status == 200);
    CHECK(update.json.value(QStringLiteral("version")).toInt() == 2);
    CHECK(update.json.value(QStringLiteral("status")).toString() == QStringLiteral("delivered"));
    CHECK(fx->count(QStringLiteral("cases")) == 1);
    CHECK(fx->count(QStringLiteral("case_events")) == 2);

    Reply stored = api->get(casePath(uuid));
    REQUIRE(stored.status == 200);
    CHECK(stored.json.value(QStringLiteral("delivery")).toString() == QStringLiteral("mail"));
    CHECK(stored.json.value(QStringLiteral("history")).toArray().size() == 2);
    CHECK(stored.json.value(QStringLiteral("acceptedAt")).toString() ==
          QStringLiteral("2025-10-20T02:41:00.000Z"));
    Reply byNumber = api->get(QStringLiteral("/api/v1/cases?acceptanceNumber=") +
                              AcceptanceNumber::display(acceptanceNumber(1)));
    REQUIRE(byNumber.status == 200);
    CHECK(byNumber.json.value(QStringLiteral("cases")).toArray().size() == 1);

    // Writes without a proper key.
    Reply noKey = api->send("PUT", casePath(uuid), QJsonDocument(body).toJson());
    CHECK(noKey.status == 400);
    CHECK(noKey.errorCode() == QStringLiteral("idempotency.keyMissing"));
    Reply badKey =
        api->send("PUT", casePath(uuid), QJsonDocument(body).toJson(), {{"Idempotency-Key", "42"}});
    CHECK(badKey.status == 400);
    CHECK(badKey.errorCode() == QStringLiteral("idempotency.keyInvalid"));
}

TEMPLATE_TEST_CASE("a case is refused when it refers to what the server does not have", "[server][cases]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    const QString missing = sha256Hex("not uploaded");

    const QUuid a = QUuid::createUuid();
    Reply materials = api->write("PUT", casePath(a), sampleCase(a, 1, {missing}));
    CHECK(materials.status == 409);
    CHECK(materials.errorCode() == QStringLiteral("case.materialsMissing"));
    CHECK(materials.errorRetryable());
    CHECK(materials.json.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("details"))
              .toObject()
              .value(QStringLiteral("missing")) == QJsonArray{missing});

    QJsonObject unknownItem = sampleCase(a, 1);
    unknownItem.insert(QStringLiteral("itemCodes"), QJsonArray{QStringLiteral("HB-JM-999999")});
    CHECK(api->write("PUT", casePath(a), unknownItem).errorCode() == QStringLiteral("case.unknownItem"));

    Reply otherWindow = api->write("PUT", casePath(a), sampleCase(a, 1, {}, 3));
    CHECK(otherWindow.status == 422);
    CHECK(otherWindow.errorCode() == QStringLiteral("case.windowMismatch"));

    QJsonObject badNumber = sampleCase(a, 1);
    QString number = badNumber.value(QStringLiteral("acceptanceNumber")).toString();
    number[20] =
        number[20] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // breaks the check character
    badNumber.insert(QStringLiteral("acceptanceNumber"), number);
    CHECK(api->write("PUT", casePath(a), badNumber).errorCode() ==
          QStringLiteral("case.invalidAcceptanceNumber"));

    QJsonObject draft = sampleCase(a, 1);
    draft.insert(QStringLiteral("status"), QStringLiteral("draft"));
    CHECK(api->write("PUT", casePath(a), draft).errorCode() == QStringLiteral("case.draft"));
    CHECK(fx->count(QStringLiteral("cases")) == 0);

    // Two cases with one acceptance number: the second is refused, never merged.
    REQUIRE(api->write("PUT", casePath(a), sampleCase(a, 1)).status == 201);
    const QUuid b = QUuid::createUuid();
    Reply clash = api->write("PUT", casePath(b), sampleCase(b, 1));
    CHECK(clash.status == 409);
    CHECK(clash.errorCode() == QStringLiteral("case.acceptanceNumberClash"));
    Reply renumbered = api->write("PUT", casePath(a), sampleCase(a, 2));
    CHECK(renumbered.errorCode() == QStringLiteral("case.acceptanceNumberChanged"));
    CHECK(fx->count(QStringLiteral("cases")) == 1);

    // Only clerks report cases.
    auto dispatch = fx->signedIn(QStringLiteral("chengang"));
    CHECK(dispatch->write("PUT", casePath(b), sampleCase(b, 2)).status == 403);
}
