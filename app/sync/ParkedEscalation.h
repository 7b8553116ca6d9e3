#pragma once

// ParkedEscalation: reports operations the server refused to the supervisor, as audit events
// ("outbox.escalated") delivered through the outbox to the central audit feed; the refused operations
// stay parked until someone fixes the cause and retries them.

#include "core/Clock.h"
#include "core/Result.h"

#include <QList>
#include <QUuid>

namespace ow {

class OutboxStore;

class ParkedEscalation
{
public:
    ParkedEscalation(OutboxStore& outbox, const Clock& clock);

    // One audit event per refused operation among operations; returns how many were reported.
    Result<int> escalate(const QList<QUuid>& operations, const QString& actor);

private:
    OutboxStore& m_outbox;
    const Clock& m_clock;
};

} // namespace ow
