#pragma once

// FeedCursorStore: the cursor of each central-API feed the client has applied up to (table
// sync_cursors); written inside the transaction that applies the feed's entries.

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ow {

class Database;

class FeedCursorStore
{
public:
    explicit FeedCursorStore(Database& database);

    // The stored cursor; empty when the feed was never read (start from the beginning).
    Result<QString> cursor(const QString& feed);
    // Saves the cursor inside the caller's open transaction on db.
    static Result<void> saveIn(const QSqlDatabase& db, const QString& feed, const QString& cursor,
                               const QDateTime& now);
    // Forgets the cursor (after request.invalidCursor: read the feed again from the beginning).
    Result<void> reset(const QString& feed);

private:
    Database& m_database;
};

} // namespace ow
