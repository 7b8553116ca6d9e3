#include "CentralDatabase.h"

#include "ApiFailure.h"
#include "CentralLog.h"
#include "CentralSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <atomic>

namespace ow::central {

namespace {

std::atomic<int> connectionSerial{0};

// Qt Sql binds a null QString as NULL; here only an invalid QVariant is NULL, and QString() is ''.
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

// Whether a failure is passing (busy, locked, disk full, connection lost): worth a retry later.
bool isTransient(SqlDialect dialect, const QSqlError& error, bool open)
{
    const QString code = error.nativeErrorCode();
    if (dialect == SqlDialect::Sqlite) {
        const int primary = code.toInt() & 0xff; // extended codes keep the primary one in the low byte
        return primary == 5 || primary == 6 || primary == 10 || primary == 13; // BUSY LOCKED IOERR FULL
    }
    return !open || error.type() == QSqlError::ConnectionError || code.startsWith(QLatin1String("08")) ||
           code.startsWith(QLatin1String("53")) || code.startsWith(QLatin1String("57P")) ||
           code == QLatin1String("40001") || code == QLatin1String("40P01");
}

} // namespace

CentralDatabase::CentralDatabase(DatabaseLocation location)
    : m_location(std::move(location))
    , m_connectionName(QStringLiteral("ow.central:%1").arg(++connectionSerial))
{}

CentralDatabase::~CentralDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CentralDatabase>> CentralDatabase::open(const DatabaseLocation& location)
{
    std::unique_ptr<CentralDatabase> database(new CentralDatabase(location));
    if (Result<void> connected = database->connect(); !connected)
        return connected.error();
    try {
        if (Result<void> schema = CentralSchema::apply(*database); !schema)
            return schema.error();
    } catch (const ApiFailure& failure) {
        return Error{QStringLiteral("database.schema"),
                     QStringLiteral("Cannot set up the schema of %1 (%2).")
                         .arg(location.describe(), failure.response().errorCode())};
    }
    return database;
}

Result<void> CentralDatabase::connect()
{
    const bool sqlite = m_location.dialect == SqlDialect::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{QStringLiteral("database.driver"),
                     QStringLiteral("The Qt SQL driver %1 is not installed (Debian: %2).")
                         .arg(driver, sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                             : QStringLiteral("libqt6sql6-psql"))};
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (sqlite) {
        const QFileInfo file(m_location.sqliteFile);
        if (!QDir().mkpath(file.absolutePath()))
            return Error{QStringLiteral("database.folder"),
                         QStringLiteral("Cannot create the folder %1.").arg(file.absolutePath())};
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open())
        return Error{QStringLiteral("database.open"), QStringLiteral("Cannot open the database %1: %2")
                                                          .arg(m_location.describe(), db.lastError().text())};
    const QStringList setup = sqlite ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                                                   QStringLiteral("PRAGMA synchronous=NORMAL"),
                                                   QStringLiteral("PRAGMA foreign_keys=ON")}
                                     : QStringList{QStringLiteral("SET client_min_messages TO WARNING")};
    for (const QString& statement : setup) {
        if (Result<void> done = tryExec(statement); !done)
            return done;
    }
    return {};
}

Result<void> CentralDatabase::tryExec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return Error{QStringLiteral("database.sql"),
                     QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.left(200))};
    return {};
}

QSqlQuery CentralDatabase::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // QPSQL reads forward-only results row by row and drops the rest when the connection runs another
    // statement (handlers do: a feed row, then its details); buffered results have no such trap.
    query.setForwardOnly(m_location.dialect == SqlDialect::Sqlite);
    if (!query.prepare(sql))
        fail(query, sql);
    for (const QVariant& value : binds)
        query.addBindValue(bindable(value));
    if (!query.exec())
        fail(query, sql);
    return query;
}

QVariant CentralDatabase::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

void CentralDatabase::fail(const QSqlQuery& query, const QString& sql) const
{
    const QSqlError error = query.lastError();
    qCWarning(lcCentral).noquote() << "database error:" << error.text() << "in:" << sql.left(200);
    if (isUniqueViolation(query))
        throw ApiFailure(
            ApiResponse::error(409, QStringLiteral("request.conflict"),
                               QStringLiteral("Another request changed the same record at the same "
                                              "time; send the request again."),
                               true));
    if (isTransient(m_location.dialect, error, QSqlDatabase::database(m_connectionName, false).isOpen()))
        throw ApiFailure(
            ApiResponse::unavailable(QStringLiteral("server.databaseUnavailable"),
                                     QStringLiteral("The central database cannot be reached; try "
                                                    "again later."),
                                     5));
    throw ApiFailure(
        ApiResponse::error(500, QStringLiteral("server.databaseError"),
                           QStringLiteral("The central database refused the request; the operation "
                                          "was not applied."),
                           true));
}

bool CentralDatabase::isUniqueViolation(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    // PostgreSQL: SQLSTATE 23505. SQLite: SQLITE_CONSTRAINT (19, or an extended code) for any constraint,
    // so the driver's text tells UNIQUE / PRIMARY KEY from NOT NULL and the rest.
    if (error.nativeErrorCode() == QLatin1String("23505"))
        return true;
    return (error.nativeErrorCode().toInt() & 0xff) == 19 &&
           (error.databaseText().contains(QLatin1String("UNIQUE")) ||
            error.databaseText().contains(QLatin1String("PRIMARY KEY")));
}

void CentralDatabase::begin()
{
    if (m_inTransaction)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        QSqlQuery probe(db);
        fail(probe, QStringLiteral("BEGIN"));
    }
    m_inTransaction = true;
}

void CentralDatabase::commit()
{
    if (!m_inTransaction)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_inTransaction = false;
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        qCWarning(lcCentral).noquote() << "commit failed:" << text;
        throw ApiFailure(ApiResponse::unavailable(QStringLiteral("server.databaseUnavailable"),
                                                  QStringLiteral("The central database could not store the "
                                                                 "change; it was not applied. Try again."),
                                                  2));
    }
}

void CentralDatabase::rollback() noexcept
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlDatabase::database(m_connectionName, false).rollback();
}

qint64 CentralDatabase::nextRevision(const QString& feed)
{
    QSqlQuery query =
        exec(QStringLiteral("UPDATE revisions SET value = value + 1 WHERE feed = ? RETURNING value"), {feed});
    if (query.next())
        return query.value(0).toLongLong();
    exec(QStringLiteral("INSERT INTO revisions (feed, value) VALUES (?, 1)"), {feed});
    return 1;
}

} // namespace ow::central
