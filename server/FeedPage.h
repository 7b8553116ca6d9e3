#pragma once

// FeedPage: the one pagination scheme of the central API's delta feeds. A feed lists entries in
// revision order after an opaque cursor; the page says the cursor to continue from and whether more
// entries wait ({"<entries>": [...], "nextCursor": "...", "hasMore": bool}).

#include "ApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ow::central {

class FeedPage
{
public:
    static constexpr int defaultLimit = 500;
    static constexpr int maxLimit = 1000;

    // ?cursor=&limit= of a request; 400 request.invalidCursor / request.invalidLimit when malformed.
    // An absent or empty cursor starts at the beginning.
    FeedPage(const ApiRequest& request, int defaultPageSize = defaultLimit);

    qint64 after() const { return m_after; }
    // Rows to fetch: one more than the page holds, to learn whether more wait.
    int fetchLimit() const { return m_limit + 1; }

    // Adds one fetched entry with its revision; returns false once the page is full (the extra row).
    bool add(const QJsonObject& entry, qint64 revision);
    QJsonObject toJson(const QString& listName) const;

    static QString cursorText(qint64 revision) { return QString::number(revision); }

private:
    qint64 m_after = 0;
    int m_limit = defaultLimit;
    qint64 m_last = 0;
    bool m_hasMore = false;
    QJsonArray m_entries;
};

} // namespace ow::central
