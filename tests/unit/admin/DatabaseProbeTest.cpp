#include "admin/DatabaseProbe.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace ow;
using H = HealthReport::Health;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool reports(const HealthReport& report, H health, const QString& label)
{
    for (const auto& item : report.items()) {
        if (item.health == health && item.label == label)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A data directory not made yet is a warning, and the probe creates nothing", "[admin][database]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("not-yet"));
    const DatabaseState state = DatabaseProbe::probe(dataDir);
    CHECK_FALSE(state.dirExists);
    HealthReport report;
    DatabaseProbe::report(state, report);
    CHECK(report.count(H::Warning) == 1);
    CHECK_FALSE(report.hasProblems());
    CHECK_FALSE(QFileInfo::exists(dataDir));
}

TEST_CASE("A OneWindow database is read without being changed", "[admin][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("onewindow.db"));
    {
        auto database = Database::open(path);
        REQUIRE(database.ok());
        (*database)->close();
    }
    const QByteArray before = hashOf(path);
    const DatabaseState state = DatabaseProbe::probe(dir.path());
    CHECK(state.error.isEmpty());
    CHECK(state.schemaVersion == Migrations::latestVersion());
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.cases == 0);
    CHECK(state.openCases == 0);
    CHECK(state.outboxPending == 0);
    CHECK(state.outboxParked == 0);
    CHECK(hashOf(path) == before);
    HealthReport report;
    DatabaseProbe::report(state, report);
    CHECK_FALSE(report.hasProblems());
    CHECK(reports(report, H::Ok, QStringLiteral("Integrity (quick check)")));
}

TEST_CASE("Foreign, damaged and newer databases are problems", "[admin][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("onewindow.db"));
    SECTION("not SQLite at all")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a database").repeated(100));
        file.close();
        HealthReport report;
        DatabaseProbe::report(DatabaseProbe::probe(dir.path()), report);
        CHECK(reports(report, H::Problem, QStringLiteral("Cannot read the database")));
    }
    SECTION("written by a newer OneWindow")
    {
        {
            auto database = Database::open(path);
            REQUIRE(database.ok());
            {
                QSqlDatabase db = (*database)->connection();
                QSqlQuery(db).exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5));
            }
            (*database)->close();
        }
        const DatabaseState state = DatabaseProbe::probe(dir.path());
        CHECK(state.schemaVersion == Migrations::latestVersion() + 5);
        HealthReport report;
        DatabaseProbe::report(state, report);
        CHECK(reports(report, H::Problem, QStringLiteral("Schema version")));
    }
    SECTION("another program's SQLite file")
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        HealthReport report;
        DatabaseProbe::report(DatabaseProbe::probe(dir.path()), report);
        CHECK(reports(report, H::Problem, QStringLiteral("Schema version")));
    }
}
