// Sign-in, roles, the window a user sits at, token expiry, refresh rotation and reuse detection.

#include "ServerFixture.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

TEMPLATE_TEST_CASE("login gives tokens with the role and the window and throttles wrong passwords",
                   "[server][auth]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->client();

    Reply clerk = api->login(QStringLiteral("wangli"));
    REQUIRE(clerk.status == 200);
    CHECK(clerk.json.value(QStringLiteral("tokenType")).toString() == QStringLiteral("Bearer"));
    CHECK(clerk.json.value(QStringLiteral("accessToken")).toString().startsWith(QStringLiteral("owa_")));
    CHECK(clerk.json.value(QStringLiteral("refreshToken")).toString().startsWith(QStringLiteral("owr_")));
    CHECK(clerk.json.value(QStringLiteral("expiresIn")).toInt() == 900);
    const QJsonObject user = clerk.json.value(QStringLiteral("user")).toObject();
    CHECK(user.value(QStringLiteral("role")).toString() == QStringLiteral("clerk"));
    CHECK(user.value(QStringLiteral("name")).toString() == QStringLiteral("王丽"));
    CHECK(user.value(QStringLiteral("window")).toObject().value(QStringLiteral("key")).toString() ==
          QStringLiteral("420800-01-007"));
    Reply me = api->get(QStringLiteral("/api/v1/auth/me"));
    CHECK(me.status == 200);
    CHECK(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString() ==
          QStringLiteral("wangli"));

    // Another window than the home one, and a window that does not exist.
    const QJsonObject window3{{QStringLiteral("region"), QStringLiteral("420800")},
                              {QStringLiteral("hall"), 1},
                              {QStringLiteral("number"), 3}};
    Reply elsewhere = api->login(QStringLiteral("liqiang"), {{QStringLiteral("window"), window3}});
    REQUIRE(elsewhere.status == 200);
    CHECK(elsewhere.json.value(QStringLiteral("user"))
              .toObject()
              .value(QStringLiteral("window"))
              .toObject()
              .value(QStringLiteral("number")) == 3);
    QJsonObject window99 = window3;
    window99.insert(QStringLiteral("number"), 99);
    Reply unknown = api->login(QStringLiteral("liqiang"), {{QStringLiteral("window"), window99}});
    CHECK(unknown.status == 422);
    CHECK(unknown.errorCode() == QStringLiteral("auth.unknownWindow"));

    Reply supervisor = api->login(QStringLiteral("zhaomin"));
    REQUIRE(supervisor.status == 200);
    CHECK(supervisor.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString() ==
          QStringLiteral("supervisor"));
    CHECK(supervisor.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("window")).isNull());
    Reply dispatch = api->login(QStringLiteral("chengang"));
    REQUIRE(dispatch.status == 200);
    CHECK(dispatch.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString() ==
          QStringLiteral("dispatch"));

    // Roles: a dispatcher may not take tickets, a clerk may not read the ratings.
    CHECK(api->write("POST", QStringLiteral("/api/v1/queue/tickets"),
                     {{QStringLiteral("queue"), QStringLiteral("A")}})
              .errorCode() == QStringLiteral("auth.forbidden"));
    api->login(QStringLiteral("wangli"));
    Reply forbidden = api->get(QStringLiteral("/api/v1/ratings"));
    CHECK(forbidden.status == 403);
    CHECK(forbidden.errorCode() == QStringLiteral("auth.forbidden"));

    // No token, a made-up token.
    api->setToken({});
    Reply anonymous = api->get(QStringLiteral("/api/v1/catalog/items"));
    CHECK(anonymous.status == 401);
    CHECK(anonymous.errorCode() == QStringLiteral("auth.tokenMissing"));
    CHECK(anonymous.header("WWW-Authenticate") == "Bearer");
    api->setToken(QStringLiteral("owa_madeup"));
    CHECK(api->get(QStringLiteral("/api/v1/catalog/items")).errorCode() ==
          QStringLiteral("auth.invalidToken"));

    // Unknown user and wrong password look the same; the sixth wrong password in five minutes is 429.
    CHECK(api->login(QStringLiteral("nobody")).errorCode() == QStringLiteral("auth.invalidCredentials"));
    for (int attempt = 0; attempt < 5; ++attempt) {
        Reply wrong =
            api->login(QStringLiteral("zhouyan"), {{QStringLiteral("password"), QStringLiteral("wrong")}});
        CHECK(wrong.status == 401);
        CHECK(wrong.errorCode() == QStringLiteral("auth.invalidCredentials"));
    }
    Reply throttled = api->login(QStringLiteral("zhouyan"));
    CHECK(throttled.status == 429);
    CHECK(throttled.errorCode() == QStringLiteral("auth.tooManyAttempts"));
    CHECK(throttled.errorRetryable());
    CHECK(throttled.header("Retry-After").toInt() > 0);
    fx->clock().advanceSeconds(301);
    CHECK(api->login(QStringLiteral("zhouyan")).status == 200);
}

TEMPLATE_TEST_CASE("access tokens expire and refresh rotates and a reused refresh token ends the sign-in",
                   "[server][auth]", OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->client();
    Reply first = api->login(QStringLiteral("wangli"));
    REQUIRE(first.status == 200);
    const QString refresh1 = first.json.value(QStringLiteral("refreshToken")).toString();
    const auto refresh = [&](const QString& token) {
        return api->send("POST", QStringLiteral("/api/v1/auth/refresh"),
                         QStringLiteral("{\"refreshToken\":\"%1\"}").arg(token).toUtf8());
    };

    fx->clock().advanceSeconds(901);
    Reply expired = api->get(QStringLiteral("/api/v1/auth/me"));
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == QStringLiteral("auth.tokenExpired"));

    Reply second = refresh(refresh1);
    REQUIRE(second.status == 200);
    const QString refresh2 = second.json.value(QStringLiteral("refreshToken")).toString();
    CHECK(refresh2 != refresh1);
    CHECK(second.json.value(QStringLiteral("user"))
              .toObject()
              .value(QStringLiteral("window"))
              .toObject()
              .value(QStringLiteral("key")) == QStringLiteral("420800-01-007"));

    // The answer was lost: the same refresh token again within the grace period, the lost pair
    // never used: a new pair, and the lost one no longer works.
    fx->clock().advanceSeconds(5);
    Reply again = refresh(refresh1);
    REQUIRE(again.status == 200);
    const QString refresh3 = again.json.value(QStringLiteral("refreshToken")).toString();
    CHECK(refresh(refresh2).errorCode() == QStringLiteral("auth.sessionRevoked"));

    // Use the new pair; the old token coming back now is theft: everything of this sign-in ends.
    api->setToken(again.json.value(QStringLiteral("accessToken")).toString());
    REQUIRE(api->get(QStringLiteral("/api/v1/auth/me")).status == 200);
    Reply reused = refresh(refresh1);
    CHECK(reused.status == 401);
    CHECK(reused.errorCode() == QStringLiteral("auth.refreshTokenReused"));
    CHECK(api->get(QStringLiteral("/api/v1/auth/me")).errorCode() == QStringLiteral("auth.tokenRevoked"));
    CHECK(refresh(refresh3).errorCode() == QStringLiteral("auth.sessionRevoked"));

    // Refresh tokens expire too; logout ends the sign-in.
    Reply fresh = api->login(QStringLiteral("wangli"));
    fx->clock().advanceSeconds(7 * 24 * 3600 + 1);
    CHECK(refresh(fresh.json.value(QStringLiteral("refreshToken")).toString()).errorCode() ==
          QStringLiteral("auth.refreshTokenExpired"));
    Reply last = api->login(QStringLiteral("wangli"));
    CHECK(api->send("POST", QStringLiteral("/api/v1/auth/logout")).status == 204);
    CHECK(api->get(QStringLiteral("/api/v1/auth/me")).errorCode() == QStringLiteral("auth.tokenRevoked"));
    CHECK(refresh(last.json.value(QStringLiteral("refreshToken")).toString()).errorCode() ==
          QStringLiteral("auth.sessionRevoked"));
    CHECK(refresh(QStringLiteral("owr_unknown")).errorCode() == QStringLiteral("auth.invalidRefreshToken"));
}

TEMPLATE_TEST_CASE("a window is registered to one computer until a supervisor releases it", "[server][auth]",
                   OnSqlite, OnPostgres)
{
    OW_START_SERVER(fx);
    auto api = fx->client();
    const QJsonObject deviceA{{QStringLiteral("deviceId"), QStringLiteral("pc-a")}};
    const QJsonObject deviceB{{QStringLiteral("deviceId"), QStringLiteral("pc-b")}};
    CHECK(api->login(QStringLiteral("wangli"), deviceA).status == 200);
    CHECK(api->login(QStringLiteral("liqiang"), deviceA).status == 200); // same computer, another clerk
    Reply twin = api->login(QStringLiteral("liqiang"), deviceB);
    CHECK(twin.status == 409);
    CHECK(twin.errorCode() == QStringLiteral("window.claimedByAnotherDevice"));

    auto supervisor = fx->signedIn(QStringLiteral("zhaomin"));
    Reply windows = supervisor->get(QStringLiteral("/api/v1/windows"));
    REQUIRE(windows.status == 200);
    CHECK(windows.json.value(QStringLiteral("windows")).toArray().size() == 4);
    CHECK(supervisor->write("POST", QStringLiteral("/api/v1/windows/420800-01-007/release"), {}).status ==
          200);
    CHECK(api->login(QStringLiteral("liqiang"), deviceB).status == 200);
    CHECK(api->write("POST", QStringLiteral("/api/v1/windows/420800-01-007/release"), {}).status == 403);
}
