#include "storage/QueueTicketStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {} // namespace

QueueTicketStore::QueueTicketStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<qint64> QueueTicketStore::save(const QueueTicket& ticket)
{
    const QDateTime issued = ticket.issuedAt.isValid() ? ticket.issuedAt : m_clock.now();
    qint64 id = 0;
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto query =
            sql::prepare(db, QStringLiteral("INSERT INTO queue_tickets (day, number, queue, issued_at, "
                                            "called_at, window, status, applicant_id) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                            "ON CONFLICT (day, number) DO UPDATE SET "
                                            "queue = excluded.queue, called_at = excluded.called_at, "
                                            "window = excluded.window, status = excluded.status, "
                                            "applicant_id = excluded.applicant_id RETURNING id"));
        if (!query)
            return query.error();
        QSqlQuery& q = query.value();
        q.addBindValue(sql::fromDate(issued.date()));
        q.addBindValue(sql::text(ticket.number));
        q.addBindValue(sql::text(ticket.queue));
        q.addBindValue(sql::fromDateTime(issued));
        q.addBindValue(sql::fromDateTime(ticket.calledAt));
        q.addBindValue(sql::fromText(ticket.window));
        q.addBindValue(static_cast<int>(ticket.status));
        q.addBindValue(ticket.applicantId ? QVariant(*ticket.applicantId)
                                          : QVariant(QMetaType::fromType<qint64>()));
        if (auto executed =
                sql::exec(q, QCoreApplication::translate("ow::QueueTicketStore", "save the queue ticket"));
            !executed)
            return executed;
        if (!q.next())
            return sql::error(q.lastError(),
                              QCoreApplication::translate("ow::QueueTicketStore", "save the queue ticket"));
        id = q.value(0).toLongLong();
        q.finish();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<QueueTicket>> QueueTicketStore::listForDay(const QDate& day)
{
    auto query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT id, number, queue, issued_at, called_at, window, status, "
                                    "applicant_id FROM queue_tickets WHERE day = ? ORDER BY issued_at, id"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    q.addBindValue(sql::fromDate(day));
    if (auto done =
            sql::exec(q, QCoreApplication::translate("ow::QueueTicketStore", "read the queue tickets"));
        !done)
        return done.error();
    QList<QueueTicket> tickets;
    while (q.next()) {
        QueueTicket ticket;
        ticket.id = q.value(0).toLongLong();
        ticket.number = q.value(1).toString();
        ticket.queue = q.value(2).toString();
        ticket.issuedAt = sql::toDateTime(q.value(3));
        ticket.calledAt = sql::toDateTime(q.value(4));
        ticket.window = q.value(5).toString();
        ticket.status = static_cast<TicketStatus>(q.value(6).toInt());
        if (!q.value(7).isNull())
            ticket.applicantId = q.value(7).toLongLong();
        tickets.append(std::move(ticket));
    }
    return tickets;
}

Result<QList<QueueTicket>> QueueTicketStore::listToday()
{
    return listForDay(m_clock.today());
}

} // namespace ow
