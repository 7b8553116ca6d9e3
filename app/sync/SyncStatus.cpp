#include "sync/SyncStatus.h"

#include <QCoreApplication>

namespace ow {

QString SyncStatus::describe() const
{
    QString line;
    switch (state) {
    case State::NotConfigured:
        line = tr("Central server not connected");
        break;
    case State::Offline:
        line = tr("Offline");
        break;
    case State::Syncing:
        line = tr("Synchronising");
        break;
    case State::Online:
        line = tr("Online");
        break;
    }
    if (state == State::Online && pending == 0 && parked == 0)
        line += QStringLiteral(" · ") + tr("everything delivered");
    else if (pending > 0 || state != State::Online)
        line += QStringLiteral(" · ") + tr("%n operation(s) waiting", nullptr, pending);
    if (parked > 0)
        line += QStringLiteral(" · ") + tr("%n refused, needs attention", nullptr, parked);
    return line;
}

} // namespace ow
