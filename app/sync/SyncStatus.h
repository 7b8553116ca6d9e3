#pragma once

// SyncStatus: the state of the link to the central platform and what waits in the outbox, as the
// status bar and the supervisor see it.

#include <QCoreApplication>
#include <QString>

namespace ow {

struct SyncStatus
{
    enum class State
    {
        NotConfigured, // no central server set up for this window (sync arrives with the central API)
        Offline,       // configured but unreachable; work continues and queues up
        Syncing,       // delivering the outbox or pulling updates
        Online,        // connected; the outbox drains
    };

    State state = State::NotConfigured;
    int pending = 0;   // operations waiting to be delivered
    int parked = 0;    // operations the server refused; shown until someone retries or escalates
    QString lastError; // translated text of the last failure, for the sync panel; empty after a success

    // One line for the status bar, e.g. "Offline · 3 operation(s) waiting".
    QString describe() const;
    // True when the clerk should look: operations are parked.
    bool needsAttention() const { return parked > 0; }

    bool operator==(const SyncStatus&) const = default;

    Q_DECLARE_TR_FUNCTIONS(ow::SyncStatus)
};

} // namespace ow
