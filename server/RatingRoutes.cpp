#include "RatingRoutes.h"

#include "ApiRouter.h"
#include "CentralDatabase.h"
#include "FeedPage.h"
#include "TimeText.h"

#include <QUuid>

namespace ow::central {

namespace {

const QStringList levels{QStringLiteral("verySatisfied"), QStringLiteral("satisfied"),
                         QStringLiteral("basicallySatisfied"), QStringLiteral("dissatisfied"),
                         QStringLiteral("veryDissatisfied")};

const QString ratingColumns =
    QStringLiteral("SELECT uuid, revision, case_uuid, ticket_id, window_key, clerk, level, "
                   "reason, comment, rated_at, received_at FROM ratings ");

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonObject ratingJson(const QSqlQuery& row)
{
    return QJsonObject{{QStringLiteral("uuid"), row.value(0).toString()},
                       {QStringLiteral("revision"), FeedPage::cursorText(row.value(1).toLongLong())},
                       {QStringLiteral("caseUuid"), textOrNull(row.value(2))},
                       {QStringLiteral("ticketId"), textOrNull(row.value(3))},
                       {QStringLiteral("window"), textOrNull(row.value(4))},
                       {QStringLiteral("clerk"), textOrNull(row.value(5))},
                       {QStringLiteral("level"), row.value(6).toString()},
                       {QStringLiteral("reason"), row.value(7).toString()},
                       {QStringLiteral("comment"), row.value(8).toString()},
                       {QStringLiteral("ratedAt"), row.value(9).toString()},
                       {QStringLiteral("receivedAt"), row.value(10).toString()}};
}

ApiResponse postRating(RouteContext& context)
{
    const JsonReader body = context.json();
    const QUuid uuid = QUuid::fromString(body.string(QStringLiteral("uuid")));
    if (uuid.isNull())
        body.invalid(QStringLiteral("uuid"), QStringLiteral("a UUID"));
    const QString level = body.string(QStringLiteral("level"));
    if (!levels.contains(level))
        throw ApiFailure::unprocessable(
            QStringLiteral("rating.unknownLevel"),
            QStringLiteral("level must be one of %1.").arg(levels.join(QStringLiteral(", "))));
    const QString reason = body.optionalString(QStringLiteral("reason")).value_or(QString());
    if ((level == QLatin1String("dissatisfied") || level == QLatin1String("veryDissatisfied")) &&
        reason.isEmpty())
        throw ApiFailure::unprocessable(
            QStringLiteral("rating.reasonRequired"),
            QStringLiteral("A dissatisfied rating needs the applicant's reason."));
    const QDateTime ratedAt =
        QDateTime::fromString(body.string(QStringLiteral("ratedAt")), Qt::ISODateWithMs);
    if (!ratedAt.isValid())
        throw ApiFailure::unprocessable(QStringLiteral("rating.invalidTime"),
                                        QStringLiteral("ratedAt must be an ISO 8601 time with a zone."));
    std::optional<QString> caseUuid = body.optionalString(QStringLiteral("caseUuid"));
    if (caseUuid) {
        const QUuid parsed = QUuid::fromString(*caseUuid);
        if (parsed.isNull() || !context.db()
                                    .scalar(QStringLiteral("SELECT 1 FROM cases WHERE uuid = ?"),
                                            {parsed.toString(QUuid::WithoutBraces)})
                                    .isValid())
            throw ApiFailure::conflict(
                QStringLiteral("rating.unknownCase"),
                QStringLiteral("The rated case is not on the server yet; send the case first."), true);
        caseUuid = parsed.toString(QUuid::WithoutBraces);
    }
    const std::optional<qint64> ticket = body.optionalInteger(QStringLiteral("ticketId"));
    const QString id = uuid.toString(QUuid::WithoutBraces);
    if (QSqlQuery held = context.db().exec(ratingColumns + QStringLiteral("WHERE uuid = ?"), {id});
        held.next())
        return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("rating"), ratingJson(held)}}); // received before
    const QVariant noText;                                                   // SQL NULL
    context.db().exec(
        QStringLiteral("INSERT INTO ratings (uuid, revision, case_uuid, ticket_id, window_key, clerk, "
                       "level, reason, comment, rated_at, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, context.db().nextRevision(QStringLiteral("ratings")), caseUuid ? QVariant(*caseUuid) : noText,
         ticket ? QVariant(*ticket) : QVariant(),
         context.caller().window ? QVariant(context.caller().window->key()) : noText, context.caller().login,
         level, reason, body.optionalString(QStringLiteral("comment")).value_or(QString()), isoUtc(ratedAt),
         isoUtc(context.now())});
    QSqlQuery row = context.db().exec(ratingColumns + QStringLiteral("WHERE uuid = ?"), {id});
    row.next();
    return ApiResponse::json(201, QJsonObject{{QStringLiteral("rating"), ratingJson(row)}});
}

ApiResponse ratingFeed(RouteContext& context)
{
    FeedPage page(context.request);
    QSqlQuery rows =
        context.db().exec(ratingColumns + QStringLiteral("WHERE revision > ? ORDER BY revision LIMIT ?"),
                          {page.after(), page.fetchLimit()});
    while (rows.next()) {
        if (!page.add(ratingJson(rows), rows.value(1).toLongLong()))
            break;
    }
    return ApiResponse::json(200, page.toJson(QStringLiteral("ratings")));
}

} // namespace

void RatingRoutes::add(ApiRouter& router)
{
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/ratings"), Role::Clerk | Role::Supervisor},
               postRating);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/ratings"), Role::Supervisor}, ratingFeed);
}

} // namespace ow::central
