#include "AuditRoutes.h"

#include "ApiRouter.h"
#include "CentralDatabase.h"
#include "FeedPage.h"
#include "TimeText.h"

#include <QJsonDocument>
#include <QUuid>

namespace ow::central {

namespace {

ApiResponse postEvents(RouteContext& context)
{
    const JsonReader body = context.json();
    const QJsonArray events = body.array(QStringLiteral("events"));
    if (events.size() > AuditRoutes::maxEventsPerRequest)
        throw ApiFailure::unprocessable(
            QStringLiteral("audit.tooMany"),
            QStringLiteral("Send at most %1 events per request.").arg(AuditRoutes::maxEventsPerRequest));
    struct Event
    {
        QString uuid, at, actor, action;
        QVariant caseUuid;
        QString details;
    };
    QList<Event> parsed;
    for (qsizetype i = 0; i < events.size(); ++i) { // check them all before storing any
        const JsonReader event = body.objectAt(events, i, QStringLiteral("events"));
        const QUuid uuid = QUuid::fromString(event.string(QStringLiteral("uuid")));
        if (uuid.isNull())
            event.invalid(QStringLiteral("uuid"), QStringLiteral("a UUID"));
        const QDateTime at = QDateTime::fromString(event.string(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!at.isValid())
            throw ApiFailure::unprocessable(
                QStringLiteral("audit.invalidTime"),
                QStringLiteral("%1 must be an ISO 8601 time.").arg(event.pathOf(QStringLiteral("at"))));
        const std::optional<QString> caseUuid = event.optionalString(QStringLiteral("caseUuid"));
        const QJsonObject details =
            event.optionalObject(QStringLiteral("details")).value_or(JsonReader(QJsonObject())).json();
        parsed << Event{uuid.toString(QUuid::WithoutBraces),
                        isoUtc(at),
                        event.string(QStringLiteral("actor")),
                        event.string(QStringLiteral("action")),
                        caseUuid ? QVariant(*caseUuid) : QVariant(),
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))};
    }
    int accepted = 0;
    const QVariant window = context.caller().window ? QVariant(context.caller().window->key()) : QVariant();
    for (const Event& event : std::as_const(parsed)) {
        if (context.db()
                .scalar(QStringLiteral("SELECT 1 FROM audit_events WHERE uuid = ?"), {event.uuid})
                .isValid())
            continue;
        context.db().exec(
            QStringLiteral("INSERT INTO audit_events (uuid, revision, at, actor, action, case_uuid, "
                           "window_key, details, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {event.uuid, context.db().nextRevision(QStringLiteral("audit")), event.at, event.actor,
             event.action, event.caseUuid, window, event.details, isoUtc(context.now())});
        ++accepted;
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("accepted"), accepted},
                                              {QStringLiteral("duplicates"), int(parsed.size()) - accepted}});
}

ApiResponse eventFeed(RouteContext& context)
{
    FeedPage page(context.request);
    QSqlQuery rows =
        context.db().exec(QStringLiteral("SELECT uuid, revision, at, actor, action, case_uuid, window_key, "
                                         "details, received_at FROM audit_events WHERE revision > ? "
                                         "ORDER BY revision LIMIT ?"),
                          {page.after(), page.fetchLimit()});
    while (rows.next()) {
        const QJsonObject entry{
            {QStringLiteral("uuid"), rows.value(0).toString()},
            {QStringLiteral("revision"), FeedPage::cursorText(rows.value(1).toLongLong())},
            {QStringLiteral("at"), rows.value(2).toString()},
            {QStringLiteral("actor"), rows.value(3).toString()},
            {QStringLiteral("action"), rows.value(4).toString()},
            {QStringLiteral("caseUuid"), rows.value(5).isNull() ? QJsonValue() : rows.value(5).toString()},
            {QStringLiteral("window"), rows.value(6).isNull() ? QJsonValue() : rows.value(6).toString()},
            {QStringLiteral("details"), QJsonDocument::fromJson(rows.value(7).toString().toUtf8()).object()},
            {QStringLiteral("receivedAt"), rows.value(8).toString()}};
        if (!page.add(entry, rows.value(1).toLongLong()))
            break;
    }
    return ApiResponse::json(200, page.toJson(QStringLiteral("events")));
}

} // namespace

void AuditRoutes::add(ApiRouter& router)
{
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/audit-events")}, postEvents);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/audit-events"), Role::Supervisor}, eventFeed);
}

} // namespace ow::central
