#include "CentralSchema.h"

#include "CentralDatabase.h"

namespace ow::central {

namespace {

// Version 1. Times are ISO 8601 UTC text with milliseconds, so they sort as text on both databases;
// booleans are 0/1 integers; JSON documents are text. Upserts use INSERT ... ON CONFLICT, which both
// SQLite (>= 3.24) and PostgreSQL understand.
const char* const version1[] = {
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE revisions (feed TEXT PRIMARY KEY, value {BIGINT} NOT NULL)",
    "CREATE TABLE users (login TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, home_window TEXT,"
    " password_hash TEXT NOT NULL, failed_count INTEGER NOT NULL DEFAULT 0, failed_since TEXT,"
    " active INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE windows (window_key TEXT PRIMARY KEY, region TEXT NOT NULL, hall INTEGER NOT NULL,"
    " number INTEGER NOT NULL, name TEXT NOT NULL, device_id TEXT, claimed_by TEXT, claimed_at TEXT)",
    "CREATE TABLE sessions (id {ID}, family TEXT NOT NULL, login TEXT NOT NULL, window_key TEXT,"
    " device_id TEXT, access_hash TEXT NOT NULL UNIQUE, access_expires TEXT NOT NULL,"
    " refresh_hash TEXT NOT NULL UNIQUE, refresh_expires TEXT NOT NULL, created_at TEXT NOT NULL,"
    " used_at TEXT, rotated_at TEXT, revoked_at TEXT)",
    "CREATE INDEX sessions_family ON sessions (family)",
    "CREATE TABLE idempotency (op_key TEXT PRIMARY KEY, login TEXT NOT NULL, method TEXT NOT NULL,"
    " path TEXT NOT NULL, request_hash TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT NOT NULL,"
    " response TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX idempotency_created ON idempotency (created_at)",
    "CREATE TABLE catalog_items (code TEXT PRIMARY KEY, revision {BIGINT} NOT NULL,"
    " deleted INTEGER NOT NULL DEFAULT 0, document TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX catalog_items_revision ON catalog_items (revision)",
    "CREATE TABLE themes (code TEXT PRIMARY KEY, revision {BIGINT} NOT NULL, deleted INTEGER NOT NULL "
    "DEFAULT 0,"
    " document TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX themes_revision ON themes (revision)",
    "CREATE TABLE holiday_years (year INTEGER PRIMARY KEY, revision {BIGINT} NOT NULL, document TEXT NOT "
    "NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE INDEX holiday_years_revision ON holiday_years (revision)",
    "CREATE TABLE applicants (applicant_key TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,"
    " document TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE licences (id {ID}, holder_key TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL,"
    " issuer TEXT NOT NULL, trust_level TEXT NOT NULL, valid_until TEXT, UNIQUE (holder_key, type, number))",
    "CREATE INDEX licences_holder ON licences (holder_key)",
    "CREATE TABLE cases (uuid TEXT PRIMARY KEY, acceptance_number TEXT NOT NULL UNIQUE,"
    " window_key TEXT NOT NULL, clerk TEXT NOT NULL, applicant_key TEXT NOT NULL, status TEXT NOT NULL,"
    " accepted_at TEXT NOT NULL, version INTEGER NOT NULL, document TEXT NOT NULL, batch_number TEXT,"
    " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX cases_window ON cases (window_key, accepted_at)",
    "CREATE INDEX cases_applicant ON cases (applicant_key)",
    "CREATE TABLE case_events (revision {BIGINT} PRIMARY KEY, case_uuid TEXT NOT NULL,"
    " acceptance_number TEXT NOT NULL, window_key TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL,"
    " by_login TEXT NOT NULL, note TEXT NOT NULL, origin TEXT NOT NULL)",
    "CREATE INDEX case_events_window ON case_events (window_key, revision)",
    "CREATE INDEX case_events_case ON case_events (case_uuid, revision)",
    "CREATE TABLE materials (sha256 TEXT PRIMARY KEY, size {BIGINT} NOT NULL, media_type TEXT NOT NULL,"
    " state TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, completed_at TEXT)",
    "CREATE TABLE queue_tickets (id {ID}, day TEXT NOT NULL, queue TEXT NOT NULL, number TEXT NOT NULL,"
    " status TEXT NOT NULL, issued_at TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0, called_at TEXT,"
    " window_key TEXT, target_window TEXT, recalls INTEGER NOT NULL DEFAULT 0, applicant_key TEXT,"
    " updated_at TEXT NOT NULL, UNIQUE (day, number))",
    "CREATE INDEX queue_tickets_day ON queue_tickets (day, status)",
    "CREATE TABLE ratings (uuid TEXT PRIMARY KEY, revision {BIGINT} NOT NULL, case_uuid TEXT,"
    " ticket_id {BIGINT}, window_key TEXT, clerk TEXT, level TEXT NOT NULL, reason TEXT NOT NULL,"
    " comment TEXT NOT NULL, rated_at TEXT NOT NULL, received_at TEXT NOT NULL)",
    "CREATE INDEX ratings_revision ON ratings (revision)",
    "CREATE TABLE dispatch_batches (batch_number TEXT PRIMARY KEY, revision {BIGINT} NOT NULL,"
    " window_key TEXT NOT NULL, department TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL,"
    " received_by TEXT, received_at TEXT, note TEXT NOT NULL)",
    "CREATE INDEX dispatch_batches_revision ON dispatch_batches (revision)",
    "CREATE TABLE dispatch_batch_cases (batch_number TEXT NOT NULL, case_uuid TEXT NOT NULL UNIQUE,"
    " position INTEGER NOT NULL, PRIMARY KEY (batch_number, case_uuid))",
    "CREATE TABLE audit_events (uuid TEXT PRIMARY KEY, revision {BIGINT} NOT NULL, at TEXT NOT NULL,"
    " actor TEXT NOT NULL, action TEXT NOT NULL, case_uuid TEXT, window_key TEXT, details TEXT NOT NULL,"
    " received_at TEXT NOT NULL)",
    "CREATE INDEX audit_events_revision ON audit_events (revision)",
};

} // namespace

const QStringList& CentralSchema::feeds()
{
    static const QStringList names{QStringLiteral("catalog"),  QStringLiteral("themes"),
                                   QStringLiteral("holidays"), QStringLiteral("caseStatus"),
                                   QStringLiteral("ratings"),  QStringLiteral("dispatch"),
                                   QStringLiteral("audit")};
    return names;
}

QStringList CentralSchema::statements(int version, SqlDialect dialect)
{
    QStringList out;
    if (version != 1)
        return out;
    const bool sqlite = dialect == SqlDialect::Sqlite;
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                              : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    const QString bigint = sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT");
    for (const char* statement : version1) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QLatin1String("{ID}"), id);
        sql.replace(QLatin1String("{BIGINT}"), bigint);
        out << sql;
    }
    for (const QString& feed : feeds())
        out << QStringLiteral("INSERT INTO revisions (feed, value) VALUES ('%1', 0)").arg(feed);
    return out;
}

Result<void> CentralSchema::apply(CentralDatabase& database)
{
    if (Result<void> made = database.tryExec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                                            "(version INTEGER NOT NULL)"));
        !made)
        return made;
    int current = 0;
    {
        QSqlQuery query = database.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
        if (query.next())
            current = query.value(0).toInt();
    }
    if (current > latestVersion)
        return Error{QStringLiteral("database.newerSchema"),
                     QStringLiteral("The central database has schema %1; this server knows %2. Run the newer "
                                    "server; the database was left untouched.")
                         .arg(current)
                         .arg(latestVersion)};
    for (int version = current + 1; version <= latestVersion; ++version) {
        database.begin();
        for (const QString& sql : statements(version, database.dialect())) {
            if (Result<void> done = database.tryExec(sql); !done) {
                database.rollback();
                return done;
            }
        }
        if (Result<void> done = database.tryExec(
                QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
            !done) {
            database.rollback();
            return done;
        }
        database.commit();
    }
    return {};
}

} // namespace ow::central
