#include "storage/AuditLog.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> AuditLog::append(const AuditEntry& entry)
{
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto query =
            sql::prepare(db, QStringLiteral("INSERT INTO audit_log (at, who, action, case_uuid, window, "
                                            "detail) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!query)
            return query.error();
        QSqlQuery& q = query.value();
        q.addBindValue(sql::fromDateTime(entry.at.isValid() ? entry.at : m_clock.now()));
        q.addBindValue(sql::text(entry.who));
        q.addBindValue(sql::text(entry.action));
        q.addBindValue(sql::fromText(
            entry.caseUuid.isNull() ? QString() : entry.caseUuid.toString(QUuid::WithoutBraces)));
        q.addBindValue(sql::fromText(entry.window));
        q.addBindValue(sql::fromText(entry.detail));
        return sql::exec(q, QCoreApplication::translate("ow::AuditLog", "write the audit trail"));
    });
}

Result<QList<AuditEntry>> AuditLog::list(int limit, const QUuid& caseUuid)
{
    const QString condition = caseUuid.isNull() ? QStringLiteral("1 = 1") : QStringLiteral("case_uuid = ?");
    auto query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT id, at, who, action, case_uuid, window, detail FROM audit_log "
                                    "WHERE %1 ORDER BY id DESC LIMIT ?")
                         .arg(condition));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    if (!caseUuid.isNull())
        q.addBindValue(caseUuid.toString(QUuid::WithoutBraces));
    q.addBindValue(limit);
    if (auto done = sql::exec(q, QCoreApplication::translate("ow::AuditLog", "read the audit trail")); !done)
        return done.error();
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append(AuditEntry{q.value(0).toLongLong(), sql::toDateTime(q.value(1)), q.value(2).toString(),
                                  q.value(3).toString(), QUuid::fromString(q.value(4).toString()),
                                  q.value(5).toString(), q.value(6).toString()});
    }
    return entries;
}

} // namespace ow
