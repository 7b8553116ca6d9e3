#pragma once

// TimeText: how the central server writes times: ISO 8601 UTC with milliseconds, which sorts as text
// on SQLite and PostgreSQL alike ("2025-10-20T02:41:00.000Z").

#include <QDateTime>
#include <QString>

namespace ow::central {

inline QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace ow::central
