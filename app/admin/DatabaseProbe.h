#pragma once

// DatabaseProbe: looks at a window's data directory and database without changing anything (a
// read-only connection, no migration): schema version, quick integrity check, cases, outbox.

#include "admin/HealthReport.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

struct DatabaseState
{
    QString dataDir;
    QString path; // <dataDir>/onewindow.db
    bool dirExists = false;
    bool dirWritable = false;
    qint64 freeBytes = -1;
    bool exists = false;
    qint64 bytes = 0;
    qint64 walBytes = 0;
    QString error;          // could not be opened or read; empty otherwise
    int schemaVersion = -1; // PRAGMA user_version
    int latestVersion = 0;  // what this program knows
    QString integrity;      // PRAGMA quick_check: "ok" or the first complaints
    int cases = -1;
    int openCases = -1; // Accepted, Dispatched, InProcess: deadlines running
    int outboxPending = -1;
    int outboxParked = -1;
};

class DatabaseProbe
{
    Q_DECLARE_TR_FUNCTIONS(ow::DatabaseProbe)

public:
    static DatabaseState probe(const QString& dataDir);
    // Adds the "Database" section: problems for an unreadable, foreign, newer or damaged database.
    static void report(const DatabaseState& state, HealthReport& report);
};

} // namespace ow
