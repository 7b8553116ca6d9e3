#include "DispatchRoutes.h"

#include "ApiRouter.h"
#include "CaseDocument.h"
#include "CaseRoutes.h"
#include "CentralDatabase.h"
#include "FeedPage.h"
#include "TimeText.h"

#include <QRegularExpression>
#include <QUuid>

namespace ow::central {

namespace {

const QString batchColumns =
    QStringLiteral("SELECT batch_number, revision, window_key, department, created_by, "
                   "created_at, received_by, received_at, note FROM dispatch_batches ");

QJsonObject batchJson(CentralDatabase& db, const QSqlQuery& row)
{
    const QString number = row.value(0).toString();
    QJsonArray cases;
    QSqlQuery members =
        db.exec(QStringLiteral("SELECT case_uuid FROM dispatch_batch_cases WHERE batch_number = ? "
                               "ORDER BY position"),
                {number});
    while (members.next())
        cases.append(members.value(0).toString());
    return QJsonObject{
        {QStringLiteral("batchNumber"), number},
        {QStringLiteral("revision"), FeedPage::cursorText(row.value(1).toLongLong())},
        {QStringLiteral("window"), row.value(2).toString()},
        {QStringLiteral("department"), row.value(3).toString()},
        {QStringLiteral("createdBy"), row.value(4).toString()},
        {QStringLiteral("createdAt"), row.value(5).toString()},
        {QStringLiteral("receivedBy"), row.value(6).isNull() ? QJsonValue() : row.value(6).toString()},
        {QStringLiteral("receivedAt"), row.value(7).isNull() ? QJsonValue() : row.value(7).toString()},
        {QStringLiteral("note"), row.value(8).toString()},
        {QStringLiteral("caseUuids"), cases}};
}

QJsonObject batchByNumber(RouteContext& context, const QString& number)
{
    QSqlQuery row = context.db().exec(batchColumns + QStringLiteral("WHERE batch_number = ?"), {number});
    if (!row.next())
        throw ApiFailure::notFound(QStringLiteral("dispatch.notFound"),
                                   QStringLiteral("There is no dispatch batch %1.").arg(number));
    return batchJson(context.db(), row);
}

ApiResponse createBatch(RouteContext& context)
{
    const JsonReader body = context.json();
    const QString number = body.string(QStringLiteral("batchNumber"));
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{3,39}$"));
    if (!pattern.match(number).hasMatch())
        throw ApiFailure::unprocessable(
            QStringLiteral("dispatch.invalidNumber"),
            QStringLiteral("A batch number has 4-40 capital letters, digits and hyphens, "
                           "e.g. PJ-20201123-007-03."));
    const QString department = body.string(QStringLiteral("department"));
    const QStringList uuids = body.stringList(QStringLiteral("caseUuids"));
    if (uuids.isEmpty() || uuids.size() > DispatchRoutes::maxCasesPerBatch)
        throw ApiFailure::unprocessable(
            QStringLiteral("dispatch.invalidSize"),
            QStringLiteral("A batch holds 1 to %1 cases.").arg(DispatchRoutes::maxCasesPerBatch));
    if (context.db()
            .scalar(QStringLiteral("SELECT 1 FROM dispatch_batches WHERE batch_number = ?"), {number})
            .isValid())
        throw ApiFailure::conflict(QStringLiteral("dispatch.batchExists"),
                                   QStringLiteral("The batch number %1 is taken.").arg(number));
    const QString window = context.callerWindow().key();
    const QString now = isoUtc(context.now());
    context.db().exec(
        QStringLiteral("INSERT INTO dispatch_batches (batch_number, revision, window_key, department, "
                       "created_by, created_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {number, context.db().nextRevision(QStringLiteral("dispatch")), window, department,
         context.caller().login, now, body.optionalString(QStringLiteral("note")).value_or(QString())});
    int position = 0;
    for (const QString& text : uuids) {
        const QString uuid = QUuid::fromString(text).toString(QUuid::WithoutBraces);
        QSqlQuery held = context.db().exec(
            QStringLiteral("SELECT status, batch_number FROM cases WHERE uuid = ?"), {uuid});
        if (QUuid::fromString(text).isNull() || !held.next())
            throw ApiFailure::conflict(
                QStringLiteral("dispatch.unknownCase"),
                QStringLiteral("The case %1 is not on the server yet; send it first.").arg(text), true,
                QJsonObject{{QStringLiteral("case"), text}});
        if (!held.value(1).isNull())
            throw ApiFailure::conflict(
                QStringLiteral("dispatch.caseInOtherBatch"),
                QStringLiteral("The case %1 is already in batch %2.").arg(uuid, held.value(1).toString()),
                false, QJsonObject{{QStringLiteral("case"), uuid}});
        if (held.value(0).toString() != QLatin1String("accepted"))
            throw ApiFailure::conflict(
                QStringLiteral("dispatch.caseNotAccepted"),
                QStringLiteral("The case %1 is %2; only accepted cases are dispatched.")
                    .arg(uuid, held.value(0).toString()),
                false, QJsonObject{{QStringLiteral("case"), uuid}});
        context.db().exec(
            QStringLiteral("INSERT INTO dispatch_batch_cases (batch_number, case_uuid, position) "
                           "VALUES (?, ?, ?)"),
            {number, uuid, ++position});
        context.db().exec(QStringLiteral("UPDATE cases SET batch_number = ? WHERE uuid = ?"), {number, uuid});
    }
    return ApiResponse::json(201, QJsonObject{{QStringLiteral("batch"), batchByNumber(context, number)}});
}

ApiResponse receiveBatch(RouteContext& context)
{
    const QString number = context.param(QStringLiteral("number"));
    const QJsonObject batch = batchByNumber(context, number);
    if (!batch.value(QStringLiteral("receivedAt")).isNull())
        throw ApiFailure::conflict(QStringLiteral("dispatch.alreadyReceived"),
                                   QStringLiteral("The batch %1 was received before.").arg(number));
    const QString now = isoUtc(context.now());
    context.db().exec(
        QStringLiteral("UPDATE dispatch_batches SET received_by = ?, received_at = ?, revision = ? "
                       "WHERE batch_number = ?"),
        {context.caller().login, now, context.db().nextRevision(QStringLiteral("dispatch")), number});
    for (const QJsonValue& uuid : batch.value(QStringLiteral("caseUuids")).toArray())
        CaseRoutes::changeStatus(context.db(), uuid.toString(),
                                 CaseHistoryEntry{QStringLiteral("dispatched"), now, context.caller().login,
                                                  QStringLiteral("batch %1").arg(number)});
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("batch"), batchByNumber(context, number)}});
}

ApiResponse batchFeed(RouteContext& context)
{
    FeedPage page(context.request, 100);
    QSqlQuery rows =
        context.db().exec(batchColumns + QStringLiteral("WHERE revision > ? ORDER BY revision LIMIT ?"),
                          {page.after(), page.fetchLimit()});
    while (rows.next()) {
        if (!page.add(batchJson(context.db(), rows), rows.value(1).toLongLong()))
            break;
    }
    return ApiResponse::json(200, page.toJson(QStringLiteral("batches")));
}

} // namespace

void DispatchRoutes::add(ApiRouter& router)
{
    router.add(
        {QStringLiteral("POST"), QStringLiteral("/api/v1/dispatch-batches"), Role::Clerk | Role::Supervisor},
        createBatch);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/dispatch-batches")}, batchFeed);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/dispatch-batches/{number}")},
               [](RouteContext& c) {
                   return ApiResponse::json(200, batchByNumber(c, c.param(QStringLiteral("number"))));
               });
    router.add(
        {QStringLiteral("POST"), QStringLiteral("/api/v1/dispatch-batches/{number}/receive"), Role::Dispatch},
        receiveBatch);
}

} // namespace ow::central
