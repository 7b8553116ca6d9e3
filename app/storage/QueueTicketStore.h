#pragma once

// QueueTicketStore: the queue tickets of the hall as this window sees them, kept per day.

#include "core/Clock.h"
#include "core/QueueTicket.h"
#include "core/Result.h"

#include <QDate>
#include <QList>

namespace ow {

class Database;

class QueueTicketStore
{
public:
    QueueTicketStore(Database& database, const Clock& clock);

    // Inserts the ticket, or updates the one with the same number on the day it was issued; returns
    // its internal id.
    Result<qint64> save(const QueueTicket& ticket);
    Result<QList<QueueTicket>> listForDay(const QDate& day);
    Result<QList<QueueTicket>> listToday();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
