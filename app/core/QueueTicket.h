#pragma once

// QueueTicket: a ticket taken at the hall's queue machine (取号) and called to a window (叫号).

#include <QDateTime>
#include <QString>
#include <optional>

namespace ow {

// Stored in the database by value: append only, never renumber.
enum class TicketStatus
{
    Waiting = 0,
    Called = 1,
    Serving = 2,
    Done = 3,
    NoShow = 4
};

struct QueueTicket
{
    qint64 id = 0;  // internal id, 0 until stored
    QString number; // e.g. "A012"; unique per day
    QString queue;  // the queue (service group) the number belongs to, e.g. "A"
    QDateTime issuedAt;
    QDateTime calledAt; // null until called
    QString window;     // the window that called it
    TicketStatus status = TicketStatus::Waiting;
    std::optional<qint64> applicantId;
};

} // namespace ow
