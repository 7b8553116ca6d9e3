#include "StorageFixtures.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/Migrations.h"
#include "storage/OutboxStore.h"
#include "storage/QueueTicketStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace ow;
using namespace ow::test;

namespace {

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

// Runs work on a raw connection of its own, outside Database (to build old or foreign files).
void withRawConnection(const QString& path, const std::function<void(QSqlDatabase&)>& work)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A fresh database gets the latest schema, WAL and foreign keys", "[storage][database]")
{
    TempDatabase t;
    const auto version = t.db->schemaVersion();
    REQUIRE(version.ok());
    CHECK(*version == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() == 7);
    const QSqlDatabase db = t.db->connection();
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL: survives a pulled plug
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('cases', 'outbox', "
                                    "'queue_tickets', 'applicants', 'service_items')"))
              .toInt() == 5);
}

TEST_CASE("A database re-opens with its data and migrates nothing twice", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ow.db"));
    FixedClock clock(QDateTime(QDate(2020, 9, 25), QTime(9, 0)));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(ApplicantStore(*db.value(), clock)
                    .upsert(person(QStringLiteral("42080219850314123X"), QStringLiteral("张伟")))
                    .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(*db.value()->schemaVersion() == Migrations::latestVersion());
    const auto found =
        ApplicantStore(*db.value(), clock).findByIdNumber(QStringLiteral("42080219850314123x"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->person.name == QStringLiteral("张伟"));
}

TEST_CASE("An older database is migrated and keeps its rows", "[storage][database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    withRawConnection(path, [](QSqlDatabase& db) {
        REQUIRE(Migrations::apply(db, 1).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO applicants (id, kind, key, name, updated_at) "
                           "VALUES (7, 0, '42080219850314123X', '张伟', '2019-05-01T08:00:00.000Z')")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO cases (id, uuid, acceptance_number, applicant_id, window, "
                           "clerk, status, accepted_at, deadline) VALUES (1, "
                           "'6f1c5b9e-0000-4000-8000-000000000001', 'JM-2019-0001', 7, '07', 'wangli', "
                           "1, '2019-05-01T08:05:00.000Z', '2019-05-06')")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO case_items (case_id, position, item_code, accepted_at, status) "
                           "VALUES (1, 0, 'GT-001', '2019-05-01T08:05:00.000Z', 1)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_materials (id, case_id, position, requirement_name, "
                                      "source, page_count) VALUES (1, 1, 0, '申请书', 0, 1)")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO case_material_blobs VALUES (1, 0, '%1')").arg(sha256Hex("form"))));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO case_history (case_id, status, at, by) "
                                      "VALUES (1, 1, '2019-05-01T08:05:00.000Z', 'wangli')")));
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    });

    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    CHECK(*db.schemaVersion() == Migrations::latestVersion());
    FixedClock clock(QDateTime(QDate(2020, 9, 25), QTime(9, 0)));
    CaseStore cases(db, clock);
    const auto found = cases.findByAcceptanceNumber(QStringLiteral("JM-2019-0001"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const CaseRecord& record = **found;
    CHECK(record.applicantId == 7);
    CHECK(record.itemCodes == QStringList{QStringLiteral("GT-001")});
    REQUIRE(record.materials.size() == 1);
    CHECK(record.materials.at(0).blobHashes == QStringList{sha256Hex("form")});
    CHECK(record.history.size() == 1);
    CHECK(record.deadline == QDate(2019, 5, 6));
    // The tables of versions 2 and 3 work on the migrated file.
    const auto nearest = cases.listNearestDeadline(10);
    REQUIRE(nearest.ok());
    CHECK(nearest->size() == 1);
    OutboxStore outbox(db, clock);
    REQUIRE(outbox.enqueue(operation(QStringLiteral("case.upsert"))).ok());
    CHECK(*outbox.countPending() == 1);
    QueueTicket ticket;
    ticket.number = QStringLiteral("A012");
    ticket.queue = QStringLiteral("A");
    CHECK(QueueTicketStore(db, clock).save(ticket).ok());
}

TEST_CASE("A database from a newer version is refused and left byte-for-byte untouched",
          "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    withRawConnection(path, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
    });
    const QByteArray before = fileHash(path);
    const auto size = QFileInfo(path).size();
    REQUIRE_FALSE(before.isEmpty());

    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QLatin1String("storage.newerSchema"));
    CHECK(opened.error().message ==
          QStringLiteral(
              "This database was written by a newer version of OneWindow (schema 8, this program knows "
              "7). Install the newer version; the file was left untouched."));
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path).size() == size);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A file that is not a database is refused and left untouched", "[storage][database]")
{
    QTemporaryDir dir;
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 131 + 7) % 256));
        file.write(garbage);
        file.close();
        const QByteArray before = fileHash(path);
        const auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == QLatin1String("storage.notDatabase"));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        withRawConnection(path, [](QSqlDatabase& db) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        });
        const QByteArray before = fileHash(path);
        const auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == QLatin1String("storage.notDatabase"));
        CHECK(fileHash(path) == before);
    }
    SECTION("a folder where the file should be")
    {
        const QString path = dir.filePath(QStringLiteral("folder.db"));
        REQUIRE(QDir().mkpath(path));
        const auto opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == QLatin1String("storage.notDatabase"));
    }
}

TEST_CASE("A folder that cannot be written is reported clearly", "[storage][database]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto opened = Database::open(dir.filePath(QStringLiteral("not-a-folder/sub/ow.db")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QLatin1String("storage.folderNotWritable"));
    CHECK(opened.error().message.contains(QStringLiteral("not-a-folder")));
}

TEST_CASE("Each thread gets its own connection, released when the thread ends",
          "[storage][database][threads]")
{
    TempDatabase t;
    ApplicantStore applicants(*t.db, t.clock);
    REQUIRE(applicants.upsert(person(QStringLiteral("42080219850314123X"), QStringLiteral("张伟"))).ok());
    const QString mainName = t.db->connection().connectionName();
    CHECK(t.db->connection().connectionName() == mainName); // the same one again

    QString threadName;
    QString threadName2;
    int readInThread = 0;
    QStringList concurrentNames;
    std::atomic<int> concurrentReads{0};
    {
        std::unique_ptr<QThread> thread(QThread::create([&] {
            threadName = t.db->connection().connectionName();
            threadName2 = t.db->connection().connectionName();
            QSqlQuery q(t.db->connection());
            if (q.exec(QStringLiteral("SELECT count(*) FROM applicants")) && q.next())
                readInThread = q.value(0).toInt();
        }));
        thread->start();
        REQUIRE(thread->wait(10000));
    }
    CHECK_FALSE(threadName.isEmpty());
    CHECK(threadName != mainName);
    CHECK(threadName == threadName2);
    CHECK(readInThread == 1);
    CHECK_FALSE(QSqlDatabase::connectionNames().contains(threadName));

    // Several threads read at the same time while the main thread writes.
    std::vector<std::unique_ptr<QThread>> readers;
    QMutex namesMutex;
    for (int i = 0; i < 4; ++i) {
        readers.emplace_back(QThread::create([&] {
            ApplicantStore store(*t.db, t.clock);
            for (int n = 0; n < 50; ++n) {
                const auto found = store.findByIdNumber(QStringLiteral("42080219850314123X"));
                if (found.ok() && found->has_value())
                    ++concurrentReads;
            }
            QMutexLocker lock(&namesMutex);
            concurrentNames.append(t.db->connection().connectionName());
        }));
        readers.back()->start();
    }
    for (int n = 0; n < 20; ++n)
        REQUIRE(applicants.rememberContact(1, QStringLiteral("地址 %1").arg(n), QString()).ok());
    for (auto& reader : readers)
        REQUIRE(reader->wait(20000));
    CHECK(concurrentReads == 200);
    concurrentNames.removeDuplicates();
    CHECK(concurrentNames.size() == 4);
    CHECK_FALSE(concurrentNames.contains(mainName));
}

TEST_CASE("A transaction commits on success and rolls back on failure", "[storage][database]")
{
    TempDatabase t;
    const auto insert = [](QSqlDatabase& db, const QString& code) -> Result<void> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT INTO themes (code, name) VALUES ('%1', 'x')").arg(code)))
            return Error{QStringLiteral("test"), q.lastError().text()};
        return {};
    };
    const auto count = [&] {
        return scalar(t.db->connection(), QStringLiteral("SELECT count(*) FROM themes")).toInt();
    };

    REQUIRE(t.db->transaction([&](QSqlDatabase& db) { return insert(db, QStringLiteral("T1")); }).ok());
    CHECK(count() == 1);

    const auto failed = t.db->transaction([&](QSqlDatabase& db) -> Result<void> {
        REQUIRE(insert(db, QStringLiteral("T2")).ok());
        return Error{QStringLiteral("test.failure"), QStringLiteral("on purpose")};
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == QLatin1String("test.failure"));
    CHECK(count() == 1);

    // A nested transaction is a savepoint: its failure undoes only its own part.
    REQUIRE(t.db->transaction([&](QSqlDatabase& db) -> Result<void> {
                    REQUIRE(insert(db, QStringLiteral("T3")).ok());
                    const auto inner = t.db->transaction([&](QSqlDatabase& inner) -> Result<void> {
                        REQUIRE(insert(inner, QStringLiteral("T4")).ok());
                        return Error{QStringLiteral("test.inner"), QStringLiteral("on purpose")};
                    });
                    CHECK_FALSE(inner.ok());
                    return {};
                })
                .ok());
    CHECK(count() == 2);
    // Constraint violations inside work surface as errors and roll back.
    const auto duplicate = t.db->transaction([&](QSqlDatabase& db) -> Result<void> {
        REQUIRE(insert(db, QStringLiteral("T5")).ok());
        return insert(db, QStringLiteral("T1"));
    });
    CHECK_FALSE(duplicate.ok());
    CHECK(count() == 2);
}
