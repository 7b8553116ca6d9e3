#include "storage/Migrations.h"

#include "storage/Sql.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace ow {

namespace {

// Version 1: profiles, the catalog and cases.
Migration version1()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE applicants ("
                           " id INTEGER PRIMARY KEY,"
                           " kind INTEGER NOT NULL,"
                           " key TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " gender INTEGER NOT NULL DEFAULT 0,"
                           " ethnicity TEXT,"
                           " birth_date TEXT,"
                           " address TEXT,"
                           " phone TEXT,"
                           " id_valid_until TEXT,"
                           " id_long_term INTEGER NOT NULL DEFAULT 0,"
                           " legal_representative TEXT,"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (kind, key))"),
            QStringLiteral("CREATE TABLE applicant_contacts ("
                           " applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
                           " address TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " last_used_at TEXT NOT NULL,"
                           " PRIMARY KEY (applicant_id, address, phone)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE service_items ("
                           " code TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " department TEXT NOT NULL,"
                           " kind INTEGER NOT NULL,"
                           " promised_days INTEGER NOT NULL,"
                           " legal_days INTEGER NOT NULL,"
                           " fee_fen INTEGER NOT NULL DEFAULT 0,"
                           " delivery_options INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX idx_service_items_department ON service_items(department, name)"),
            QStringLiteral("CREATE TABLE item_materials ("
                           " item_code TEXT NOT NULL REFERENCES service_items(code) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " form INTEGER NOT NULL,"
                           " copies INTEGER NOT NULL,"
                           " required INTEGER NOT NULL,"
                           " licence_types TEXT NOT NULL DEFAULT '',"
                           " commitment_allowed INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (item_code, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE themes (code TEXT PRIMARY KEY, name TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE theme_items ("
                           " theme_code TEXT NOT NULL REFERENCES themes(code) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " item_code TEXT NOT NULL,"
                           " PRIMARY KEY (theme_code, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE cases ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " acceptance_number TEXT UNIQUE,"
                           " applicant_id INTEGER NOT NULL REFERENCES applicants(id),"
                           " agent_id INTEGER REFERENCES applicants(id),"
                           " window TEXT NOT NULL,"
                           " clerk TEXT NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " accepted_at TEXT,"
                           " deadline TEXT,"
                           " deadline_provisional INTEGER NOT NULL DEFAULT 0,"
                           " delivery INTEGER NOT NULL DEFAULT 1,"
                           " query_code_hash BLOB)"),
            QStringLiteral("CREATE INDEX idx_cases_applicant ON cases(applicant_id, accepted_at)"),
            QStringLiteral("CREATE INDEX idx_cases_status ON cases(status, accepted_at)"),
            // accepted_at and status repeat the case's, so that lists by item are served by the index.
            QStringLiteral("CREATE TABLE case_items ("
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " item_code TEXT NOT NULL,"
                           " accepted_at TEXT,"
                           " status INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (case_id, position)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE INDEX idx_case_items_item ON case_items(item_code, accepted_at, case_id, status)"),
            QStringLiteral("CREATE TABLE case_materials ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " requirement_name TEXT NOT NULL,"
                           " source INTEGER NOT NULL,"
                           " page_count INTEGER NOT NULL DEFAULT 0,"
                           " reference TEXT,"
                           " UNIQUE (case_id, position))"),
            QStringLiteral("CREATE TABLE case_material_blobs ("
                           " material_id INTEGER NOT NULL REFERENCES case_materials(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " blob_hash TEXT NOT NULL"
                           "  CHECK (length(blob_hash) = 64 AND blob_hash NOT GLOB '*[^0-9a-f]*'),"
                           " PRIMARY KEY (material_id, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX idx_case_material_blobs_hash ON case_material_blobs(blob_hash)"),
            QStringLiteral("CREATE TABLE case_history ("
                           " id INTEGER PRIMARY KEY,"
                           " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " status INTEGER NOT NULL,"
                           " at TEXT NOT NULL,"
                           " by TEXT NOT NULL,"
                           " note TEXT)"),
            QStringLiteral("CREATE INDEX idx_case_history_case ON case_history(case_id, id)"),
        }};
}

// Version 2: offline-first delivery (outbox), the audit trail and the acceptance sequences.
Migration version2()
{
    return {2,
            {
                QStringLiteral("CREATE TABLE outbox ("
                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " uuid TEXT NOT NULL UNIQUE,"
                               " kind TEXT NOT NULL,"
                               " payload BLOB NOT NULL,"
                               " depends_on_blob TEXT,"
                               " created_at TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt_at TEXT NOT NULL,"
                               " state INTEGER NOT NULL DEFAULT 0,"
                               " parked_reason TEXT)"),
                QStringLiteral("CREATE INDEX idx_outbox_state ON outbox(state, seq)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id INTEGER PRIMARY KEY,"
                               " at TEXT NOT NULL,"
                               " who TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " case_uuid TEXT,"
                               " window TEXT,"
                               " detail TEXT)"),
                QStringLiteral("CREATE INDEX idx_audit_log_case ON audit_log(case_uuid, id) "
                               "WHERE case_uuid IS NOT NULL"),
                QStringLiteral("CREATE TABLE acceptance_sequences ("
                               " window_key TEXT NOT NULL,"
                               " day TEXT NOT NULL,"
                               " last INTEGER NOT NULL,"
                               " PRIMARY KEY (window_key, day)) WITHOUT ROWID"),
            }};
}

// Version 3: queue tickets and the indices behind the supervisor's boards.
Migration version3()
{
    return {3,
            {
                QStringLiteral("CREATE TABLE queue_tickets ("
                               " id INTEGER PRIMARY KEY,"
                               " day TEXT NOT NULL,"
                               " number TEXT NOT NULL,"
                               " queue TEXT NOT NULL,"
                               " issued_at TEXT NOT NULL,"
                               " called_at TEXT,"
                               " window TEXT,"
                               " status INTEGER NOT NULL DEFAULT 0,"
                               " applicant_id INTEGER REFERENCES applicants(id),"
                               " UNIQUE (day, number))"),
                // Cases whose deadline is running: Accepted, Dispatched, InProcess (CaseStore::openStatuses).
                QStringLiteral("CREATE INDEX idx_cases_open_deadline ON cases(deadline, id) "
                               "WHERE status IN (1, 2, 3)"),
                QStringLiteral("CREATE INDEX idx_cases_window ON cases(window, accepted_at)"),
                QStringLiteral("CREATE INDEX idx_cases_accepted ON cases(accepted_at)"),
            }};
}

// Version 4: intake drafts that survive a crash, the stand-in electronic licence list per applicant,
// and the theme a case was taken in under.
Migration version4()
{
    return {4,
            {
                QStringLiteral("CREATE TABLE intake_drafts ("
                               " uuid TEXT PRIMARY KEY,"
                               " clerk TEXT NOT NULL,"
                               " window TEXT,"
                               " updated_at TEXT NOT NULL,"
                               " body BLOB NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX idx_intake_drafts_clerk ON intake_drafts(clerk, updated_at)"),
                QStringLiteral("CREATE TABLE applicant_licences ("
                               " applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,"
                               " type TEXT NOT NULL,"
                               " number TEXT NOT NULL,"
                               " issuer TEXT NOT NULL DEFAULT '',"
                               " trust_level TEXT NOT NULL DEFAULT '',"
                               " valid_until TEXT,"
                               " PRIMARY KEY (applicant_id, type, number)) WITHOUT ROWID"),
                QStringLiteral("ALTER TABLE cases ADD COLUMN theme_code TEXT"),
            }};
}

// Version 5: offline sign-in: per login the salted PBKDF2 hash of the password (never the password),
// the user as the server last described them, and the state of wrong offline attempts.
Migration version5()
{
    return {5,
            {
                QStringLiteral("CREATE TABLE offline_credentials ("
                               " login TEXT PRIMARY KEY,"
                               " hash BLOB NOT NULL,"
                               " salt BLOB NOT NULL,"
                               " iterations INTEGER NOT NULL,"
                               " name TEXT NOT NULL DEFAULT '',"
                               " role TEXT NOT NULL DEFAULT '',"
                               " window_key TEXT,"
                               " verified_at TEXT NOT NULL,"
                               " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                               " locked_until TEXT) WITHOUT ROWID"),
            }};
}

// Version 6: where the sync engine stands in each feed of the central server (the cursor it last
// applied), saved in the transaction that applies the feed's entries.
Migration version6()
{
    return {6,
            {
                QStringLiteral("CREATE TABLE sync_cursors ("
                               " feed TEXT PRIMARY KEY,"
                               " cursor TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL) WITHOUT ROWID"),
            }};
}

// Version 7: the holiday arrangements pulled from the central calendar feed, one row per year in the
// holiday-cn JSON shape (HolidayStore); they replace the shipped arrangement of the same year.
Migration version7()
{
    return {7,
            {
                QStringLiteral("CREATE TABLE holiday_arrangements ("
                               " year INTEGER PRIMARY KEY,"
                               " json TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL)"),
            }};
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> list{version1(), version2(), version3(), version4(),
                                       version5(), version6(), version7()};
    return list;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sql::error(query.lastError(),
                          QCoreApplication::translate("ow::Database", "read the schema version"));
    return query.value(0).toInt();
}

Result<void> Migrations::apply(const QSqlDatabase& db, int targetVersion)
{
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    for (const Migration& migration : all()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        const QString what = QCoreApplication::translate("ow::Database", "upgrade its schema to version %1")
                                 .arg(migration.version);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sql::error(query.lastError(), what);
        QStringList statements = migration.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        for (const QString& statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const Error failure = sql::error(query.lastError(), what);
                query.exec(QStringLiteral("ROLLBACK"));
                return failure;
            }
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const Error failure = sql::error(query.lastError(), what);
            query.exec(QStringLiteral("ROLLBACK"));
            return failure;
        }
        qCInfo(lcStorage) << "Database schema migrated to version" << migration.version;
    }
    return {};
}

} // namespace ow
