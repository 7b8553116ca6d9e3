#pragma once

// ServerFixture: a central server for one test case: in-process on a loopback port with a fixed test
// clock, on a fresh SQLite folder or a fresh PostgreSQL database (ONEWINDOW_TEST_PG), seeded with the
// demo data. The PostgreSQL variant prints "SKIPPED: ONEWINDOW_TEST_PG ..." and is skipped when the
// variable is not set (CTest reports it as skipped).

#include "ApiClient.h"
#include "CentralServer.h"
#include "ServerConfig.h"
#include "core/Clock.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace ow::central::test {

enum class Backend
{
    Sqlite,
    Postgres
};

// The two types TEMPLATE_TEST_CASE runs every server test with.
struct OnSqlite
{
    static constexpr Backend backend = Backend::Sqlite;
};
struct OnPostgres
{
    static constexpr Backend backend = Backend::Postgres;
};

// A folder and (for PostgreSQL) a database of its own, dropped at the end.
class TestDatabase
{
public:
    // null when the backend is not available here (PostgreSQL without ONEWINDOW_TEST_PG): says SKIPPED.
    static std::unique_ptr<TestDatabase> create(Backend backend);
    ~TestDatabase();

    Backend backend() const { return m_backend; }
    QString dataDir() const { return m_dir.path(); }
    QString databaseUrl() const { return m_url; } // the --database value; empty for SQLite

private:
    TestDatabase() = default;
    Backend m_backend = Backend::Sqlite;
    QTemporaryDir m_dir;
    QString m_adminUrl;
    QString m_name;
    QString m_url;
};

class ServerFixture
{
public:
    using Tweak = std::function<void(ServerConfig&)>;
    static std::unique_ptr<ServerFixture> start(Backend backend, const Tweak& tweak = {});
    ~ServerFixture();

    CentralServer& server() { return *m_server; }
    FixedClock& clock() { return m_clock; }
    QUrl url() const { return m_server->url(); }
    TestDatabase& database() { return *m_database; }
    // A new client of this server (no token).
    std::unique_ptr<ApiClient> client() const { return std::make_unique<ApiClient>(m_server->url()); }
    // A client signed in as `login` (demo password).
    std::unique_ptr<ApiClient> signedIn(const QString& login) const;
    // How many rows `table` has, straight from the database.
    int count(const QString& table, const QString& where = {});

private:
    ServerFixture();
    FixedClock m_clock;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<CentralServer> m_server;
};

// Seeds for the suite: few PBKDF2 iterations so that signing in is quick.
constexpr int testPasswordIterations = 1000;

} // namespace ow::central::test

// Starts the fixture `fx` for TestType's backend, or returns from the test case when it is skipped.
#define OW_START_SERVER(fx, ...)                                                                             \
    auto fx = ::ow::central::test::ServerFixture::start(TestType::backend __VA_OPT__(, ) __VA_ARGS__);       \
    if (!fx)                                                                                                 \
        return;
