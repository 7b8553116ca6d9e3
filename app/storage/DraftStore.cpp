#include "storage/DraftStore.h"

#include "core/IntakeDraftJson.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString what()
{
    return QCoreApplication::translate("ow::DraftStore", "save the unfinished intake");
}

Result<QList<IntakeDraft>> readDrafts(QSqlQuery& q)
{
    QList<IntakeDraft> drafts;
    while (q.next()) {
        auto draft = IntakeDraftJson::fromJson(q.value(0).toByteArray());
        if (!draft) {
            qCWarning(lcStorage) << "skipping an unreadable intake draft:" << draft.error().message;
            continue;
        }
        drafts.append(std::move(draft.value()));
    }
    return drafts;
}

} // namespace

DraftStore::DraftStore(Database& database)
    : m_database(database)
{}

Result<void> DraftStore::save(const IntakeDraft& draft)
{
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto query =
            sql::prepare(db, QStringLiteral("INSERT INTO intake_drafts (uuid, clerk, window, updated_at, "
                                            "body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE "
                                            "SET clerk = excluded.clerk, window = excluded.window, "
                                            "updated_at = excluded.updated_at, body = excluded.body"));
        if (!query)
            return query.error();
        QSqlQuery& q = query.value();
        q.addBindValue(draft.uuid.toString(QUuid::WithoutBraces));
        q.addBindValue(sql::text(draft.clerk));
        q.addBindValue(sql::fromText(draft.window));
        q.addBindValue(
            sql::fromDateTime(draft.updatedAt.isValid() ? draft.updatedAt : QDateTime::currentDateTime()));
        q.addBindValue(IntakeDraftJson::toJson(draft));
        return sql::exec(q, what());
    });
}

Result<QList<IntakeDraft>> DraftStore::listForClerk(const QString& clerk)
{
    auto query =
        sql::prepare(m_database.connection(), QStringLiteral("SELECT body FROM intake_drafts WHERE clerk = ? "
                                                             "ORDER BY updated_at DESC"));
    if (!query)
        return query.error();
    query.value().addBindValue(clerk);
    if (auto done = sql::exec(query.value(), what()); !done)
        return done.error();
    return readDrafts(query.value());
}

Result<std::optional<IntakeDraft>> DraftStore::find(const QUuid& uuid)
{
    auto query = sql::prepare(m_database.connection(),
                              QStringLiteral("SELECT body FROM intake_drafts WHERE uuid = ?"));
    if (!query)
        return query.error();
    query.value().addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (auto done = sql::exec(query.value(), what()); !done)
        return done.error();
    auto drafts = readDrafts(query.value());
    if (!drafts)
        return drafts.error();
    if (drafts->isEmpty())
        return std::optional<IntakeDraft>();
    return std::optional<IntakeDraft>(drafts->constFirst());
}

Result<void> DraftStore::remove(const QUuid& uuid)
{
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto query = sql::prepare(db, QStringLiteral("DELETE FROM intake_drafts WHERE uuid = ?"));
        if (!query)
            return query.error();
        query.value().addBindValue(uuid.toString(QUuid::WithoutBraces));
        return sql::exec(query.value(), what());
    });
}

} // namespace ow
