#include "CaseRoutes.h"

#include "ApiRouter.h"
#include "ApplicantRoutes.h"
#include "CaseDocument.h"
#include "CentralDatabase.h"
#include "FeedPage.h"
#include "TimeText.h"

#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

namespace ow::central {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString windowKeyOf(const AcceptanceNumberParts& parts)
{
    return WindowId{parts.regionCode, parts.hall, parts.window}.key();
}

void recordEvent(CentralDatabase& db, const QString& uuid, const QString& number, const QString& windowKey,
                 const CaseHistoryEntry& entry, const QString& origin)
{
    db.exec(QStringLiteral(
                "INSERT INTO case_events (revision, case_uuid, acceptance_number, window_key, status, at, "
                "by_login, note, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {db.nextRevision(QStringLiteral("caseStatus")), uuid, number, windowKey, entry.status, entry.at,
             entry.by, entry.note, origin});
}

// The newest entry decides the status; entries at the same time keep their order.
QString statusOf(QList<CaseHistoryEntry>& history)
{
    std::stable_sort(history.begin(), history.end(),
                     [](const CaseHistoryEntry& a, const CaseHistoryEntry& b) { return a.at < b.at; });
    return history.isEmpty() ? QString() : history.last().status;
}

void checkReferences(RouteContext& context, const CaseDocument& doc)
{
    for (const QString& code : doc.itemCodes) {
        if (!context.db()
                 .scalar(QStringLiteral("SELECT 1 FROM catalog_items WHERE code = ? AND deleted = 0"), {code})
                 .isValid())
            throw ApiFailure::unprocessable(QStringLiteral("case.unknownItem"),
                                            QStringLiteral("The item %1 is not in the catalog.").arg(code),
                                            QJsonObject{{QStringLiteral("itemCode"), code}});
    }
    QJsonArray missing;
    for (const QString& hash : doc.blobHashes) {
        if (context.db()
                    .scalar(QStringLiteral("SELECT state FROM materials WHERE sha256 = ?"), {hash})
                    .toString() != QLatin1String("complete") &&
            !missing.contains(hash))
            missing.append(hash);
    }
    if (!missing.isEmpty())
        throw ApiFailure::conflict(
            QStringLiteral("case.materialsMissing"),
            QStringLiteral("%1 of the case's files are not on the server yet; upload them, "
                           "then send the case again.")
                .arg(missing.size()),
            true, QJsonObject{{QStringLiteral("missing"), missing}});
}

ApiResponse upsertCase(RouteContext& context)
{
    CaseDocument doc = CaseDocument::parse(context.json(), context.param(QStringLiteral("uuid")));
    const WindowId& window = context.callerWindow();
    if (windowKeyOf(doc.parts) != window.key())
        throw ApiFailure::unprocessable(
            QStringLiteral("case.windowMismatch"),
            QStringLiteral("The acceptance number belongs to window %1, but you sit at "
                           "%2.")
                .arg(windowKeyOf(doc.parts), window.key()),
            QJsonObject{{QStringLiteral("field"), QStringLiteral("acceptanceNumber")}});
    checkReferences(context, doc);
    CentralDatabase& db = context.db();
    const QVariant holder = db.scalar(QStringLiteral("SELECT uuid FROM cases WHERE acceptance_number = ?"),
                                      {doc.acceptanceNumber});
    if (holder.isValid() && holder.toString() != doc.uuid)
        throw ApiFailure::conflict(
            QStringLiteral("case.acceptanceNumberClash"),
            QStringLiteral("Another case already has the acceptance number %1: two windows "
                           "are configured alike. Nothing was merged; call the supervisor.")
                .arg(AcceptanceNumber::display(doc.acceptanceNumber)),
            false, QJsonObject{{QStringLiteral("otherCase"), holder.toString()}});

    QSqlQuery existing = db.exec(
        QStringLiteral("SELECT acceptance_number, version, document, created_at FROM cases WHERE uuid = ?"),
        {doc.uuid});
    const bool created = !existing.next();
    QList<CaseHistoryEntry> held;
    int version = 1;
    QString createdAt = isoUtc(context.now());
    if (!created) {
        if (existing.value(0).toString() != doc.acceptanceNumber)
            throw ApiFailure::conflict(
                QStringLiteral("case.acceptanceNumberChanged"),
                QStringLiteral("The case was reported with another acceptance number before."));
        version = existing.value(1).toInt() + 1;
        held = CaseDocument::historyFrom(QJsonDocument::fromJson(existing.value(2).toString().toUtf8())
                                             .object()
                                             .value(QStringLiteral("history"))
                                             .toArray());
        createdAt = existing.value(3).toString();
    }
    QList<CaseHistoryEntry> merged = held;
    QList<CaseHistoryEntry> added;
    for (const CaseHistoryEntry& entry : std::as_const(doc.history)) {
        if (!merged.contains(entry)) {
            merged << entry;
            added << entry;
        }
    }
    const QString status = statusOf(merged);
    QJsonObject document = doc.json;
    document.insert(QStringLiteral("status"), status);
    document.insert(QStringLiteral("history"), CaseDocument::historyJson(merged));
    const QString applicantKey = ApplicantRoutes::upsert(
        db, JsonReader(doc.json.value(QStringLiteral("applicant")).toObject(), QStringLiteral("applicant")),
        isoUtc(context.now()));
    db.exec(QStringLiteral(
                "INSERT INTO cases (uuid, acceptance_number, window_key, clerk, applicant_key, status, "
                "accepted_at, version, document, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                "clerk = excluded.clerk, applicant_key = excluded.applicant_key, status = excluded.status, "
                "accepted_at = excluded.accepted_at, version = excluded.version, "
                "document = excluded.document, updated_at = excluded.updated_at"),
            {doc.uuid, doc.acceptanceNumber, window.key(), document.value(QStringLiteral("clerk")).toString(),
             applicantKey, status, doc.acceptedAt, version, compact(document), createdAt,
             isoUtc(context.now())});
    std::stable_sort(added.begin(), added.end(),
                     [](const CaseHistoryEntry& a, const CaseHistoryEntry& b) { return a.at < b.at; });
    for (const CaseHistoryEntry& entry : std::as_const(added))
        recordEvent(db, doc.uuid, doc.acceptanceNumber, window.key(), entry, QStringLiteral("window"));
    return ApiResponse::json(created ? 201 : 200,
                             QJsonObject{{QStringLiteral("uuid"), doc.uuid},
                                         {QStringLiteral("acceptanceNumber"), doc.acceptanceNumber},
                                         {QStringLiteral("version"), version},
                                         {QStringLiteral("status"), status},
                                         {QStringLiteral("created"), created}});
}

QJsonObject caseJson(const QSqlQuery& row)
{
    QJsonObject document = QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object();
    document.insert(QStringLiteral("version"), row.value(1).toInt());
    document.insert(QStringLiteral("windowKey"), row.value(2).toString());
    document.insert(QStringLiteral("batchNumber"),
                    row.value(3).isNull() ? QJsonValue() : row.value(3).toString());
    document.insert(QStringLiteral("updatedAt"), row.value(4).toString());
    return document;
}

const QString caseColumns =
    QStringLiteral("SELECT document, version, window_key, batch_number, updated_at FROM cases ");

ApiResponse getCase(RouteContext& context)
{
    const QUuid uuid = QUuid::fromString(context.param(QStringLiteral("uuid")));
    QSqlQuery row = context.db().exec(caseColumns + QStringLiteral("WHERE uuid = ?"),
                                      {uuid.toString(QUuid::WithoutBraces)});
    if (uuid.isNull() || !row.next())
        throw ApiFailure::notFound(QStringLiteral("case.notFound"),
                                   QStringLiteral("The server has no such case."));
    return ApiResponse::json(200, caseJson(row));
}

ApiResponse findCases(RouteContext& context)
{
    const QString typed = context.request.queryValue(QStringLiteral("acceptanceNumber"));
    const Result<AcceptanceNumberParts> parts = AcceptanceNumber::parse(typed);
    if (!parts)
        throw ApiFailure::badRequest(
            QStringLiteral("request.invalidParameter"),
            QStringLiteral("Look cases up by ?acceptanceNumber=: %1").arg(parts.error().message));
    QSqlQuery rows = context.db().exec(caseColumns + QStringLiteral("WHERE acceptance_number = ?"),
                                       {AcceptanceNumber::compose(*parts).value()});
    QJsonArray cases;
    while (rows.next())
        cases.append(caseJson(rows));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("cases"), cases}});
}

ApiResponse postStatus(RouteContext& context)
{
    const JsonReader body = context.json();
    const QString status = body.string(QStringLiteral("status"));
    if (!CaseDocument::isStatus(status))
        throw ApiFailure::unprocessable(QStringLiteral("case.unknownStatus"),
                                        QStringLiteral("\"%1\" is not a case status.").arg(status));
    const QUuid uuid = QUuid::fromString(context.param(QStringLiteral("uuid")));
    if (uuid.isNull())
        throw ApiFailure::notFound(QStringLiteral("case.notFound"),
                                   QStringLiteral("The server has no such case."));
    const CaseHistoryEntry change{status, isoUtc(context.now()), context.caller().login,
                                  body.optionalString(QStringLiteral("note")).value_or(QString())};
    CaseRoutes::changeStatus(context.db(), uuid.toString(QUuid::WithoutBraces), change);
    return getCase(context);
}

ApiResponse changes(RouteContext& context)
{
    FeedPage page(context.request);
    QString window = context.request.queryValue(QStringLiteral("window"));
    if (context.caller().role == Role::Clerk)
        window = context.callerWindow().key(); // a window sees its own cases
    const QString columns =
        QStringLiteral("SELECT revision, case_uuid, acceptance_number, window_key, status, at, "
                       "by_login, note, origin FROM case_events WHERE revision > ? ");
    QSqlQuery rows =
        window.isEmpty()
            ? context.db().exec(columns + QStringLiteral("ORDER BY revision LIMIT ?"),
                                {page.after(), page.fetchLimit()})
            : context.db().exec(columns + QStringLiteral("AND window_key = ? ORDER BY revision LIMIT ?"),
                                {page.after(), window, page.fetchLimit()});
    while (rows.next()) {
        const qint64 revision = rows.value(0).toLongLong();
        const QJsonObject entry{{QStringLiteral("revision"), FeedPage::cursorText(revision)},
                                {QStringLiteral("caseUuid"), rows.value(1).toString()},
                                {QStringLiteral("acceptanceNumber"), rows.value(2).toString()},
                                {QStringLiteral("window"), rows.value(3).toString()},
                                {QStringLiteral("status"), rows.value(4).toString()},
                                {QStringLiteral("at"), rows.value(5).toString()},
                                {QStringLiteral("by"), rows.value(6).toString()},
                                {QStringLiteral("note"), rows.value(7).toString()},
                                {QStringLiteral("origin"), rows.value(8).toString()}};
        if (!page.add(entry, revision))
            break;
    }
    return ApiResponse::json(200, page.toJson(QStringLiteral("changes")));
}

} // namespace

bool CaseRoutes::allowedTransition(const QString& from, const QString& to)
{
    static const QHash<QString, QStringList> next{
        {QStringLiteral("accepted"), {QStringLiteral("dispatched")}},
        {QStringLiteral("dispatched"), {QStringLiteral("inProcess")}},
        {QStringLiteral("inProcess"), {QStringLiteral("completed"), QStringLiteral("returnedForMaterials")}},
        {QStringLiteral("returnedForMaterials"), {QStringLiteral("inProcess")}},
        {QStringLiteral("completed"), {QStringLiteral("resultReady")}},
        {QStringLiteral("resultReady"), {QStringLiteral("delivered")}},
    };
    return next.value(from).contains(to);
}

void CaseRoutes::changeStatus(CentralDatabase& db, const QString& uuid, const CaseHistoryEntry& change)
{
    QSqlQuery row = db.exec(QStringLiteral("SELECT status, document, acceptance_number, window_key, version "
                                           "FROM cases WHERE uuid = ?"),
                            {uuid});
    if (!row.next())
        throw ApiFailure::notFound(QStringLiteral("case.notFound"),
                                   QStringLiteral("The server has no case %1.").arg(uuid));
    const QString from = row.value(0).toString();
    if (!allowedTransition(from, change.status))
        throw ApiFailure::conflict(
            QStringLiteral("case.invalidTransition"),
            QStringLiteral("A case that is %1 cannot become %2.").arg(from, change.status), false,
            QJsonObject{{QStringLiteral("case"), uuid}, {QStringLiteral("status"), from}});
    QJsonObject document = QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object();
    QList<CaseHistoryEntry> history =
        CaseDocument::historyFrom(document.value(QStringLiteral("history")).toArray());
    history << change;
    document.insert(QStringLiteral("history"), CaseDocument::historyJson(history));
    document.insert(QStringLiteral("status"), change.status);
    db.exec(QStringLiteral(
                "UPDATE cases SET status = ?, document = ?, version = ?, updated_at = ? WHERE uuid = ?"),
            {change.status, compact(document), row.value(4).toInt() + 1, change.at, uuid});
    recordEvent(db, uuid, row.value(2).toString(), row.value(3).toString(), change, QStringLiteral("server"));
}

void CaseRoutes::add(ApiRouter& router)
{
    router.add({QStringLiteral("PUT"), QStringLiteral("/api/v1/cases/{uuid}"), Role::Clerk}, upsertCase);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/cases/{uuid}")}, getCase);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/cases")}, findCases);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/cases/changes")}, changes);
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/cases/{uuid}/status"),
                Role::Dispatch | Role::Supervisor},
               postStatus);
}

} // namespace ow::central
