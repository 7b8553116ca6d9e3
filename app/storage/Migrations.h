#pragma once

// Migrations: the numbered schema changes of the local database, applied in order on open, each in
// its own transaction; the schema version lives in PRAGMA user_version. Append new ones; never edit
// one that has shipped.

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ow {

struct Migration
{
    int version;
    QStringList statements;
};

class Migrations
{
public:
    static const QList<Migration>& all();
    static int latestVersion();

    static Result<int> currentVersion(const QSqlDatabase& db);
    // Applies every migration above the current version up to and including targetVersion.
    static Result<void> apply(const QSqlDatabase& db, int targetVersion = latestVersion());
};

} // namespace ow
