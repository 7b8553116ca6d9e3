#include "ApiResponse.h"

#include <QJsonDocument>

namespace ow::central {

ApiResponse ApiResponse::json(int status, const QJsonObject& body)
{
    return bytes(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

ApiResponse ApiResponse::bytes(int status, QByteArray body, QByteArray contentType)
{
    ApiResponse response;
    response.m_status = status;
    response.m_body = std::move(body);
    response.m_contentType = std::move(contentType);
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.m_status = status;
    return response;
}

ApiResponse ApiResponse::file(int status, const QString& path, qint64 offset, qint64 length,
                              QByteArray contentType)
{
    ApiResponse response;
    response.m_status = status;
    response.m_filePath = path;
    response.m_fileOffset = offset;
    response.m_fileLength = length;
    response.m_contentType = std::move(contentType);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message, bool retryable,
                               const QJsonObject& details)
{
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("retryable"), retryable}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

ApiResponse ApiResponse::unavailable(const QString& code, const QString& message, int retryAfterSeconds)
{
    ApiResponse response = error(503, code, message, true);
    response.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}

QByteArray ApiResponse::header(const QByteArray& name) const
{
    for (const auto& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString ApiResponse::errorCode() const
{
    if (isSuccess() || m_contentType != "application/json")
        return {};
    return QJsonDocument::fromJson(m_body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace ow::central
