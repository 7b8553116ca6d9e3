#pragma once

// Small helpers shared by the stores: running statements with errors as values, and the text forms
// in which dates and times are stored (ISO 8601; date-times in UTC with milliseconds, so they sort).

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ow::sql {

// A translated error for a failed statement; SQLite's "disk full" and "busy" get their own codes.
Error error(const QSqlError& sqlError, const QString& what);

// Prepares sql on db; the query is forward-only.
Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql);

// Executes a prepared query; `what` names the operation in the log and the error.
Result<void> exec(QSqlQuery& query, const QString& what);

// Prepares and executes a statement without bound values.
Result<void> execDirect(const QSqlDatabase& db, const QString& sql, const QString& what);

QVariant fromDateTime(const QDateTime& value); // null when invalid
QDateTime toDateTime(const QVariant& value);   // local time; invalid when null
QVariant fromDate(const QDate& value);         // null when invalid
QDate toDate(const QVariant& value);
QVariant fromText(const QString& value); // null when empty
QVariant text(const QString& value);     // never null: a null string becomes an empty one

} // namespace ow::sql
