#pragma once

// DraftStore: intake drafts, written on every change (one small row per draft, WAL-synced) so that
// the next start offers an unfinished intake back exactly as it was; a draft belongs to its clerk.

#include "core/IntakeDraft.h"
#include "core/Result.h"

#include <QList>
#include <QUuid>
#include <optional>

namespace ow {

class Database;

class DraftStore
{
public:
    explicit DraftStore(Database& database);

    // Inserts or replaces the draft by uuid.
    Result<void> save(const IntakeDraft& draft);
    // The clerk's drafts, most recently changed first; other clerks' drafts are never listed.
    Result<QList<IntakeDraft>> listForClerk(const QString& clerk);
    Result<std::optional<IntakeDraft>> find(const QUuid& uuid);
    Result<void> remove(const QUuid& uuid);

private:
    Database& m_database;
};

} // namespace ow
