#pragma once

// AuditLog: the append-only local audit trail (every access to personal data is logged, PIPL).

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/AuditEntry.h"

#include <QList>

namespace ow {

class Database;

class AuditLog
{
public:
    AuditLog(Database& database, const Clock& clock);

    Result<void> append(const AuditEntry& entry);
    // Newest first; only the entries of caseUuid when it is not null.
    Result<QList<AuditEntry>> list(int limit = 100, const QUuid& caseUuid = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
