#include "ApplicantRoutes.h"

#include "ApiRouter.h"
#include "CentralDatabase.h"
#include "TimeText.h"
#include "core/CreditCode.h"
#include "core/ResidentId.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::central {

namespace {

QJsonObject licenceJson(const QSqlQuery& row)
{
    const QString type = row.value(2).toString();
    const QString number = row.value(3).toString();
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("holder"), row.value(1).toString()},
        {QStringLiteral("type"), type},
        {QStringLiteral("number"), number},
        {QStringLiteral("issuer"), row.value(4).toString()},
        {QStringLiteral("trustLevel"), row.value(5).toString()},
        {QStringLiteral("validUntil"), row.value(6).isNull() ? QJsonValue() : row.value(6).toString()},
        {QStringLiteral("reference"), type + QLatin1Char(':') + number}};
}

const QString licenceColumns =
    QStringLiteral("SELECT id, holder_key, type, number, issuer, trust_level, valid_until FROM licences ");

// The document the licence library hands out: generated, the same bytes every time.
QByteArray licenceDocument(const QJsonObject& licence)
{
    return QStringLiteral(
               "电子证照 / Electronic licence\n类型 Type: %1\n编号 Number: %2\n持证主体 Holder: %3\n"
               "发证机关 Issuer: %4\n可信等级 Trust level: %5\n有效期至 Valid until: %6\n")
        .arg(licence.value(QStringLiteral("type")).toString(),
             licence.value(QStringLiteral("number")).toString(),
             licence.value(QStringLiteral("holder")).toString(),
             licence.value(QStringLiteral("issuer")).toString(),
             licence.value(QStringLiteral("trustLevel")).toString(),
             licence.value(QStringLiteral("validUntil")).toString(QStringLiteral("长期")))
        .toUtf8();
}

QJsonObject licenceById(RouteContext& context)
{
    bool ok = false;
    const qint64 id = context.param(QStringLiteral("id")).toLongLong(&ok);
    QSqlQuery row = context.db().exec(licenceColumns + QStringLiteral("WHERE id = ?"), {ok ? id : -1});
    if (!row.next())
        throw ApiFailure::notFound(
            QStringLiteral("licence.notFound"),
            QStringLiteral("There is no licence %1.").arg(context.param(QStringLiteral("id"))));
    return licenceJson(row);
}

ApiResponse getApplicant(RouteContext& context)
{
    const QString key = context.param(QStringLiteral("key")).toUpper();
    const QVariant document =
        context.db().scalar(QStringLiteral("SELECT document FROM applicants WHERE applicant_key = ?"), {key});
    if (!document.isValid())
        throw ApiFailure::notFound(QStringLiteral("applicant.notFound"),
                                   QStringLiteral("The central platform has no file for this applicant."));
    QJsonArray licences;
    QSqlQuery rows =
        context.db().exec(licenceColumns + QStringLiteral("WHERE holder_key = ? ORDER BY id"), {key});
    while (rows.next())
        licences.append(licenceJson(rows));
    return ApiResponse::json(200,
                             QJsonObject{{QStringLiteral("applicant"),
                                          QJsonDocument::fromJson(document.toString().toUtf8()).object()},
                                         {QStringLiteral("licences"), licences}});
}

ApiResponse putApplicant(RouteContext& context)
{
    const JsonReader body = context.json();
    if (ApplicantRoutes::checkedKey(body) != context.param(QStringLiteral("key")).toUpper())
        throw ApiFailure::unprocessable(
            QStringLiteral("applicant.keyMismatch"),
            QStringLiteral("The number in the body differs from the one in the path."));
    ApplicantRoutes::upsert(context.db(), body, isoUtc(context.now()));
    return getApplicant(context);
}

ApiResponse findLicences(RouteContext& context)
{
    const QString holder = context.request.queryValue(QStringLiteral("holder")).toUpper();
    if (holder.isEmpty())
        throw ApiFailure::badRequest(
            QStringLiteral("request.missingParameter"),
            QStringLiteral("Say whose licences: ?holder=<ID number or credit code>."));
    const QString type = context.request.queryValue(QStringLiteral("type"));
    QSqlQuery rows =
        type.isEmpty()
            ? context.db().exec(licenceColumns + QStringLiteral("WHERE holder_key = ? ORDER BY id"), {holder})
            : context.db().exec(licenceColumns +
                                    QStringLiteral("WHERE holder_key = ? AND type = ? ORDER BY id"),
                                {holder, type});
    QJsonArray licences;
    while (rows.next())
        licences.append(licenceJson(rows));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("licences"), licences}});
}

ApiResponse getLicence(RouteContext& context)
{
    QJsonObject licence = licenceById(context);
    const QByteArray document = licenceDocument(licence);
    licence.insert(
        QStringLiteral("file"),
        QJsonObject{
            {QStringLiteral("mediaType"), QStringLiteral("text/plain; charset=utf-8")},
            {QStringLiteral("size"), document.size()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex())}});
    return ApiResponse::json(200, licence);
}

ApiResponse getLicenceFile(RouteContext& context)
{
    const QByteArray document = licenceDocument(licenceById(context));
    return ApiResponse::bytes(200, document, "text/plain; charset=utf-8")
        .withHeader("X-Content-SHA256",
                    QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString ApplicantRoutes::checkedKey(const JsonReader& applicant)
{
    const QString kind = applicant.string(QStringLiteral("kind"));
    if (kind != QLatin1String("person") && kind != QLatin1String("enterprise"))
        throw ApiFailure::unprocessable(
            QStringLiteral("applicant.invalidKind"),
            QStringLiteral("An applicant is a person or an enterprise."),
            QJsonObject{{QStringLiteral("field"), applicant.pathOf(QStringLiteral("kind"))}});
    const bool person = kind == QLatin1String("person");
    const QString field = person ? QStringLiteral("idNumber") : QStringLiteral("creditCode");
    const QString key = applicant.string(field).toUpper();
    const QChar check = key.size() == 18 ? (person ? ResidentId::computeCheckChar(QStringView(key).left(17))
                                                   : CreditCode::computeCheckChar(QStringView(key).left(17)))
                                         : QChar();
    if (check.isNull() || check != key.at(17))
        throw ApiFailure::unprocessable(
            QStringLiteral("applicant.invalidKey"),
            person ? QStringLiteral("The ID number is not valid (check character).")
                   : QStringLiteral("The credit code is not valid (check character)."),
            QJsonObject{{QStringLiteral("field"), applicant.pathOf(field)}});
    applicant.string(QStringLiteral("name"));
    return key;
}

QString ApplicantRoutes::upsert(CentralDatabase& db, const JsonReader& applicant, const QString& now)
{
    const QString key = checkedKey(applicant);
    QJsonObject document;
    const QVariant held =
        db.scalar(QStringLiteral("SELECT document FROM applicants WHERE applicant_key = ?"), {key});
    if (held.isValid())
        document = QJsonDocument::fromJson(held.toString().toUtf8()).object();
    const QJsonObject given = applicant.json();
    for (auto it = given.begin(); it != given.end(); ++it)
        document.insert(it.key(), it.value());
    db.exec(QStringLiteral(
                "INSERT INTO applicants (applicant_key, kind, name, document, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (applicant_key) DO UPDATE SET kind = excluded.kind, "
                "name = excluded.name, document = excluded.document, updated_at = excluded.updated_at"),
            {key, document.value(QStringLiteral("kind")).toString(),
             document.value(QStringLiteral("name")).toString(),
             QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)), now});
    return key;
}

void ApplicantRoutes::add(ApiRouter& router)
{
    const Roles intake = Role::Clerk | Role::Supervisor;
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/applicants/{key}")}, getApplicant);
    router.add({QStringLiteral("PUT"), QStringLiteral("/api/v1/applicants/{key}"), intake}, putApplicant);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/licences")}, findLicences);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/licences/{id}")}, getLicence);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/licences/{id}/file")}, getLicenceFile);
}

} // namespace ow::central
