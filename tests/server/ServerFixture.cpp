#include "ServerFixture.h"

#include "CentralDatabase.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <catch2/catch.hpp>
#include <iostream>

namespace ow::central::test {

namespace {

// Runs one statement on the PostgreSQL server named by `url` (a fresh connection each time).
bool adminExec(const QString& url, const QString& sql, QString* error = nullptr)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(url, QString());
    if (!location || location->dialect != SqlDialect::Postgres) {
        if (error)
            *error = QStringLiteral("ONEWINDOW_TEST_PG is not a postgres:// URL: %1").arg(url);
        return false;
    }
    const QString name = QStringLiteral("ow.test.admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(location->user);
        db.setPassword(location->password);
        db.setDatabaseName(location->database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

std::unique_ptr<TestDatabase> TestDatabase::create(Backend backend)
{
    std::unique_ptr<TestDatabase> database(new TestDatabase);
    database->m_backend = backend;
    REQUIRE(database->m_dir.isValid());
    if (backend == Backend::Sqlite)
        return database;
    const QString admin = qEnvironmentVariable("ONEWINDOW_TEST_PG");
    if (admin.isEmpty()) {
        std::cout << "SKIPPED: ONEWINDOW_TEST_PG is not set, so this PostgreSQL case did not run "
                     "(export ONEWINDOW_TEST_PG=$(bash tests/server/start-postgres.sh))"
                  << std::endl;
        WARN("SKIPPED: ONEWINDOW_TEST_PG is not set");
        return nullptr;
    }
    database->m_adminUrl = admin;
    database->m_name =
        QStringLiteral("ow_test_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QString error;
    INFO("creating a test database on " << admin.toStdString());
    if (!adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(database->m_name), &error))
        FAIL("cannot create a PostgreSQL test database: " << error.toStdString());
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + database->m_name);
    database->m_url = url.toString();
    return database;
}

TestDatabase::~TestDatabase()
{
    if (!m_name.isEmpty())
        adminExec(m_adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

ServerFixture::ServerFixture()
    : m_clock(QDateTime::currentDateTime())
{}

ServerFixture::~ServerFixture()
{
    m_server.reset(); // closes its connection before the database is dropped
    m_database.reset();
}

std::unique_ptr<ServerFixture> ServerFixture::start(Backend backend, const Tweak& tweak)
{
    std::unique_ptr<ServerFixture> fixture(new ServerFixture);
    fixture->m_database = TestDatabase::create(backend);
    if (!fixture->m_database)
        return nullptr;
    ServerConfig config;
    config.port = 0;
    config.dataDir = fixture->m_database->dataDir();
    config.database = fixture->m_database->databaseUrl();
    config.seed = SeedKind::Demo;
    config.passwordIterations = testPasswordIterations;
    if (tweak)
        tweak(config);
    Result<std::unique_ptr<CentralServer>> server = CentralServer::create(config, &fixture->m_clock);
    if (!server)
        FAIL("cannot create the server: " << server.error().message.toStdString());
    fixture->m_server = std::move(server).value();
    const Result<QUrl> url = fixture->m_server->start();
    if (!url)
        FAIL("cannot start the server: " << url.error().message.toStdString());
    return fixture;
}

std::unique_ptr<ApiClient> ServerFixture::signedIn(const QString& login) const
{
    auto api = client();
    const Reply reply = api->login(login);
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return api;
}

int ServerFixture::count(const QString& table, const QString& where)
{
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1%2")
                            .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    return m_server->database().scalar(sql).toInt();
}

} // namespace ow::central::test
