#include "sync/LocalCentralServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

// Waits for ready() or failed(); returns the URL or the reason.
std::pair<QUrl, QString> waitForStart(ow::LocalCentralServer& server)
{
    QUrl url;
    QString reason;
    QEventLoop loop;
    QObject::connect(&server, &ow::LocalCentralServer::ready, &loop, [&](const QUrl& ready) {
        url = ready;
        loop.quit();
    });
    QObject::connect(&server, &ow::LocalCentralServer::failed, &loop, [&](const QString& why) {
        reason = why;
        loop.quit();
    });
    loop.exec();
    return {url, reason};
}

int healthStatus(const QUrl& base)
{
    QNetworkAccessManager network;
    QNetworkReply* reply =
        network.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/api/v1/health")))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

TEST_CASE("Demo mode's central server starts on a loopback port, answers, keeps its data and stops")
{
    QTemporaryDir dir;
    ow::LocalCentralServer server;
    server.start(QStringLiteral(ONEWINDOW_CENTRAL_EXE), dir.filePath(QStringLiteral("central")));
    const auto [url, reason] = waitForStart(server);
    REQUIRE(reason.isEmpty());
    CHECK(url.host() == QStringLiteral("127.0.0.1"));
    CHECK(url.port() > 0);
    CHECK(healthStatus(url) == 200);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("central/central.db"))));

    QSignalSpy failures(&server, &ow::LocalCentralServer::failed);
    server.stop();
    CHECK_FALSE(server.isRunning());
    CHECK(failures.isEmpty()); // a requested stop is not a failure
}

TEST_CASE("A missing or broken demo central server is a clear reason, not a hang")
{
    QTemporaryDir dir;
    SECTION("not installed")
    {
        ow::LocalCentralServer server;
        server.start(QString(), dir.path());
        const auto [url, reason] = waitForStart(server);
        CHECK_FALSE(url.isValid());
        CHECK(reason.contains(QStringLiteral("not installed")));
    }
    SECTION("exits at once")
    {
        ow::LocalCentralServer server;
        server.start(QStringLiteral("/bin/false"), dir.path());
        const auto [url, reason] = waitForStart(server);
        CHECK_FALSE(url.isValid());
        CHECK(reason.contains(QStringLiteral("stopped")));
    }
    SECTION("says nothing in time")
    {
        ow::LocalCentralServer server;
        QFile script(dir.filePath(QStringLiteral("silent.sh")));
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nsleep 30\n");
        script.close();
        script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        server.start(script.fileName(), dir.filePath(QStringLiteral("data")), 500);
        const auto [url, reason] = waitForStart(server);
        CHECK_FALSE(url.isValid());
        CHECK(reason.contains(QStringLiteral("did not start in time")));
        CHECK_FALSE(server.isRunning());
    }
}
