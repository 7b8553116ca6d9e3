#include "storage/Sql.h"

#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace ow::sql {

namespace {
constexpr int sqliteBusy = 5;
constexpr int sqliteFull = 13;
} // namespace

Error error(const QSqlError& sqlError, const QString& what)
{
    const int native = sqlError.nativeErrorCode().toInt();
    qCWarning(lcStorage).noquote() << "SQL failure in" << what << ":" << sqlError.text();
    if ((native & 0xff) == sqliteFull) {
        return {QStringLiteral("storage.diskFull"),
                QCoreApplication::translate("ow::Database",
                                            "The disk holding the local database is full, so nothing was "
                                            "saved. Free some disk space and try again.")};
    }
    if ((native & 0xff) == sqliteBusy) {
        return {QStringLiteral("storage.busy"),
                QCoreApplication::translate("ow::Database",
                                            "The local database stayed busy for too long, so nothing was "
                                            "saved. Try again in a moment.")};
    }
    return {QStringLiteral("storage.sql"),
            QCoreApplication::translate("ow::Database",
                                        "The local database could not %1 (%2). Nothing was changed; try "
                                        "again, and call support if it happens again.")
                .arg(what, sqlError.text())};
}

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return error(query.lastError(), QCoreApplication::translate("ow::Database", "prepare a statement"));
    return query;
}

Result<void> exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return error(query.lastError(), what);
    return {};
}

Result<void> execDirect(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return error(query.lastError(), what);
    return {};
}

QVariant fromDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
}

QVariant fromDate(const QDate& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString(Qt::ISODate);
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant fromText(const QString& value)
{
    if (value.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return value;
}

} // namespace ow::sql
