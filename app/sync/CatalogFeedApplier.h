#pragma once

// CatalogFeedApplier: applies a page of the central catalog feeds (items, themes) to the local catalog
// (CatalogStore) and saves the feed's cursor in the same transaction. A withdrawn entry
// ({"code", "deleted": true}) is removed locally; an unreadable entry is skipped and logged.

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/ApiTypes.h"

namespace ow {

class Database;

class CatalogFeedApplier
{
public:
    // The names of the feeds in FeedCursorStore.
    static QString itemsFeedName() { return QStringLiteral("catalog.items"); }
    static QString themesFeedName() { return QStringLiteral("catalog.themes"); }

    struct Applied
    {
        int upserted = 0; // inserted or replaced
        int removed = 0;  // withdrawn on the server
        int skipped = 0;  // unreadable entries

        int changed() const { return upserted + removed; }
    };

    CatalogFeedApplier(Database& database, const Clock& clock);

    // Each applies every readable entry of page and stores page.nextCursor: all or nothing.
    Result<Applied> applyItems(const FeedPage& page);
    Result<Applied> applyThemes(const FeedPage& page);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
