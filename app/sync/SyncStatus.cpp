#include "sync/SyncStatus.h"

#include <QCoreApplication>

namespace ow {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ow::SyncStatus", text, nullptr, n);
}
} // namespace

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
    case State::UpToDate:
        line = tr("Online");
        break;
    }
    if (pending > 0)
        line += QStringLiteral(" · ") + tr("%n operation(s) waiting", pending);
    if (parked > 0)
        line += QStringLiteral(" · ") + tr("%n refused, needs attention", parked);
    return line;
}

} // namespace ow
