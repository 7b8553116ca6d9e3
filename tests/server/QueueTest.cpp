// The hall's queue: tickets, call, recall, transfer, no-show, serving.

#include "ServerFixture.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

namespace {

QJsonObject ticketOf(const Reply& reply)
{
    return reply.json.value(QStringLiteral("ticket")).toObject();
}

QString ticketPath(const QJsonObject& ticket, const char* action)
{
    return QStringLiteral("/api/v1/queue/tickets/%1/%2")
        .arg(ticket.value(QStringLiteral("id")).toString(), QLatin1String(action));
}

} // namespace

TEMPLATE_TEST_CASE("tickets are called and recalled and transferred and marked no-show", "[server][queue]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto window7 = fx->signedIn(QStringLiteral("wangli"));
    auto window3 = fx->signedIn(QStringLiteral("sunhao"));
    const auto take = [&](const char* queue) {
        Reply reply = window7->write("POST", QStringLiteral("/api/v1/queue/tickets"),
                                     {{QStringLiteral("queue"), QLatin1String(queue)}});
        REQUIRE(reply.status == 201);
        return ticketOf(reply);
    };
    CHECK(take("A").value(QStringLiteral("number")).toString() == QStringLiteral("A001"));
    CHECK(take("A").value(QStringLiteral("number")).toString() == QStringLiteral("A002"));
    CHECK(take("B").value(QStringLiteral("number")).toString() == QStringLiteral("B001"));
    CHECK(take("A").value(QStringLiteral("number")).toString() == QStringLiteral("A003"));
    CHECK(window7
              ->write("POST", QStringLiteral("/api/v1/queue/tickets"),
                      {{QStringLiteral("queue"), QStringLiteral("a1")}})
              .errorCode() == QStringLiteral("queue.invalidQueue"));

    const auto call = [](ApiClient& api, const QJsonArray& queues) {
        return ticketOf(
            api.write("POST", QStringLiteral("/api/v1/queue/call"), {{QStringLiteral("queues"), queues}}));
    };
    const QJsonObject a1 = call(*window7, {QStringLiteral("A")});
    CHECK(a1.value(QStringLiteral("number")).toString() == QStringLiteral("A001"));
    CHECK(a1.value(QStringLiteral("status")).toString() == QStringLiteral("called"));
    CHECK(a1.value(QStringLiteral("window")).toString() == QStringLiteral("420800-01-007"));

    Reply recall = window7->write("POST", ticketPath(a1, "recall"), {});
    REQUIRE(recall.status == 200);
    CHECK(ticketOf(recall).value(QStringLiteral("recalls")).toInt() == 1);
    CHECK(window3->write("POST", ticketPath(a1, "recall"), {}).errorCode() ==
          QStringLiteral("queue.invalidTransition"));
    Reply noShow = window7->write("POST", ticketPath(a1, "no-show"), {});
    CHECK(ticketOf(noShow).value(QStringLiteral("status")).toString() == QStringLiteral("noShow"));
    CHECK(window7->write("POST", ticketPath(a1, "recall"), {}).status == 409);

    // A002 goes to window 3: it waits there with priority, before B001.
    const QJsonObject a2 = call(*window7, {});
    CHECK(a2.value(QStringLiteral("number")).toString() == QStringLiteral("A002"));
    REQUIRE(window7->write("POST", ticketPath(a2, "start"), {}).status == 200);
    Reply moved = window7->write("POST", ticketPath(a2, "transfer"),
                                 {{QStringLiteral("queue"), QStringLiteral("B")},
                                  {QStringLiteral("window"), QStringLiteral("420800-01-003")}});
    REQUIRE(moved.status == 200);
    CHECK(ticketOf(moved).value(QStringLiteral("status")).toString() == QStringLiteral("waiting"));
    CHECK(ticketOf(moved).value(QStringLiteral("priority")).toBool());
    CHECK(window7
              ->write("POST", ticketPath(a2, "transfer"),
                      {{QStringLiteral("window"), QStringLiteral("420800-01-099")}})
              .errorCode() == QStringLiteral("queue.unknownWindow"));

    CHECK(call(*window7, {QStringLiteral("B")}).value(QStringLiteral("number")).toString() ==
          QStringLiteral("B001"));
    const QJsonObject atWindow3 = call(*window3, {QStringLiteral("B")});
    CHECK(atWindow3.value(QStringLiteral("number")).toString() == QStringLiteral("A002"));
    REQUIRE(window3->write("POST", ticketPath(atWindow3, "done"), {}).status == 200);
    CHECK(call(*window3, {QStringLiteral("B")}).isEmpty());

    Reply waiting = window7->get(QStringLiteral("/api/v1/queue/tickets?status=waiting"));
    REQUIRE(waiting.json.value(QStringLiteral("tickets")).toArray().size() == 1);
    CHECK(waiting.json.value(QStringLiteral("tickets"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("number")) == QStringLiteral("A003"));
    CHECK(window7->get(QStringLiteral("/api/v1/queue/tickets"))
              .json.value(QStringLiteral("tickets"))
              .toArray()
              .size() == 4);
}
