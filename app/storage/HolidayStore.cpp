#include "storage/HolidayStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace ow {

HolidayStore::HolidayStore(Database& database)
    : m_database(database)
{}

Result<void> HolidayStore::saveIn(const QSqlDatabase& db, int year, const QByteArray& json,
                                  const QDateTime& now)
{
    auto query = sql::prepare(
        db, QStringLiteral("INSERT INTO holiday_arrangements (year, json, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (year) DO UPDATE SET json = excluded.json, "
                           "updated_at = excluded.updated_at"));
    if (!query)
        return query.error();
    query.value().addBindValue(year);
    query.value().addBindValue(QString::fromUtf8(json));
    query.value().addBindValue(sql::fromDateTime(now));
    return sql::exec(query.value(),
                     QCoreApplication::translate("ow::HolidayStore", "save the holiday arrangement"));
}

Result<QList<HolidayStore::Stored>> HolidayStore::list()
{
    auto query = sql::prepare(m_database.connection(),
                              QStringLiteral("SELECT year, json FROM holiday_arrangements ORDER BY year"));
    if (!query)
        return query.error();
    if (auto done = sql::exec(
            query.value(), QCoreApplication::translate("ow::HolidayStore", "read the holiday arrangements"));
        !done)
        return done.error();
    QList<Stored> result;
    for (QSqlQuery& q = query.value(); q.next();)
        result.append(Stored{q.value(0).toInt(), q.value(1).toString().toUtf8()});
    return result;
}

Result<void> HolidayStore::applyTo(WorkingCalendar& calendar)
{
    const auto stored = list();
    if (!stored)
        return stored.error();
    for (const Stored& arrangement : *stored) {
        if (const auto applied = calendar.applyUpdate(arrangement.json); !applied) {
            qCWarning(lcStorage).noquote() << "the pulled holiday arrangement for" << arrangement.year
                                           << "is refused:" << applied.error().message;
        }
    }
    return {};
}

Result<WorkingCalendar> HolidayStore::workingCalendar()
{
    WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    if (auto applied = applyTo(calendar); !applied)
        return applied.error();
    return calendar;
}

} // namespace ow
