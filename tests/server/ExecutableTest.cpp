// The onewindow-central executable: its machine-readable start line, its options, a restart on the
// same data, fault flags, TLS. (tests/server/data/test-*.pem: a self-signed certificate for localhost
// and 127.0.0.1, valid until 2126, for these tests only.)

#include "CaseSamples.h"
#include "CentralSeeder.h"
#include "ServerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace ow::central;
using namespace ow::central::test;

namespace {

// One run of the executable; stopped (SIGTERM) when destroyed.
class CentralProcess
{
public:
    explicit CentralProcess(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(ONEWINDOW_CENTRAL_EXE));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~CentralProcess() { stop(); }

    // Waits for "onewindow-central listening on <url>"; empty when the process ended instead.
    QUrl waitForUrl()
    {
        const QByteArray prefix = "onewindow-central listening on ";
        for (int i = 0; i < 600; ++i) {
            m_process.waitForReadyRead(100);
            m_stdout += m_process.readAllStandardOutput();
            const qsizetype at = m_stdout.indexOf(prefix);
            const qsizetype end = m_stdout.indexOf('\n', at);
            if (at >= 0 && end > at)
                return QUrl(
                    QString::fromUtf8(m_stdout.mid(at + prefix.size(), end - at - prefix.size()).trimmed()));
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        return {};
    }
    int waitForExit()
    {
        m_process.waitForFinished(30000);
        m_stdout += m_process.readAllStandardOutput();
        return m_process.exitCode();
    }
    QString output() { return QString::fromUtf8(m_stdout + m_process.readAllStandardError()); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    QByteArray m_stdout;
};

QStringList baseArguments(const TestDatabase& database)
{
    QStringList arguments{QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--data-dir"),
                          database.dataDir(),
                          QStringLiteral("--pbkdf2-iterations"),
                          QString::number(testPasswordIterations)};
    if (!database.databaseUrl().isEmpty())
        arguments << QStringLiteral("--database") << database.databaseUrl();
    return arguments;
}

QString testData(const char* name)
{
    return QStringLiteral(ONEWINDOW_SOURCE_DIR "/tests/server/data/") + QLatin1String(name);
}

} // namespace

TEMPLATE_TEST_CASE("the executable prints where it listens and serves and keeps its data across a restart",
                   "[server][executable]", OnSqlite, OnPostgres)
{
    auto database = TestDatabase::create(TestType::backend);
    if (!database)
        return;
    const QByteArray file = materialBytes(1500000, 5);
    const QString sha = sha256Hex(file);
    const QUuid uuid = QUuid::createUuid();
    {
        CentralProcess server(baseArguments(*database) << QStringLiteral("--seed") << QStringLiteral("demo"));
        const QUrl url = server.waitForUrl();
        INFO(server.output().toStdString());
        REQUIRE(url.isValid());
        CHECK(url.scheme() == QStringLiteral("http"));
        CHECK(url.host() == QStringLiteral("127.0.0.1"));
        CHECK(url.port() > 0);
        ApiClient api(url);
        Reply health = api.get(QStringLiteral("/api/v1/health"));
        REQUIRE(health.status == 200);
        CHECK(health.json.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
        CHECK(health.json.value(QStringLiteral("database")).toString() ==
              (TestType::backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres")));
        REQUIRE(api.login(QStringLiteral("wangli")).status == 200);
        REQUIRE(api.write("POST", QStringLiteral("/api/v1/materials"),
                          {{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), file.size()}})
                    .status == 201);
        REQUIRE(api.writeRaw("PUT", QStringLiteral("/api/v1/materials/%1/chunks/0").arg(sha), file,
                             QUuid::createUuid(), "application/octet-stream")
                    .json.value(QStringLiteral("state")) == QStringLiteral("complete"));
        REQUIRE(api.write("PUT", casePath(uuid), sampleCase(uuid, 1, {sha})).status == 201);
    }
    CentralProcess again(baseArguments(*database));
    const QUrl url = again.waitForUrl();
    INFO(again.output().toStdString());
    REQUIRE(url.isValid());
    ApiClient api(url);
    REQUIRE(api.login(QStringLiteral("wangli")).status == 200);
    Reply stored = api.get(casePath(uuid));
    CHECK(stored.status == 200);
    CHECK(stored.json.value(QStringLiteral("materials"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("blobs")) == QJsonArray{sha});
    CHECK(api.get(QStringLiteral("/api/v1/materials/%1/content").arg(sha)).body == file);
}

TEMPLATE_TEST_CASE("the executable's fault flags inject faults", "[server][executable][faults]", OnSqlite,
                   OnPostgres)
{
    auto database = TestDatabase::create(TestType::backend);
    if (!database)
        return;
    {
        CentralProcess server(baseArguments(*database)
                              << QStringLiteral("--seed") << QStringLiteral("demo")
                              << QStringLiteral("--fail-rate") << QStringLiteral("1")
                              << QStringLiteral("--fault-seed") << QStringLiteral("7")
                              << QStringLiteral("--latency-ms") << QStringLiteral("200"));
        const QUrl url = server.waitForUrl();
        INFO(server.output().toStdString());
        REQUIRE(url.isValid());
        ApiClient api(url);
        CHECK(api.get(QStringLiteral("/api/v1/health")).status == 200);
        for (int i = 0; i < 6; ++i) {
            Reply login = api.login(QStringLiteral("wangli"));
            CHECK((login.status == 500 || login.status == 503));
            CHECK(login.errorCode() == QStringLiteral("fault.injected"));
            CHECK(login.elapsedMs >= 200);
        }
    }
    CentralProcess dropping(baseArguments(*database) << QStringLiteral("--drop-rate") << QStringLiteral("1"));
    const QUrl url = dropping.waitForUrl();
    INFO(dropping.output().toStdString());
    REQUIRE(url.isValid());
    ApiClient api(url);
    CHECK(api.get(QStringLiteral("/api/v1/health")).status == 200); // health is never faulted
    for (int i = 0; i < 4; ++i) {
        Reply dropped = api.login(QStringLiteral("wangli"));
        CHECK(dropped.error != QNetworkReply::NoError);
        CHECK(dropped.json.isEmpty());
    }
}

TEST_CASE("the executable serves HTTPS with --tls-cert and --tls-key", "[server][executable][tls]")
{
    QTemporaryDir dir;
    CentralProcess server({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                           dir.path(), QStringLiteral("--seed"), QStringLiteral("demo"),
                           QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000"),
                           QStringLiteral("--tls-cert"), testData("test-cert.pem"),
                           QStringLiteral("--tls-key"), testData("test-key.pem")});
    const QUrl url = server.waitForUrl();
    INFO(server.output().toStdString());
    REQUIRE(url.scheme() == QStringLiteral("https"));
    ApiClient api(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(testData("test-cert.pem")));
    api.setTlsConfiguration(tls);
    CHECK(api.get(QStringLiteral("/api/v1/health")).status == 200);
    CHECK(api.login(QStringLiteral("wangli")).status == 200);
    CHECK(api.get(QStringLiteral("/api/v1/catalog/items?limit=1"))
              .json.value(QStringLiteral("items"))
              .toArray()
              .size() == 1);

    ApiClient untrusting(url); // the system's CAs do not know the test certificate
    CHECK(untrusting.get(QStringLiteral("/api/v1/health")).error == QNetworkReply::SslHandshakeFailedError);
}

TEST_CASE("the executable refuses bad options with a message", "[server][executable]")
{
    QTemporaryDir dir;
    const auto run = [&](QStringList arguments) {
        CentralProcess process(arguments << QStringLiteral("--data-dir") << dir.path());
        const int status = process.waitForExit();
        return std::make_pair(status, process.output());
    };
    auto [badRate, rateText] = run({QStringLiteral("--fail-rate"), QStringLiteral("2")});
    CHECK(badRate == 64);
    CHECK(rateText.contains(QStringLiteral("--fail-rate")));
    auto [badDb, dbText] = run({QStringLiteral("--database"), QStringLiteral("mysql://x/y")});
    CHECK(badDb == 1);
    CHECK(dbText.contains(QStringLiteral("--database")));
    auto [help, helpText] = run({QStringLiteral("--help")});
    CHECK(help == 0);
    CHECK(helpText.contains(QStringLiteral("--drop-rate")));
    auto [tls, tlsText] = run({QStringLiteral("--tls-cert"), testData("test-cert.pem")});
    CHECK(tls == 64);
    if (!CentralSeeder::fullCatalogAvailable()) {
        auto [full, fullText] = run({QStringLiteral("--seed"), QStringLiteral("full"),
                                     QStringLiteral("--port"), QStringLiteral("0")});
        CHECK(full == 1);
        CHECK(fullText.contains(QStringLiteral("not available")));
    }
}
