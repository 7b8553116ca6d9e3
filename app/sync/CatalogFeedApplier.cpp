#include "sync/CatalogFeedApplier.h"

#include "core/CatalogJson.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "sync/FeedCursorStore.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace ow {

namespace {

// The code of a withdrawn entry ({"code", "deleted": true}); empty when the entry is not one.
QString withdrawnCode(const QJsonObject& entry)
{
    if (!entry.value(QLatin1String("deleted")).toBool(false))
        return {};
    return entry.value(QLatin1String("code")).toString().trimmed();
}

bool isWithdrawal(const QJsonObject& entry)
{
    return entry.value(QLatin1String("deleted")).toBool(false);
}

QString revisionOf(const QJsonValue& entry)
{
    const QJsonValue revision = entry.toObject().value(QLatin1String("revision"));
    return revision.isDouble() ? QString::number(revision.toDouble(), 'f', 0) : revision.toString();
}

// A feed page sorted into what to store, what to withdraw, and how many unreadable entries were skipped.
template <typename T> struct SortedEntries
{
    QList<T> upserts;
    QStringList withdrawn;
    int skipped = 0;

    CatalogFeedApplier::Applied applied(const char* feed) const
    {
        CatalogFeedApplier::Applied result;
        result.upserted = static_cast<int>(upserts.size());
        result.removed = static_cast<int>(withdrawn.size());
        result.skipped = skipped;
        if (result.changed() > 0)
            qCInfo(lcSync).noquote() << feed << ":" << result.upserted << "updated," << result.removed
                                     << "withdrawn";
        return result;
    }
};

// Reads every entry of page: withdrawals by code, the rest through parse; what cannot be read is logged
// and skipped.
template <typename T>
SortedEntries<T> sortEntries(const FeedPage& page, const char* feed,
                             const std::function<Result<T>(const QJsonObject&)>& parse)
{
    SortedEntries<T> sorted;
    for (const QJsonValue& value : page.items) {
        const QJsonObject entry = value.toObject();
        if (isWithdrawal(entry)) {
            const QString code = withdrawnCode(entry);
            if (code.isEmpty()) {
                qCWarning(lcSync).noquote()
                    << feed << ": skipping a withdrawal without a code, revision" << revisionOf(value);
                ++sorted.skipped;
            } else {
                sorted.withdrawn.append(code);
            }
            continue;
        }
        Result<T> parsed = value.isObject()
                               ? parse(entry)
                               : Result<T>(Error{QStringLiteral("feed.notAnObject"),
                                                 QStringLiteral("an entry that is not an object")});
        if (!parsed) {
            qCWarning(lcSync).noquote() << feed << ": skipping an unreadable entry, revision"
                                        << revisionOf(value) << ":" << parsed.error().message;
            ++sorted.skipped;
            continue;
        }
        sorted.upserts.append(std::move(parsed).value());
    }
    return sorted;
}

} // namespace

CatalogFeedApplier::CatalogFeedApplier(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<CatalogFeedApplier::Applied> CatalogFeedApplier::applyItems(const FeedPage& page)
{
    const auto parseItem = [](const QJsonObject& entry) -> Result<ServiceItem> {
        Result<ServiceItem> item = CatalogJson::itemFromJson(entry);
        if (item && (item->code.trimmed().isEmpty() || item->name.trimmed().isEmpty()))
            return Error{QStringLiteral("catalog.incomplete"),
                         QStringLiteral("an item without a code or a name")};
        return item;
    };
    const SortedEntries<ServiceItem> sorted = sortEntries<ServiceItem>(page, "catalog feed", parseItem);
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto upserted = CatalogStore::upsertIn(db, sorted.upserts); !upserted)
            return upserted;
        if (auto removed = CatalogStore::removeItemsIn(db, sorted.withdrawn); !removed)
            return removed;
        return FeedCursorStore::saveIn(db, itemsFeedName(), page.nextCursor, m_clock.now());
    });
    if (!done)
        return done.error();
    return sorted.applied("catalog feed");
}

Result<CatalogFeedApplier::Applied> CatalogFeedApplier::applyThemes(const FeedPage& page)
{
    const auto parseTheme = [](const QJsonObject& entry) -> Result<Theme> {
        const Result<QList<Theme>> parsed =
            CatalogJson::parseThemes(QJsonDocument(QJsonObject{{QLatin1String("themes"), QJsonArray{entry}}})
                                         .toJson(QJsonDocument::Compact));
        if (!parsed)
            return parsed.error();
        if (parsed->size() != 1)
            return Error{QStringLiteral("catalog.noTheme"), QStringLiteral("no theme")};
        return parsed->constFirst();
    };
    const SortedEntries<Theme> sorted = sortEntries<Theme>(page, "theme feed", parseTheme);
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto upserted = CatalogStore::upsertIn(db, {}, sorted.upserts); !upserted)
            return upserted;
        if (auto removed = CatalogStore::removeThemesIn(db, sorted.withdrawn); !removed)
            return removed;
        return FeedCursorStore::saveIn(db, themesFeedName(), page.nextCursor, m_clock.now());
    });
    if (!done)
        return done.error();
    return sorted.applied("theme feed");
}

} // namespace ow
