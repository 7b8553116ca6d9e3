#include "storage/OfflineCredentialStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

Result<void> run(Database& database, const QString& statement, const QVariantList& values,
                 const QString& what)
{
    QSqlDatabase db = database.connection();
    auto query = sql::prepare(db, statement);
    if (!query)
        return query.error();
    for (const QVariant& value : values)
        query.value().addBindValue(value);
    return sql::exec(query.value(), what);
}

} // namespace

OfflineCredentialStore::OfflineCredentialStore(Database& database)
    : m_database(database)
{}

Result<void> OfflineCredentialStore::save(const OfflineCredential& c)
{
    return run(m_database,
               QStringLiteral("INSERT OR REPLACE INTO offline_credentials (login, hash, salt, iterations, "
                              "name, role, window_key, verified_at, failed_attempts, locked_until) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {sql::text(c.login), c.hash, c.salt, c.iterations, sql::text(c.name), sql::text(c.role),
                sql::fromText(c.windowKey), sql::fromDateTime(c.verifiedAt), c.failedAttempts,
                sql::fromDateTime(c.lockedUntil)},
               OfflineCredentialStore::tr("keep the offline sign-in"));
}

Result<std::optional<OfflineCredential>> OfflineCredentialStore::find(const QString& login)
{
    QSqlDatabase db = m_database.connection();
    auto query = sql::prepare(db, QStringLiteral("SELECT hash, salt, iterations, name, role, window_key, "
                                                 "verified_at, failed_attempts, locked_until "
                                                 "FROM offline_credentials WHERE login = ?"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    q.addBindValue(sql::text(login));
    if (auto executed = sql::exec(q, OfflineCredentialStore::tr("read the offline sign-in")); !executed)
        return executed.error();
    if (!q.next())
        return std::optional<OfflineCredential>();
    OfflineCredential c;
    c.login = login;
    c.hash = q.value(0).toByteArray();
    c.salt = q.value(1).toByteArray();
    c.iterations = q.value(2).toInt();
    c.name = q.value(3).toString();
    c.role = q.value(4).toString();
    c.windowKey = q.value(5).toString();
    c.verifiedAt = sql::toDateTime(q.value(6));
    c.failedAttempts = q.value(7).toInt();
    c.lockedUntil = sql::toDateTime(q.value(8));
    return std::optional<OfflineCredential>(std::move(c));
}

Result<void> OfflineCredentialStore::setAttempts(const QString& login, int failedAttempts,
                                                 const QDateTime& lockedUntil)
{
    return run(m_database,
               QStringLiteral(
                   "UPDATE offline_credentials SET failed_attempts = ?, locked_until = ? WHERE login = ?"),
               {failedAttempts, sql::fromDateTime(lockedUntil), sql::text(login)},
               OfflineCredentialStore::tr("record an offline sign-in attempt"));
}

Result<void> OfflineCredentialStore::remove(const QString& login)
{
    return run(m_database, QStringLiteral("DELETE FROM offline_credentials WHERE login = ?"),
               {sql::text(login)}, OfflineCredentialStore::tr("forget the offline sign-in"));
}

} // namespace ow
