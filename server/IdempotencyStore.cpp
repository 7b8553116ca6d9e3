#include "IdempotencyStore.h"

#include "ApiFailure.h"
#include "CentralDatabase.h"
#include "TimeText.h"

#include <QCryptographicHash>
#include <QUuid>

namespace ow::central {

IdempotencyStore::IdempotencyStore(CentralDatabase& db)
    : m_db(db)
{}

QString IdempotencyStore::keyOf(const ApiRequest& request)
{
    const QByteArray header = request.header("Idempotency-Key").trimmed();
    if (header.isEmpty())
        throw ApiFailure::badRequest(QStringLiteral("idempotency.keyMissing"),
                                     QStringLiteral("Every write needs the operation's UUID in the "
                                                    "Idempotency-Key header."));
    const QUuid uuid = QUuid::fromString(QLatin1String(header));
    if (uuid.isNull())
        throw ApiFailure::badRequest(QStringLiteral("idempotency.keyInvalid"),
                                     QStringLiteral("The Idempotency-Key must be a UUID, not \"%1\".")
                                         .arg(QString::fromLatin1(header.left(60))));
    return uuid.toString(QUuid::WithoutBraces);
}

QString IdempotencyStore::requestHash(const ApiRequest& request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method().toUtf8());
    hash.addData("\n");
    hash.addData(request.path().toUtf8());
    hash.addData("\n");
    hash.addData(request.query().toString(QUrl::FullyEncoded).toUtf8());
    hash.addData("\n");
    hash.addData(request.body());
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<ApiResponse> IdempotencyStore::replay(const QString& key, const QString& login,
                                                    const ApiRequest& request)
{
    QSqlQuery row = m_db.exec(QStringLiteral("SELECT login, request_hash, status, content_type, response "
                                             "FROM idempotency WHERE op_key = ?"),
                              {key});
    if (!row.next())
        return std::nullopt;
    if (row.value(0).toString() != login || row.value(1).toString() != requestHash(request))
        throw ApiFailure::unprocessable(
            QStringLiteral("idempotency.keyReused"),
            QStringLiteral("This Idempotency-Key was already used for a different "
                           "request; every operation needs its own UUID."),
            QJsonObject{{QStringLiteral("key"), key}});
    ApiResponse answer = ApiResponse::bytes(row.value(2).toInt(), row.value(4).toString().toUtf8(),
                                            row.value(3).toString().toLatin1());
    answer.withHeader("Idempotent-Replayed", "true");
    return answer;
}

void IdempotencyStore::record(const QString& key, const QString& login, const ApiRequest& request,
                              const ApiResponse& response, const QDateTime& now)
{
    m_db.exec(QStringLiteral("INSERT INTO idempotency (op_key, login, method, path, request_hash, status, "
                             "content_type, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {key, login, request.method(), request.path(), requestHash(request), response.status(),
               QString::fromLatin1(response.contentType()), QString::fromUtf8(response.body()), isoUtc(now)});
}

int IdempotencyStore::purge(const QDateTime& before)
{
    QSqlQuery query =
        m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {isoUtc(before)});
    return query.numRowsAffected();
}

} // namespace ow::central
