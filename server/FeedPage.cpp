#include "FeedPage.h"

#include "ApiFailure.h"

namespace ow::central {

FeedPage::FeedPage(const ApiRequest& request, int defaultPageSize)
    : m_limit(defaultPageSize)
{
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        bool ok = false;
        m_after = cursor.toLongLong(&ok);
        if (!ok || m_after < 0)
            throw ApiFailure::badRequest(
                QStringLiteral("request.invalidCursor"),
                QStringLiteral("The cursor \"%1\" did not come from this server; start "
                               "again without a cursor.")
                    .arg(cursor.left(40)));
    }
    m_last = m_after;
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        m_limit = limit.toInt(&ok);
        if (!ok || m_limit < 1 || m_limit > maxLimit)
            throw ApiFailure::badRequest(
                QStringLiteral("request.invalidLimit"),
                QStringLiteral("The limit must be a number from 1 to %1.").arg(maxLimit));
    }
}

bool FeedPage::add(const QJsonObject& entry, qint64 revision)
{
    if (m_entries.size() >= m_limit) {
        m_hasMore = true;
        return false;
    }
    m_entries.append(entry);
    m_last = revision;
    return true;
}

QJsonObject FeedPage::toJson(const QString& listName) const
{
    return QJsonObject{{listName, m_entries},
                       {QStringLiteral("nextCursor"), cursorText(m_last)},
                       {QStringLiteral("hasMore"), m_hasMore}};
}

} // namespace ow::central
