// Bad requests: malformed JSON, wrong types, huge bodies, unknown paths: the one error format, and
// nothing applied half-way.

#include "CaseSamples.h"
#include "ServerFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

namespace {

// Every error answer has exactly {"error": {"code", "message", "retryable"[, "details"]}}.
void checkErrorFormat(const Reply& reply)
{
    INFO(reply.body.toStdString());
    CHECK(reply.header("Content-Type") == "application/json");
    REQUIRE(reply.json.keys() == QStringList{QStringLiteral("error")});
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).isString());
    CHECK(!error.value(QStringLiteral("message")).toString().isEmpty());
    CHECK(error.value(QStringLiteral("retryable")).isBool());
    for (const QString& key : error.keys())
        CHECK((key == QStringLiteral("code") || key == QStringLiteral("message") ||
               key == QStringLiteral("retryable") || key == QStringLiteral("details")));
}

} // namespace

TEMPLATE_TEST_CASE("bad requests get the one error format and change nothing", "[server][errors]", OnSqlite,
                   OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->signedIn(QStringLiteral("wangli"));
    const QUuid uuid = QUuid::createUuid();
    const QByteArray good = QJsonDocument(sampleCase(uuid, 1)).toJson(QJsonDocument::Compact);

    Reply malformed = api->writeRaw("PUT", casePath(uuid), good.left(good.size() - 7));
    CHECK(malformed.status == 400);
    CHECK(malformed.errorCode() == QStringLiteral("request.malformedJson"));
    checkErrorFormat(malformed);

    Reply array = api->writeRaw("PUT", casePath(uuid), "[1,2,3]");
    CHECK(array.status == 400);
    CHECK(array.errorCode() == QStringLiteral("request.notAnObject"));
    checkErrorFormat(array);

    QJsonObject wrongType = sampleCase(uuid, 1);
    wrongType.insert(QStringLiteral("itemCodes"), QStringLiteral("HB-JM-010001"));
    Reply typed = api->write("PUT", casePath(uuid), wrongType);
    CHECK(typed.status == 400);
    CHECK(typed.errorCode() == QStringLiteral("request.invalidField"));
    CHECK(typed.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject() ==
          QJsonObject{{QStringLiteral("field"), QStringLiteral("itemCodes")},
                      {QStringLiteral("expected"), QStringLiteral("an array")}});
    checkErrorFormat(typed);

    QJsonObject deep = sampleCase(uuid, 1);
    QJsonArray materials = deep.value(QStringLiteral("materials")).toArray();
    QJsonObject material = materials[0].toObject();
    material.insert(QStringLiteral("pageCount"), QStringLiteral("three"));
    materials[0] = material;
    deep.insert(QStringLiteral("materials"), materials);
    Reply nested = api->write("PUT", casePath(uuid), deep);
    CHECK(nested.json.value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("details"))
              .toObject()
              .value(QStringLiteral("field")) == QStringLiteral("materials[0].pageCount"));

    QJsonObject unknownStatus = sampleCase(uuid, 1);
    unknownStatus.insert(QStringLiteral("status"), QStringLiteral("lost"));
    Reply status = api->write("PUT", casePath(uuid), unknownStatus);
    CHECK(status.status == 422);
    CHECK(status.errorCode() == QStringLiteral("case.unknownStatus"));
    checkErrorFormat(status);

    // 2 MiB of JSON: over the 1 MiB limit of JSON bodies.
    QJsonObject huge = sampleCase(uuid, 1);
    huge.insert(QStringLiteral("padding"), QString(2 * 1024 * 1024, QLatin1Char('x')));
    Reply tooLarge = api->write("PUT", casePath(uuid), huge);
    CHECK(tooLarge.status == 413);
    CHECK(tooLarge.errorCode() == QStringLiteral("request.tooLarge"));
    checkErrorFormat(tooLarge);

    Reply notFound = api->get(QStringLiteral("/api/v1/nothing"));
    CHECK(notFound.status == 404);
    CHECK(notFound.errorCode() == QStringLiteral("route.notFound"));
    checkErrorFormat(notFound);
    Reply method = api->send("DELETE", QStringLiteral("/api/v1/health"));
    CHECK(method.status == 405);
    CHECK(method.header("Allow") == "GET");
    checkErrorFormat(method);
    checkErrorFormat(
        api->get(QStringLiteral("/api/v1/cases/") + QUuid::createUuid().toString(QUuid::WithoutBraces)));

    CHECK(fx->count(QStringLiteral("cases")) == 0);
    CHECK(fx->count(QStringLiteral("case_events")) == 0);
    CHECK(fx->count(QStringLiteral("idempotency")) == 0);
    CHECK(api->write("PUT", casePath(uuid), sampleCase(uuid, 1)).status == 201);
}

TEMPLATE_TEST_CASE("a request declaring a body over the connection limit is refused before it is read",
                   "[server][errors]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    QTcpSocket socket;
    socket.connectToHost(fx->url().host(), quint16(fx->url().port()));
    socket.write("PUT /api/v1/materials/x/chunks/0 HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Length: 1073741824\r\nContent-Type: application/octet-stream\r\n\r\n");
    socket.write(QByteArray(64 * 1024, 'x'));
    // The server runs in this thread: let its event loop turn (no blocking waits).
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("}}") && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        answer += socket.readAll();
    }
    INFO(answer.toStdString());
    CHECK(answer.startsWith("HTTP/1.1 413 "));
    CHECK(answer.contains("\"request.tooLarge\""));
    CHECK(answer.contains("Connection: close"));
}
