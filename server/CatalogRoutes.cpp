#include "CatalogRoutes.h"

#include "ApiRouter.h"
#include "CentralDatabase.h"
#include "FeedPage.h"
#include "TimeText.h"
#include "core/CatalogJson.h"
#include "core/HolidayArrangement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow::central {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// One feed over a table with (code, revision, deleted, document).
ApiResponse codeFeed(RouteContext& context, const QString& table, const QString& listName)
{
    FeedPage page(context.request);
    QSqlQuery rows = context.db().exec(QStringLiteral("SELECT code, revision, deleted, document FROM %1 "
                                                      "WHERE revision > ? ORDER BY revision LIMIT ?")
                                           .arg(table),
                                       {page.after(), page.fetchLimit()});
    while (rows.next()) {
        QJsonObject entry;
        if (rows.value(2).toInt() != 0)
            entry = QJsonObject{{QStringLiteral("code"), rows.value(0).toString()},
                                {QStringLiteral("deleted"), true}};
        else {
            entry = parseObject(rows.value(3));
            entry.insert(QStringLiteral("deleted"), false);
        }
        entry.insert(QStringLiteral("revision"), FeedPage::cursorText(rows.value(1).toLongLong()));
        if (!page.add(entry, rows.value(1).toLongLong()))
            break;
    }
    return ApiResponse::json(200, page.toJson(listName));
}

ApiResponse oneByCode(RouteContext& context, const QString& table, const QString& what)
{
    const QString code = context.param(QStringLiteral("code"));
    QSqlQuery row = context.db().exec(
        QStringLiteral("SELECT document, revision FROM %1 WHERE code = ? AND deleted = 0").arg(table),
        {code});
    if (!row.next())
        throw ApiFailure::notFound(QStringLiteral("catalog.notFound"),
                                   QStringLiteral("There is no %1 %2 in the catalog.").arg(what, code));
    QJsonObject entry = parseObject(row.value(0));
    entry.insert(QStringLiteral("revision"), FeedPage::cursorText(row.value(1).toLongLong()));
    return ApiResponse::json(200, entry);
}

void checkCode(const RouteContext& context, const JsonReader& body)
{
    if (body.string(QStringLiteral("code")) != context.param(QStringLiteral("code")))
        throw ApiFailure::unprocessable(
            QStringLiteral("catalog.codeMismatch"),
            QStringLiteral("The code in the body differs from the code in the path."));
}

ApiResponse putItemRoute(RouteContext& context)
{
    const JsonReader body = context.json();
    checkCode(context, body);
    const Result<ServiceItem> item = CatalogJson::itemFromJson(body.json());
    if (!item)
        throw ApiFailure::unprocessable(item.error().code, item.error().message);
    CatalogRoutes::putItem(context.db(), item->code, body.json(), isoUtc(context.now()));
    return oneByCode(context, QStringLiteral("catalog_items"), QStringLiteral("item"));
}

ApiResponse putThemeRoute(RouteContext& context)
{
    const JsonReader body = context.json();
    checkCode(context, body);
    body.string(QStringLiteral("name"));
    const QStringList items = body.stringList(QStringLiteral("itemCodes"));
    if (items.size() < 2)
        throw ApiFailure::unprocessable(QStringLiteral("catalog.invalid"),
                                        QStringLiteral("A theme bundles at least two items."));
    for (const QString& code : items) {
        if (!context.db()
                 .scalar(QStringLiteral("SELECT 1 FROM catalog_items WHERE code = ? AND deleted = 0"), {code})
                 .isValid())
            throw ApiFailure::unprocessable(
                QStringLiteral("catalog.unknownItem"),
                QStringLiteral("The theme lists %1, which is not in the catalog.").arg(code),
                QJsonObject{{QStringLiteral("itemCode"), code}});
    }
    CatalogRoutes::putTheme(context.db(), context.param(QStringLiteral("code")), body.json(),
                            isoUtc(context.now()));
    return oneByCode(context, QStringLiteral("themes"), QStringLiteral("theme"));
}

ApiResponse deleteByCode(RouteContext& context, const QString& table, const QString& feed)
{
    const QString code = context.param(QStringLiteral("code"));
    const qint64 revision = context.db().nextRevision(feed);
    QSqlQuery update =
        context.db().exec(QStringLiteral("UPDATE %1 SET deleted = 1, revision = ?, updated_at = ? "
                                         "WHERE code = ? AND deleted = 0")
                              .arg(table),
                          {revision, isoUtc(context.now()), code});
    if (update.numRowsAffected() < 1)
        throw ApiFailure::notFound(QStringLiteral("catalog.notFound"),
                                   QStringLiteral("There is no %1 in the catalog.").arg(code));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("code"), code},
                                              {QStringLiteral("deleted"), true},
                                              {QStringLiteral("revision"), FeedPage::cursorText(revision)}});
}

ApiResponse holidayFeed(RouteContext& context)
{
    FeedPage page(context.request, 100);
    QSqlQuery rows = context.db().exec(QStringLiteral("SELECT year, revision, document FROM holiday_years "
                                                      "WHERE revision > ? ORDER BY revision LIMIT ?"),
                                       {page.after(), page.fetchLimit()});
    while (rows.next()) {
        QJsonObject entry = parseObject(rows.value(2));
        entry.insert(QStringLiteral("revision"), FeedPage::cursorText(rows.value(1).toLongLong()));
        if (!page.add(entry, rows.value(1).toLongLong()))
            break;
    }
    return ApiResponse::json(200, page.toJson(QStringLiteral("years")));
}

ApiResponse putHolidayRoute(RouteContext& context)
{
    context.json(); // malformed JSON -> 400 like everywhere else
    const Result<HolidayArrangement> arrangement = HolidayArrangement::fromJson(context.request.body());
    if (!arrangement)
        throw ApiFailure::unprocessable(arrangement.error().code, arrangement.error().message);
    const int year = context.param(QStringLiteral("year")).toInt();
    if (arrangement->year() != year)
        throw ApiFailure::unprocessable(QStringLiteral("holidays.yearMismatch"),
                                        QStringLiteral("The arrangement is for %1, the path says %2.")
                                            .arg(arrangement->year())
                                            .arg(year));
    if (!arrangement->isPublished()) {
        const QVariant existing =
            context.db().scalar(QStringLiteral("SELECT document FROM holiday_years WHERE year = ?"), {year});
        if (existing.isValid() && !parseObject(existing).value(QStringLiteral("days")).toArray().isEmpty())
            throw ApiFailure::unprocessable(
                QStringLiteral("holidays.wouldUnpublish"),
                QStringLiteral("%1 is published; an empty arrangement would drop the "
                               "notice.")
                    .arg(year));
    }
    CatalogRoutes::putHolidayYear(context.db(), year, context.request.body(), isoUtc(context.now()));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("year"), year},
                                              {QStringLiteral("days"), int(arrangement->days().size())}});
}

} // namespace

void CatalogRoutes::putItem(CentralDatabase& db, const QString& code, const QJsonObject& item,
                            const QString& now)
{
    db.exec(QStringLiteral(
                "INSERT INTO catalog_items (code, revision, deleted, document, updated_at) "
                "VALUES (?, ?, 0, ?, ?) ON CONFLICT (code) DO UPDATE SET revision = excluded.revision, "
                "deleted = 0, document = excluded.document, updated_at = excluded.updated_at"),
            {code, db.nextRevision(QStringLiteral("catalog")), compact(item), now});
}

void CatalogRoutes::putTheme(CentralDatabase& db, const QString& code, const QJsonObject& theme,
                             const QString& now)
{
    db.exec(QStringLiteral(
                "INSERT INTO themes (code, revision, deleted, document, updated_at) "
                "VALUES (?, ?, 0, ?, ?) ON CONFLICT (code) DO UPDATE SET revision = excluded.revision, "
                "deleted = 0, document = excluded.document, updated_at = excluded.updated_at"),
            {code, db.nextRevision(QStringLiteral("themes")), compact(theme), now});
}

void CatalogRoutes::putHolidayYear(CentralDatabase& db, int year, const QByteArray& json, const QString& now)
{
    QJsonObject document = QJsonDocument::fromJson(json).object();
    document.remove(QStringLiteral("revision"));
    db.exec(
        QStringLiteral("INSERT INTO holiday_years (year, revision, document, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, "
                       "document = excluded.document, updated_at = excluded.updated_at"),
        {year, db.nextRevision(QStringLiteral("holidays")), compact(document), now});
}

void CatalogRoutes::add(ApiRouter& router)
{
    const Roles supervisor = Role::Supervisor;
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/catalog/items")}, [](RouteContext& c) {
        return codeFeed(c, QStringLiteral("catalog_items"), QStringLiteral("items"));
    });
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/catalog/items/{code}")}, [](RouteContext& c) {
        return oneByCode(c, QStringLiteral("catalog_items"), QStringLiteral("item"));
    });
    router.add({QStringLiteral("PUT"), QStringLiteral("/api/v1/catalog/items/{code}"), supervisor},
               putItemRoute);
    router.add({QStringLiteral("DELETE"), QStringLiteral("/api/v1/catalog/items/{code}"), supervisor},
               [](RouteContext& c) {
                   return deleteByCode(c, QStringLiteral("catalog_items"), QStringLiteral("catalog"));
               });
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/catalog/themes")}, [](RouteContext& c) {
        return codeFeed(c, QStringLiteral("themes"), QStringLiteral("themes"));
    });
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/catalog/themes/{code}")}, [](RouteContext& c) {
        return oneByCode(c, QStringLiteral("themes"), QStringLiteral("theme"));
    });
    router.add({QStringLiteral("PUT"), QStringLiteral("/api/v1/catalog/themes/{code}"), supervisor},
               putThemeRoute);
    router.add(
        {QStringLiteral("DELETE"), QStringLiteral("/api/v1/catalog/themes/{code}"), supervisor},
        [](RouteContext& c) { return deleteByCode(c, QStringLiteral("themes"), QStringLiteral("themes")); });
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/calendar/holidays")}, holidayFeed);
    router.add({QStringLiteral("PUT"), QStringLiteral("/api/v1/calendar/holidays/{year}"), supervisor},
               putHolidayRoute);
}

} // namespace ow::central
