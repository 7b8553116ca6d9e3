#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryFile>
#include <QThread>

namespace ow {

namespace {

constexpr int busyTimeoutMs = 5000;

Error notADatabase(const QString& path)
{
    return {QStringLiteral("storage.notDatabase"),
            QCoreApplication::translate(
                "ow::Database",
                "The file %1 is not a OneWindow database (it may be damaged, or belong to another "
                "program). It was left untouched; move it away or restore a backup, then start again.")
                .arg(QDir::toNativeSeparators(path))};
}

Error folderNotWritable(const QString& folder)
{
    return {QStringLiteral("storage.folderNotWritable"),
            QCoreApplication::translate(
                "ow::Database",
                "OneWindow cannot write its database in the folder %1. Check that the folder exists, that "
                "you may write to it and that the disk is not full, or choose another data folder.")
                .arg(QDir::toNativeSeparators(folder))};
}

Result<void> checkFolderWritable(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return folderNotWritable(folder);
    QTemporaryFile probe(folder + QStringLiteral("/.ow-write-probe-XXXXXX"));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush())
        return folderNotWritable(folder);
    return {};
}

// The version and table count of an existing file, read through a read-only connection.
struct Inspection
{
    int version = 0;
    int tables = 0;
};

Result<Inspection> inspectReadOnly(const QString& path)
{
    const QString name =
        QStringLiteral("ow.inspect:%1:%2").arg(path).arg(quintptr(QThread::currentThreadId()));
    Result<Inspection> result = Inspection{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            result = notADatabase(path);
        } else {
            Inspection inspection;
            inspection.version = query.value(0).toInt();
            if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) &&
                query.next())
                inspection.tables = query.value(0).toInt();
            else
                result = notADatabase(path);
            if (result)
                result = inspection;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_threadWatcher(std::make_unique<QObject>())
{}

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const auto writable = checkFolderWritable(QFileInfo(absolute).absolutePath()); !writable)
        return writable.error();
    if (const auto existing = checkExisting(absolute); !existing)
        return existing.error();
    std::unique_ptr<Database> database(new Database(absolute));
    if (const auto ready = database->initialise(); !ready)
        return ready.error();
    return database;
}

// Everything here only reads: a file that is refused stays byte-for-byte as it was.
Result<void> Database::checkExisting(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return {};
    QFile file(path);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly) || file.read(magic.size()) != magic)
        return notADatabase(path);
    file.close();
    const auto inspection = inspectReadOnly(path);
    if (!inspection)
        return inspection.error();
    if (inspection->version > Migrations::latestVersion()) {
        return Error{QStringLiteral("storage.newerSchema"),
                     QCoreApplication::translate(
                         "ow::Database",
                         "This database was written by a newer version of OneWindow (schema %1, this program "
                         "knows %2). Install the newer version; the file was left untouched.")
                         .arg(inspection->version)
                         .arg(Migrations::latestVersion())};
    }
    if (inspection->version == 0 && inspection->tables > 0)
        return notADatabase(path);
    return {};
}

Result<void> Database::initialise()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return sql::error(db.lastError(),
                          QCoreApplication::translate("ow::Database", "open the database file"));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return sql::error(query.lastError(),
                          QCoreApplication::translate("ow::Database", "switch to write-ahead logging"));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "SQLite refused WAL mode; journal mode is" << query.value(0).toString();
    query.finish();
    return Migrations::apply(db);
}

Result<int> Database::schemaVersion()
{
    return Migrations::currentVersion(connection());
}

QSqlDatabase Database::connection()
{
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_connections.constFind(thread);
        if (it != m_connections.constEnd()) {
            QSqlDatabase db = QSqlDatabase::database(it->name, false);
            if (db.isValid() && db.isOpen())
                return db;
        }
    }
    releaseConnectionOf(thread);
    return openConnection(thread);
}

QSqlDatabase Database::openConnection(QThread* thread)
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = QStringLiteral("ow.db:%1:%2:%3")
                   .arg(m_path)
                   .arg(quintptr(QThread::currentThreadId()))
                   .arg(++m_serial);
        m_connections.insert(thread, ThreadConnection{name, 0});
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        qCWarning(lcStorage) << "Cannot open the database:" << db.lastError().text();
        return db;
    }
    QSqlQuery query(db);
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
          QStringLiteral("PRAGMA cache_size = -16384")}) {
        if (!query.exec(pragma))
            qCWarning(lcStorage) << "Pragma failed:" << pragma << query.lastError().text();
    }
    if (thread != nullptr && QCoreApplication::instance() != nullptr &&
        thread != QCoreApplication::instance()->thread()) {
        QObject::connect(
            thread, &QThread::finished, m_threadWatcher.get(),
            [this, thread] { releaseConnectionOf(thread); }, Qt::DirectConnection);
    }
    return db;
}

void Database::releaseThreadConnection()
{
    releaseConnectionOf(QThread::currentThread());
}

void Database::releaseConnectionOf(QThread* thread)
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_connections.find(thread);
        if (it == m_connections.end())
            return;
        name = it->name;
        m_connections.erase(it);
    }
    if (thread == QThread::currentThread()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::close()
{
    QList<QThread*> threads;
    {
        QMutexLocker lock(&m_mutex);
        threads = m_connections.keys();
    }
    for (QThread* thread : std::as_const(threads))
        releaseConnectionOf(thread);
}

int Database::changeDepth(int delta)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.find(QThread::currentThread());
    if (it == m_connections.end())
        return 0;
    const int before = it->depth;
    it->depth += delta;
    return delta > 0 ? before : it->depth;
}

Result<void> Database::transaction(const std::function<Result<void>(QSqlDatabase&)>& work)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return sql::error(db.lastError(),
                          QCoreApplication::translate("ow::Database", "open the database file"));
    const int depth = changeDepth(+1);
    struct DepthGuard
    {
        Database* database;
        ~DepthGuard() { database->changeDepth(-1); }
    } guard{this};

    const QString savepoint = QStringLiteral("ow_savepoint_%1").arg(depth);
    const QString begin =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint;
    const QString commit = depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint;
    const QString rollback =
        depth == 0 ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(savepoint);
    const auto undo = [&] {
        QSqlQuery query(db);
        for (const QString& statement : rollback.split(QStringLiteral("; ")))
            query.exec(statement);
    };

    if (auto begun =
            sql::execDirect(db, begin, QCoreApplication::translate("ow::Database", "start a transaction"));
        !begun)
        return begun;
    Result<void> result = work(db);
    if (!result) {
        undo();
        return result;
    }
    if (auto committed =
            sql::execDirect(db, commit, QCoreApplication::translate("ow::Database", "save the changes"));
        !committed) {
        undo();
        return committed;
    }
    return {};
}

} // namespace ow
