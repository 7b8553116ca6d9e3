#include "admin/HealthCheck.h"

#include "AdminFixtures.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace ow;
using namespace ow::test;
using H = HealthReport::Health;

namespace {

// A loopback HTTP server that answers every request with one fixed response, or never answers.
class FakeServer : public QTcpServer
{
public:
    explicit FakeServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_response.isEmpty() && m_request.contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QByteArray m_request;

private:
    QByteArray m_response;
};

QByteArray ok(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

HealthReport::Item itemOf(const HealthReport& report, const QString& section, const QString& label)
{
    for (const auto& item : report.items()) {
        if (item.section == section && item.label == label)
            return item;
    }
    return {};
}

const HealthCheck& run(HealthCheck& check)
{
    QSignalSpy finished(&check, &HealthCheck::finished);
    check.start();
    REQUIRE(finished.wait(10000));
    return check;
}

} // namespace

TEST_CASE("The health URL sits below the configured base", "[admin][check]")
{
    CHECK(HealthCheck::healthUrl(QUrl(QStringLiteral("https://c.example.cn/"))).toString() ==
          QStringLiteral("https://c.example.cn/api/v1/health"));
    CHECK(HealthCheck::healthUrl(QUrl(QStringLiteral("https://c.example.cn:8443/central"))).toString() ==
          QStringLiteral("https://c.example.cn:8443/central/api/v1/health"));
}

TEST_CASE("A configured window with a server that answers is healthy", "[admin][check]")
{
    FakeServer server(ok(R"({"status":"ok","version":"0.1.0"})"));
    REQUIRE(server.isListening());
    ConfigDirs dirs;
    dirs.writeSystem(completeSite + "[server]\nurl=" + server.url().toUtf8() + "\n");
    dirs.writeWindow("[site]\nwindow=7\nstaffName=王丽\n");
    HealthCheck check({dirs.root.filePath(QStringLiteral("data")), dirs.load(), 3000});
    run(check);

    const HealthReport& report = check.report();
    INFO(check.text().toStdString());
    CHECK(report.exitCode() == 0);
    CHECK(itemOf(report, QStringLiteral("Configuration"), QStringLiteral("Site")).health == H::Ok);
    CHECK(itemOf(report, QStringLiteral("Configuration"), QStringLiteral("Region")).detail ==
          QStringLiteral("湖北省 荆门市"));
    const auto health = itemOf(report, QStringLiteral("Central server"), QStringLiteral("Health"));
    CHECK(health.health == H::Ok);
    CHECK(health.detail.contains(QStringLiteral("server version 0.1.0")));
    CHECK(server.m_request.startsWith("GET /api/v1/health HTTP/1.1"));
    // The clerk's name is masked, and every value says where it came from.
    CHECK(check.text().contains(QStringLiteral("site/staffName: 王* (from the window file)")));
    CHECK(check.text().contains(QStringLiteral("site/hallName: 荆门市政务服务中心 (from the system file)")));
    CHECK(itemOf(report, QStringLiteral("Devices"), QStringLiteral("ID-card reader")).health == H::Note);
    // The keychain (this test runs with a Secret Service) keeps a test entry and gives it back.
    CHECK(itemOf(report, QStringLiteral("Keychain"), QStringLiteral("Refresh token")).health == H::Ok);
}

TEST_CASE("An unconfigured window, a missing reader and a dead server are problems", "[admin][check]")
{
    ConfigDirs dirs;
    SECTION("nothing configured")
    {
        HealthCheck check({dirs.root.filePath(QStringLiteral("data")), dirs.load(), 3000});
        run(check);
        CHECK(check.report().exitCode() == 1);
        CHECK(itemOf(check.report(), QStringLiteral("Configuration"), QStringLiteral("Site")).health ==
              H::Problem);
        CHECK(itemOf(check.report(), QStringLiteral("Central server"), QStringLiteral("Address")).health ==
              H::Warning);
    }
    SECTION("a reader port that does not exist")
    {
        dirs.writeSystem(completeSite + "[site]\nwindow=7\n[devices]\nreaderKind=serial-sam\n"
                                        "readerPort=ttyOneWindowMissing\n");
        HealthCheck check({dirs.root.filePath(QStringLiteral("data")), dirs.load(), 3000});
        run(check);
        const auto reader =
            itemOf(check.report(), QStringLiteral("Devices"), QStringLiteral("ID-card reader"));
        CHECK(reader.health == H::Problem);
        CHECK(reader.detail.contains(QStringLiteral("/dev/ttyOneWindowMissing not found")));
    }
    SECTION("a server that refuses the connection")
    {
        QTcpServer closed;
        REQUIRE(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        dirs.writeSystem(completeSite + "[site]\nwindow=7\n[server]\nurl=http://127.0.0.1:" +
                         QByteArray::number(port) + "\n");
        HealthCheck check({dirs.root.filePath(QStringLiteral("data")), dirs.load(), 3000});
        run(check);
        CHECK(check.report().exitCode() == 1);
        CHECK(itemOf(check.report(), QStringLiteral("Central server"), QStringLiteral("Health"))
                  .detail.contains(QStringLiteral("cannot be reached")));
    }
    SECTION("a server that never answers, within the timeout")
    {
        FakeServer silent{QByteArray()};
        dirs.writeSystem(completeSite + "[site]\nwindow=7\n[server]\nurl=" + silent.url().toUtf8() + "\n");
        HealthCheck check({dirs.root.filePath(QStringLiteral("data")), dirs.load(), 300});
        run(check);
        CHECK(itemOf(check.report(), QStringLiteral("Central server"), QStringLiteral("Health"))
                  .detail.contains(QStringLiteral("did not answer within 0.3 s")));
    }
    SECTION("a server that answers 503")
    {
        FakeServer busy("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        dirs.writeSystem(completeSite + "[site]\nwindow=7\n[server]\nurl=" + busy.url().toUtf8() + "\n");
        HealthCheck check({dirs.root.filePath(QStringLiteral("data")), dirs.load(), 3000});
        run(check);
        CHECK(itemOf(check.report(), QStringLiteral("Central server"), QStringLiteral("Health"))
                  .detail.contains(QStringLiteral("answered HTTP 503")));
    }
}
