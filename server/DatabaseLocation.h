#pragma once

// DatabaseLocation: which database the central server keeps its data in, parsed from --database:
// SQLite in the data directory by default, or PostgreSQL from a postgres:// connection URL.

#include "core/Result.h"

#include <QString>

namespace ow::central {

enum class SqlDialect
{
    Sqlite,
    Postgres
};

struct DatabaseLocation
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqliteFile; // SQLite: the database file
    // PostgreSQL: as libpq takes them; a host starting with '/' is the directory of a unix socket.
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    // "" or "sqlite" (-> <dataDir>/central.db), "sqlite:/path/file.db", or
    // "postgres[ql]://user[:password]@host[:port]/database[?host=/socket/dir&port=N]".
    static Result<DatabaseLocation> parse(const QString& text, const QString& dataDir);

    // The location without the password, for logs and the health answer.
    QString describe() const;
};

} // namespace ow::central
