#include "sync/CatalogFeedApplier.h"

#include "core/CatalogJson.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "sync/FeedCursorStore.h"
#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace

CatalogFeedApplier::CatalogFeedApplier(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<CatalogFeedApplier::Applied> CatalogFeedApplier::applyItems(const FeedPage& page)
{
    Applied applied;
    QList<ServiceItem> items;
    QStringList withdrawn;
    for (const QJsonValue& value : page.items) {
        const QJsonObject entry = value.toObject();
        if (isWithdrawal(entry)) {
            const QString code = withdrawnCode(entry);
            if (code.isEmpty()) {
                qCWarning(lcSync).noquote()
                    << "catalog feed: skipping a withdrawal without a code, revision" << revisionOf(value);
                ++applied.skipped;
                continue;
            }
            withdrawn.append(code);
            continue;
        }
        if (!value.isObject()) {
            qCWarning(lcSync) << "catalog feed: skipping an entry that is not an object";
            ++applied.skipped;
            continue;
        }
        Result<ServiceItem> item = CatalogJson::itemFromJson(entry);
        if (!item) {
            qCWarning(lcSync).noquote() << "catalog feed: skipping an unreadable item, revision"
                                        << revisionOf(value) << ":" << item.error().message;
            ++applied.skipped;
            continue;
        }
        if (item->code.trimmed().isEmpty() || item->name.trimmed().isEmpty()) {
            qCWarning(lcSync).noquote()
                << "catalog feed: skipping an item without a code or a name, revision" << revisionOf(value);
            ++applied.skipped;
            continue;
        }
        items.append(std::move(item).value());
    }
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto upserted = CatalogStore::upsertIn(db, items); !upserted)
            return upserted;
        if (auto removed = CatalogStore::removeItemsIn(db, withdrawn); !removed)
            return removed;
        return FeedCursorStore::saveIn(db, itemsFeedName(), page.nextCursor, m_clock.now());
    });
    if (!done)
        return done.error();
    applied.upserted = static_cast<int>(items.size());
    applied.removed = static_cast<int>(withdrawn.size());
    if (applied.changed() > 0)
        qCInfo(lcSync).noquote() << "catalog feed:" << applied.upserted << "items updated," << applied.removed
                                 << "withdrawn";
    return applied;
}

Result<CatalogFeedApplier::Applied> CatalogFeedApplier::applyThemes(const FeedPage& page)
{
    Applied applied;
    QList<Theme> themes;
    QStringList withdrawn;
    for (const QJsonValue& value : page.items) {
        const QJsonObject entry = value.toObject();
        if (isWithdrawal(entry)) {
            const QString code = withdrawnCode(entry);
            if (code.isEmpty()) {
                qCWarning(lcSync).noquote()
                    << "theme feed: skipping a withdrawal without a code, revision" << revisionOf(value);
                ++applied.skipped;
                continue;
            }
            withdrawn.append(code);
            continue;
        }
        if (!value.isObject()) {
            qCWarning(lcSync) << "theme feed: skipping an entry that is not an object";
            ++applied.skipped;
            continue;
        }
        const Result<QList<Theme>> parsed =
            CatalogJson::parseThemes(QJsonDocument(QJsonObject{{QLatin1String("themes"), QJsonArray{entry}}})
                                         .toJson(QJsonDocument::Compact));
        if (!parsed || parsed->size() != 1) {
            qCWarning(lcSync).noquote()
                << "theme feed: skipping an unreadable theme, revision" << revisionOf(value) << ":"
                << (parsed ? QStringLiteral("no theme") : parsed.error().message);
            ++applied.skipped;
            continue;
        }
        themes.append(parsed->constFirst());
    }
    auto done = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto upserted = CatalogStore::upsertIn(db, {}, themes); !upserted)
            return upserted;
        if (auto removed = CatalogStore::removeThemesIn(db, withdrawn); !removed)
            return removed;
        return FeedCursorStore::saveIn(db, themesFeedName(), page.nextCursor, m_clock.now());
    });
    if (!done)
        return done.error();
    applied.upserted = static_cast<int>(themes.size());
    applied.removed = static_cast<int>(withdrawn.size());
    if (applied.changed() > 0)
        qCInfo(lcSync).noquote() << "theme feed:" << applied.upserted << "themes updated," << applied.removed
                                 << "withdrawn";
    return applied;
}

} // namespace ow
