// The window's link end to end against the reference server: an online sign-in delivers the outbox,
// the refresh token is kept in the real keychain; a restart with the server down signs in offline, and
// when the server is back the kept token brings the window online and the work is delivered.

#include "sync/CentralLink.h"

#include "ServerFixture.h"
#include "SyncHarness.h"
#include "sync/SignInService.h"
#include "sync/SignInTypes.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;
using ow::central::test::Backend;
using ow::central::test::ServerFixture;
using ow::test::SyncHarness;

namespace {

int serverCases(ServerFixture& fx)
{
    return fx.count(QStringLiteral("cases"));
}

SignInRequest wangli(const QUrl& server)
{
    return {
        server, QStringLiteral("wangli"), QStringLiteral("demo-wangli"), QStringLiteral("420800-01-007"), {}};
}

} // namespace

TEST_CASE("The link signs in online, delivers, and after a restart offline comes back with the kept token",
          "[sync][link]")
{
    auto fx = ServerFixture::start(Backend::Sqlite);
    REQUIRE(fx);
    SyncHarness h;
    h.addCase(1, 4096);
    {
        CentralLink link(*h.db, *h.blobs, h.clock);
        link.connectTo(fx->url());
        QSignalSpy signedIn(link.signIn(), &SignInService::signedIn);
        link.signIn()->signIn(wangli(fx->url()));
        REQUIRE(signedIn.wait(20000));
        CHECK(signedIn.at(0).at(1).toBool()); // online
        REQUIRE(QTest::qWaitFor([&] { return serverCases(*fx) == 1 && h.pending() == 0; }, 20000));
    } // the program ends; the refresh token stays in the keychain

    h.addCase(1, 4096);
    const quint16 port = static_cast<quint16>(fx->url().port());
    const QList<QTcpServer*> listeners = fx->server().servers();
    for (QTcpServer* listener : listeners)
        listener->close();

    CentralLink link(*h.db, *h.blobs, h.clock);
    link.setReconnectInterval(200);
    link.connectTo(fx->url());
    QSignalSpy signedIn(link.signIn(), &SignInService::signedIn);
    QSignalSpy online(link.signIn(), &SignInService::wentOnline);
    link.signIn()->signIn(wangli(fx->url()));
    REQUIRE(signedIn.wait(20000));
    CHECK_FALSE(signedIn.at(0).at(1).toBool()); // offline: the server cannot be reached
    QTest::qWait(500);
    CHECK(h.pending() == 2); // the second case and its page: kept, waiting

    for (QTcpServer* listener : listeners)
        REQUIRE(listener->listen(QHostAddress::LocalHost, port));
    REQUIRE(online.wait(20000));
    REQUIRE(QTest::qWaitFor([&] { return serverCases(*fx) == 2 && h.pending() == 0; }, 20000));

    // Sign-out forgets the kept token: the next offline sign-in has nothing to come back with.
    QSignalSpy signedOut(link.signIn(), &SignInService::signedOut);
    link.signIn()->signOut();
    REQUIRE(signedOut.wait(10000));
    bool kept = true;
    link.signIn()->readKeptRefreshToken([&kept](std::optional<QString> token) { kept = token.has_value(); });
    REQUIRE(QTest::qWaitFor([&] { return !kept; }, 5000));
}

TEST_CASE("A refused password signs nobody in, online or offline", "[sync][link]")
{
    auto fx = ServerFixture::start(Backend::Sqlite);
    REQUIRE(fx);
    SyncHarness h;
    CentralLink link(*h.db, *h.blobs, h.clock);
    link.connectTo(fx->url());
    QSignalSpy failed(link.signIn(), &SignInService::signInFailed);
    SignInRequest request = wangli(fx->url());
    request.password = QStringLiteral("wrong");
    link.signIn()->signIn(request);
    REQUIRE(failed.wait(20000));
    CHECK(failed.at(0).at(0).value<Error>().code == QStringLiteral("auth.invalidCredentials"));
    CHECK_FALSE(link.signIn()->isSignedIn());
}

TEST_CASE("A window key becomes the login body's window", "[sync][link]")
{
    const QJsonObject window = CentralLink::windowObject(QStringLiteral("420800-01-007"));
    CHECK(window.value(QLatin1String("region")).toString() == QStringLiteral("420800"));
    CHECK(window.value(QLatin1String("hall")).toInt() == 1);
    CHECK(window.value(QLatin1String("number")).toInt() == 7);
    CHECK(CentralLink::windowObject(QStringLiteral("42080-01-007")).isEmpty());
    CHECK(CentralLink::windowObject(QStringLiteral("420800-x-007")).isEmpty());
}
