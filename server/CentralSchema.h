#pragma once

// CentralSchema: the central server's tables, one schema text for SQLite and PostgreSQL with the few
// dialect differences substituted, applied as numbered migrations recorded in schema_version.

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace ow::central {

class CentralDatabase;
enum class SqlDialect;

class CentralSchema
{
public:
    static constexpr int latestVersion = 1;

    // Creates the tables of a new database or applies the missing migrations, each in a transaction.
    // Refuses a database written by a newer server.
    static Result<void> apply(CentralDatabase& database);

    // The statements of one migration with {ID} (auto-increment primary key) and {BIGINT} replaced.
    static QStringList statements(int version, SqlDialect dialect);

    // The feeds with a revision counter (revisions table).
    static const QStringList& feeds();
};

} // namespace ow::central
