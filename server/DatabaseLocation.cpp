#include "DatabaseLocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace ow::central {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text, const QString& dataDir)
{
    DatabaseLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("sqlite")) {
        location.sqliteFile = QDir(dataDir).filePath(QStringLiteral("central.db"));
        return location;
    }
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        location.sqliteFile = trimmed.mid(7);
        if (location.sqliteFile.startsWith(QLatin1String("//")))
            location.sqliteFile = location.sqliteFile.mid(2);
        if (location.sqliteFile.isEmpty())
            return Error{QStringLiteral("config.database"), QStringLiteral("sqlite: needs a file name")};
        return location;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgres") && url.scheme() != QLatin1String("postgresql")))
        return Error{QStringLiteral("config.database"),
                     QStringLiteral("--database takes sqlite, sqlite:/path/file.db or "
                                    "postgres://user[:password]@host[:port]/database, not \"%1\"")
                         .arg(trimmed)};
    location.dialect = SqlDialect::Postgres;
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(5432);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        location.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        location.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (location.host.isEmpty())
        location.host = QStringLiteral("localhost");
    if (location.database.isEmpty() || location.port <= 0)
        return Error{QStringLiteral("config.database"),
                     QStringLiteral("the PostgreSQL URL \"%1\" names no database")
                         .arg(url.toDisplayString(QUrl::RemovePassword))};
    return location;
}

QString DatabaseLocation::describe() const
{
    if (dialect == SqlDialect::Sqlite)
        return QStringLiteral("sqlite:%1").arg(sqliteFile);
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace ow::central
