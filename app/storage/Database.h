#pragma once

// Database: the local SQLite file (WAL, foreign keys, numbered migrations) and its connections, one
// per thread, plus the transaction helper every multi-row write goes through.

#include "core/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QObject;
class QThread;

namespace ow {

class Database
{
public:
    // Opens (creating if needed) the database at path and migrates it to the latest schema. Refuses,
    // leaving the file untouched, a file that is not a OneWindow database or was written by a newer
    // version.
    static Result<std::unique_ptr<Database>> open(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    Result<int> schemaVersion();

    // The calling thread's connection, opened on first use. A QThread's connection is released when
    // the thread finishes; other threads may call releaseThreadConnection() before they end.
    QSqlDatabase connection();
    void releaseThreadConnection();

    // Runs work inside a transaction on the calling thread's connection (BEGIN IMMEDIATE; a nested
    // call becomes a savepoint): commits when work succeeds, rolls back when it fails.
    Result<void> transaction(const std::function<Result<void>(QSqlDatabase&)>& work);

    // Closes every connection of this database; connection() opens them again on demand.
    void close();

private:
    struct ThreadConnection
    {
        QString name;
        int depth = 0;
    };

    explicit Database(QString path);
    static Result<void> checkExisting(const QString& path);
    Result<void> initialise();
    QSqlDatabase openConnection(QThread* thread);
    void releaseConnectionOf(QThread* thread);
    int changeDepth(int delta);

    QString m_path;
    QMutex m_mutex;
    QHash<QThread*, ThreadConnection> m_connections;
    std::unique_ptr<QObject> m_threadWatcher;
    quint64 m_serial = 0;
};

} // namespace ow
