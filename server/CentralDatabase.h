#pragma once

// CentralDatabase: the server's one connection to SQLite or PostgreSQL through Qt Sql, the few dialect
// differences in one place, transactions, and the revision counters the delta feeds are ordered by.
// Statement errors are thrown as ApiFailure (503 when the database cannot be reached, 500 otherwise) so
// that route handlers stay linear; the request pipeline rolls back and answers.

#include "DatabaseLocation.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <memory>

namespace ow::central {

class CentralDatabase
{
public:
    ~CentralDatabase();
    CentralDatabase(const CentralDatabase&) = delete;
    CentralDatabase& operator=(const CentralDatabase&) = delete;

    // Opens (for SQLite: creates) the database and brings its schema up to date.
    static Result<std::unique_ptr<CentralDatabase>> open(const DatabaseLocation& location);

    SqlDialect dialect() const { return m_location.dialect; }
    const DatabaseLocation& location() const { return m_location; }

    // Runs one statement with positional (?) binds; throws ApiFailure on error.
    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    // Runs a statement without throwing (schema set-up, probes).
    Result<void> tryExec(const QString& sql);

    void begin();
    void commit();
    void rollback() noexcept;
    bool inTransaction() const { return m_inTransaction; }

    // The next value of a feed's revision counter; call inside a transaction. The UPDATE holds the
    // counter's row lock until commit, so revisions become visible in the order they were handed out
    // (a feed reader never skips one that commits later), on PostgreSQL too.
    qint64 nextRevision(const QString& feed);

    // true when the last failure was a unique-constraint violation (for insert-or-detect races).
    static bool isUniqueViolation(const QSqlQuery& query);

private:
    explicit CentralDatabase(DatabaseLocation location);
    Result<void> connect();
    [[noreturn]] void fail(const QSqlQuery& query, const QString& sql) const;

    DatabaseLocation m_location;
    QString m_connectionName;
    bool m_inTransaction = false;
};

} // namespace ow::central
