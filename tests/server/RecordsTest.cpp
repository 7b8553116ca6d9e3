// Applicant files and electronic licences; ratings; audit events.

#include "CaseSamples.h"
#include "ServerFixture.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

TEMPLATE_TEST_CASE("applicant files and electronic licences are looked up and fetched",
                   "[server][applicants]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    Reply file = api->get(QStringLiteral("/api/v1/applicants/420802198603142130"));
    REQUIRE(file.status == 200);
    CHECK(file.json.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("张伟"));
    CHECK(file.json.value(QStringLiteral("licences")).toArray().size() == 4);
    CHECK(api->get(QStringLiteral("/api/v1/applicants/420802198603142149")).errorCode() ==
          QStringLiteral("applicant.notFound"));

    Reply enterprise = api->get(QStringLiteral("/api/v1/licences?holder=91420800MA49K7H33M&type=营业执照"));
    REQUIRE(enterprise.status == 200);
    const QJsonArray licences = enterprise.json.value(QStringLiteral("licences")).toArray();
    REQUIRE(licences.size() == 1);
    const QString id = licences[0].toObject().value(QStringLiteral("id")).toString();
    Reply licence = api->get(QStringLiteral("/api/v1/licences/") + id);
    REQUIRE(licence.status == 200);
    CHECK(licence.json.value(QStringLiteral("reference")).toString() ==
          QStringLiteral("营业执照:91420800MA49K7H33M"));
    Reply document = api->get(QStringLiteral("/api/v1/licences/%1/file").arg(id));
    REQUIRE(document.status == 200);
    CHECK(sha256Hex(document.body) ==
          licence.json.value(QStringLiteral("file")).toObject().value(QStringLiteral("sha256")).toString());
    CHECK(document.header("X-Content-SHA256") == sha256Hex(document.body).toLatin1());
    CHECK(QString::fromUtf8(document.body).contains(QStringLiteral("91420800MA49K7H33M")));
    CHECK(api->get(QStringLiteral("/api/v1/licences")).errorCode() ==
          QStringLiteral("request.missingParameter"));
    CHECK(api->get(QStringLiteral("/api/v1/licences/999999")).status == 404);

    // Filing an applicant: the check character is checked; the file keeps what it had.
    QJsonObject person{{QStringLiteral("kind"), QStringLiteral("person")},
                       {QStringLiteral("idNumber"), QStringLiteral("420802198603142130")},
                       {QStringLiteral("name"), QStringLiteral("张伟")},
                       {QStringLiteral("phone"), QStringLiteral("13800000000")}};
    Reply updated = api->write("PUT", QStringLiteral("/api/v1/applicants/420802198603142130"), person);
    REQUIRE(updated.status == 200);
    CHECK(updated.json.value(QStringLiteral("applicant"))
              .toObject()
              .value(QStringLiteral("phone"))
              .toString() == QStringLiteral("13800000000"));
    CHECK(updated.json.value(QStringLiteral("applicant"))
              .toObject()
              .value(QStringLiteral("ethnicity"))
              .toString() == QStringLiteral("汉"));
    person.insert(QStringLiteral("idNumber"), QStringLiteral("420802198603142131"));
    CHECK(api->write("PUT", QStringLiteral("/api/v1/applicants/420802198603142131"), person).errorCode() ==
          QStringLiteral("applicant.invalidKey"));
}

TEMPLATE_TEST_CASE("ratings and audit events are kept once each", "[server][ratings][audit]", OnSqlite,
                   OnPostgres)
{
    OW_START_SERVER(fx);
    auto clerk = fx->signedIn(QStringLiteral("wangli"));
    const QUuid caseUuid = QUuid::createUuid();
    const QUuid ratingUuid = QUuid::createUuid();
    QJsonObject rating{{QStringLiteral("uuid"), ratingUuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("caseUuid"), caseUuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("level"), QStringLiteral("dissatisfied")},
                       {QStringLiteral("reason"), QStringLiteral("等候时间过长")},
                       {QStringLiteral("ratedAt"), QStringLiteral("2025-10-20T10:50:00+08:00")}};
    Reply early = clerk->write("POST", QStringLiteral("/api/v1/ratings"), rating);
    CHECK(early.status == 409);
    CHECK(early.errorCode() == QStringLiteral("rating.unknownCase"));
    CHECK(early.errorRetryable());
    REQUIRE(clerk->write("PUT", casePath(caseUuid), sampleCase(caseUuid, 1)).status == 201);
    QJsonObject noReason = rating;
    noReason.remove(QStringLiteral("reason"));
    CHECK(clerk->write("POST", QStringLiteral("/api/v1/ratings"), noReason).errorCode() ==
          QStringLiteral("rating.reasonRequired"));
    rating.insert(QStringLiteral("level"), QStringLiteral("fine"));
    CHECK(clerk->write("POST", QStringLiteral("/api/v1/ratings"), rating).errorCode() ==
          QStringLiteral("rating.unknownLevel"));
    rating.insert(QStringLiteral("level"), QStringLiteral("dissatisfied"));
    Reply stored = clerk->write("POST", QStringLiteral("/api/v1/ratings"), rating);
    REQUIRE(stored.status == 201);
    CHECK(stored.json.value(QStringLiteral("rating")).toObject().value(QStringLiteral("window")).toString() ==
          QStringLiteral("420800-01-007"));
    Reply resent =
        clerk->write("POST", QStringLiteral("/api/v1/ratings"), rating); // another operation, same rating
    CHECK(resent.status == 200);
    CHECK(fx->count(QStringLiteral("ratings")) == 1);

    auto supervisor = fx->signedIn(QStringLiteral("zhaomin"));
    Reply ratings = supervisor->get(QStringLiteral("/api/v1/ratings"));
    REQUIRE(ratings.status == 200);
    CHECK(ratings.json.value(QStringLiteral("ratings")).toArray().size() == 1);

    const auto event = [](const QUuid& uuid, const char* action) {
        return QJsonObject{{QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("at"), QStringLiteral("2025-10-20T10:41:00+08:00")},
                           {QStringLiteral("actor"), QStringLiteral("wangli")},
                           {QStringLiteral("action"), QLatin1String(action)},
                           {QStringLiteral("details"), QJsonObject{{QStringLiteral("window"), 7}}}};
    };
    const QUuid e1 = QUuid::createUuid();
    const QUuid e2 = QUuid::createUuid();
    Reply batch = clerk->write(
        "POST", QStringLiteral("/api/v1/audit-events"),
        {{QStringLiteral("events"), QJsonArray{event(e1, "case.accept"), event(e2, "print.receipt")}}});
    REQUIRE(batch.status == 200);
    CHECK(batch.json.value(QStringLiteral("accepted")).toInt() == 2);
    // The next batch repeats one event: kept once. A bad event refuses the whole batch.
    Reply overlap =
        clerk->write("POST", QStringLiteral("/api/v1/audit-events"),
                     {{QStringLiteral("events"),
                       QJsonArray{event(e2, "print.receipt"), event(QUuid::createUuid(), "case.deliver")}}});
    CHECK(overlap.json.value(QStringLiteral("accepted")).toInt() == 1);
    CHECK(overlap.json.value(QStringLiteral("duplicates")).toInt() == 1);
    QJsonObject broken = event(QUuid::createUuid(), "x");
    broken.insert(QStringLiteral("actor"), 5);
    Reply refused =
        clerk->write("POST", QStringLiteral("/api/v1/audit-events"),
                     {{QStringLiteral("events"), QJsonArray{event(QUuid::createUuid(), "ok"), broken}}});
    CHECK(refused.status == 400);
    CHECK(refused.json.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("details"))
              .toObject()
              .value(QStringLiteral("field")) == QStringLiteral("events[1].actor"));
    CHECK(fx->count(QStringLiteral("audit_events")) == 3);
    Reply feed = supervisor->get(QStringLiteral("/api/v1/audit-events?limit=2"));
    CHECK(feed.json.value(QStringLiteral("events")).toArray().size() == 2);
    CHECK(feed.json.value(QStringLiteral("hasMore")).toBool());
}
