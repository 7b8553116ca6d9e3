#include "MaterialRoutes.h"

#include "ApiRouter.h"
#include "CentralDatabase.h"
#include "MaterialStore.h"
#include "TimeText.h"

#include <QRegularExpression>

namespace ow::central {

namespace {

struct MaterialRow
{
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString state;
};

std::optional<MaterialRow> findRow(RouteContext& context, const QString& sha256)
{
    QSqlQuery row = context.db().exec(
        QStringLiteral("SELECT size, media_type, state FROM materials WHERE sha256 = ?"), {sha256});
    if (!row.next())
        return std::nullopt;
    return MaterialRow{sha256, row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString()};
}

QString checkedSha(const QString& text)
{
    if (!MaterialStore::isSha256(text))
        throw ApiFailure::unprocessable(
            QStringLiteral("material.invalidSha256"),
            QStringLiteral("A material is named by its SHA-256: 64 lower-case hex digits."));
    return text;
}

MaterialRow requireRow(RouteContext& context)
{
    const QString sha256 = checkedSha(context.param(QStringLiteral("sha256")));
    std::optional<MaterialRow> row = findRow(context, sha256);
    if (!row)
        throw ApiFailure::notFound(
            QStringLiteral("material.notFound"),
            QStringLiteral("The server knows no material with this hash; announce it first."));
    return *row;
}

qint64 offsetOf(RouteContext& context, const MaterialRow& row)
{
    return row.state == QLatin1String("complete") ? row.size
                                                  : context.services.materials.partialSize(row.sha256);
}

QJsonObject statusJson(RouteContext& context, const MaterialRow& row)
{
    return QJsonObject{{QStringLiteral("sha256"), row.sha256},
                       {QStringLiteral("size"), row.size},
                       {QStringLiteral("mediaType"), row.mediaType},
                       {QStringLiteral("state"), row.state},
                       {QStringLiteral("offset"), offsetOf(context, row)}};
}

ApiResponse statusResponse(RouteContext& context, const MaterialRow& row, int status = 200)
{
    return ApiResponse::json(status, statusJson(context, row))
        .withHeader("Upload-Offset", QByteArray::number(offsetOf(context, row)))
        .withHeader("Upload-Length", QByteArray::number(row.size))
        .withHeader("Material-State", row.state.toLatin1());
}

void complete(RouteContext& context, MaterialRow& row)
{
    if (!context.services.materials.finish(row.sha256))
        throw ApiFailure::unprocessable(
            QStringLiteral("upload.hashMismatch"),
            QStringLiteral("The bytes received do not have the announced SHA-256; they "
                           "were discarded. Upload the file again from offset 0."),
            QJsonObject{{QStringLiteral("sha256"), row.sha256}, {QStringLiteral("offset"), 0}});
    context.db().exec(
        QStringLiteral("UPDATE materials SET state = 'complete', completed_at = ? WHERE sha256 = ?"),
        {isoUtc(context.now()), row.sha256});
    row.state = QStringLiteral("complete");
}

ApiResponse announce(RouteContext& context)
{
    const JsonReader body = context.json();
    const QString sha256 = checkedSha(body.string(QStringLiteral("sha256")));
    const qint64 size = body.integer(QStringLiteral("size"));
    if (size < 0)
        throw ApiFailure::unprocessable(QStringLiteral("material.invalidSize"),
                                        QStringLiteral("size cannot be negative."));
    if (size > MaterialRoutes::maxMaterial)
        throw ApiFailure(ApiResponse::error(
            413, QStringLiteral("material.tooLarge"),
            QStringLiteral("A material may have at most %1 bytes.").arg(MaterialRoutes::maxMaterial)));
    const QString mediaType =
        body.optionalString(QStringLiteral("mediaType")).value_or(QStringLiteral("application/octet-stream"));
    if (std::optional<MaterialRow> row = findRow(context, sha256)) {
        if (row->size != size)
            throw ApiFailure::conflict(
                QStringLiteral("upload.sizeMismatch"),
                QStringLiteral("This hash was announced with %1 bytes.").arg(row->size), false,
                QJsonObject{{QStringLiteral("size"), row->size}});
        if (row->state != QLatin1String("complete"))
            context.services.materials.startPartial(sha256);
        return statusResponse(context, *row);
    }
    if (context.services.materials.hasComplete(sha256)) {
        // The file is there from an earlier database: take it as it is.
        context.db().exec(
            QStringLiteral("INSERT INTO materials (sha256, size, media_type, state, created_by, "
                           "created_at, completed_at) VALUES (?, ?, ?, 'complete', ?, ?, ?)"),
            {sha256, size, mediaType, context.caller().login, isoUtc(context.now()), isoUtc(context.now())});
        return statusResponse(context, MaterialRow{sha256, size, mediaType, QStringLiteral("complete")}, 201);
    }
    context.db().exec(
        QStringLiteral("INSERT INTO materials (sha256, size, media_type, state, created_by, created_at) "
                       "VALUES (?, ?, ?, 'uploading', ?, ?)"),
        {sha256, size, mediaType, context.caller().login, isoUtc(context.now())});
    context.services.materials.startPartial(sha256);
    MaterialRow row{sha256, size, mediaType, QStringLiteral("uploading")};
    if (size == 0)
        complete(context, row);
    return statusResponse(context, row, 201);
}

ApiResponse status(RouteContext& context)
{
    const MaterialRow row = requireRow(context);
    if (context.request.method() == QLatin1String("HEAD"))
        return ApiResponse::empty(200)
            .withHeader("Upload-Offset", QByteArray::number(offsetOf(context, row)))
            .withHeader("Upload-Length", QByteArray::number(row.size))
            .withHeader("Material-State", row.state.toLatin1());
    return statusResponse(context, row);
}

ApiResponse putChunk(RouteContext& context)
{
    MaterialRow row = requireRow(context);
    if (row.state == QLatin1String("complete"))
        return statusResponse(context, row);
    bool ok = false;
    const qint64 offset = context.param(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        throw ApiFailure::badRequest(QStringLiteral("request.invalidParameter"),
                                     QStringLiteral("The chunk's offset must be a number of bytes."));
    const QByteArray& data = context.request.body();
    if (offset + data.size() > row.size)
        throw ApiFailure::unprocessable(
            QStringLiteral("upload.beyondSize"),
            QStringLiteral("The chunk ends at byte %1, after the announced size %2.")
                .arg(offset + data.size())
                .arg(row.size));
    context.services.materials.writeChunk(row.sha256, offset, data);
    if (context.services.materials.partialSize(row.sha256) == row.size)
        complete(context, row);
    return statusResponse(context, row);
}

ApiResponse content(RouteContext& context)
{
    const MaterialRow row = requireRow(context);
    if (row.state != QLatin1String("complete"))
        throw ApiFailure::conflict(QStringLiteral("material.incomplete"),
                                   QStringLiteral("The material is still being uploaded."), true);
    const QString path = context.services.materials.completePath(row.sha256);
    const QByteArray range = context.request.header("Range").trimmed();
    const QByteArray type = row.mediaType.toLatin1();
    if (range.isEmpty())
        return ApiResponse::file(200, path, 0, row.size, type)
            .withHeader("Accept-Ranges", "bytes")
            .withHeader("X-Content-SHA256", row.sha256.toLatin1());
    static const QRegularExpression pattern(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(range));
    const qint64 first = match.hasMatch() ? match.captured(1).toLongLong() : -1;
    qint64 last =
        match.hasMatch() && !match.captured(2).isEmpty() ? match.captured(2).toLongLong() : row.size - 1;
    last = qMin(last, row.size - 1);
    if (first < 0 || first > last)
        return ApiResponse::error(
                   416, QStringLiteral("request.invalidRange"),
                   QStringLiteral("Ask for one range within the %1 bytes: bytes=first-last.").arg(row.size))
            .withHeader("Content-Range", "bytes */" + QByteArray::number(row.size));
    return ApiResponse::file(206, path, first, last - first + 1, type)
        .withHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) +
                                         '/' + QByteArray::number(row.size))
        .withHeader("X-Content-SHA256", row.sha256.toLatin1());
}

} // namespace

void MaterialRoutes::add(ApiRouter& router)
{
    const Roles intake = Role::Clerk | Role::Supervisor;
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/materials"), intake}, announce);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/materials/{sha256}")}, status);
    RouteSpec chunk{QStringLiteral("PUT"), QStringLiteral("/api/v1/materials/{sha256}/chunks/{offset}"),
                    intake};
    chunk.maxBody = maxChunk;
    router.add(chunk, putChunk);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/materials/{sha256}/content")}, content);
}

} // namespace ow::central
