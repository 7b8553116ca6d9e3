#include "storage/SequenceStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

SequenceStore::SequenceStore(Database& database)
    : m_database(database)
{}

Result<int> SequenceStore::next(const QString& windowKey, const QDate& day)
{
    int value = 0;
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto query =
            sql::prepare(db, QStringLiteral("INSERT INTO acceptance_sequences (window_key, day, last) "
                                            "VALUES (?, ?, 1) ON CONFLICT (window_key, day) "
                                            "DO UPDATE SET last = last + 1 RETURNING last"));
        if (!query)
            return query.error();
        QSqlQuery& q = query.value();
        q.addBindValue(sql::text(windowKey));
        q.addBindValue(sql::fromDate(day));
        const QString what =
            QCoreApplication::translate("ow::SequenceStore", "take the next acceptance number");
        if (auto executed = sql::exec(q, what); !executed)
            return executed;
        if (!q.next())
            return sql::error(q.lastError(), what);
        value = q.value(0).toInt();
        q.finish();
        return {};
    });
    if (!done)
        return done.error();
    return value;
}

} // namespace ow
