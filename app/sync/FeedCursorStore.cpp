#include "sync/FeedCursorStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString what(const char* text)
{
    return QCoreApplication::translate("ow::FeedCursorStore", text);
}

} // namespace

FeedCursorStore::FeedCursorStore(Database& database)
    : m_database(database)
{}

Result<QString> FeedCursorStore::cursor(const QString& feed)
{
    auto query = sql::prepare(m_database.connection(),
                              QStringLiteral("SELECT cursor FROM sync_cursors WHERE feed = ?"));
    if (!query)
        return query.error();
    query.value().addBindValue(feed);
    if (auto done = sql::exec(
            query.value(),
            what(QT_TRANSLATE_NOOP("ow::FeedCursorStore", "read where the central server's feed stands")));
        !done)
        return done.error();
    return query.value().next() ? query.value().value(0).toString() : QString();
}

Result<void> FeedCursorStore::saveIn(const QSqlDatabase& db, const QString& feed, const QString& cursor,
                                     const QDateTime& now)
{
    auto query =
        sql::prepare(db, QStringLiteral("INSERT INTO sync_cursors (feed, cursor, updated_at) "
                                        "VALUES (?, ?, ?) ON CONFLICT(feed) DO UPDATE SET "
                                        "cursor = excluded.cursor, updated_at = excluded.updated_at"));
    if (!query)
        return query.error();
    query.value().addBindValue(feed);
    query.value().addBindValue(cursor);
    query.value().addBindValue(sql::fromDateTime(now));
    return sql::exec(query.value(), what(QT_TRANSLATE_NOOP("ow::FeedCursorStore",
                                                           "save where the central server's feed stands")));
}

Result<void> FeedCursorStore::reset(const QString& feed)
{
    auto query =
        sql::prepare(m_database.connection(), QStringLiteral("DELETE FROM sync_cursors WHERE feed = ?"));
    if (!query)
        return query.error();
    query.value().addBindValue(feed);
    return sql::exec(query.value(), what(QT_TRANSLATE_NOOP("ow::FeedCursorStore",
                                                           "forget where the central server's feed stands")));
}

} // namespace ow
