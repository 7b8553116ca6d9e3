#pragma once

// ApiResponse: one answer of the central API (status, headers, a JSON or byte body, or a file range
// streamed from disk), with the factories for the API's single error format.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ow::central {

class ApiResponse
{
public:
    ApiResponse() = default;

    static ApiResponse json(int status, const QJsonObject& body);
    static ApiResponse bytes(int status, QByteArray body, QByteArray contentType);
    static ApiResponse empty(int status);
    // Bytes [offset, offset + length) of a file on disk, sent without reading the file whole.
    static ApiResponse file(int status, const QString& path, qint64 offset, qint64 length,
                            QByteArray contentType);

    // {"error": {"code", "message", "retryable", "details"?}}: the one error format of the API.
    static ApiResponse error(int status, const QString& code, const QString& message, bool retryable = false,
                             const QJsonObject& details = {});
    // 503 with Retry-After.
    static ApiResponse unavailable(const QString& code, const QString& message, int retryAfterSeconds);

    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    int status() const { return m_status; }
    bool isSuccess() const { return m_status >= 200 && m_status < 300; }
    const QByteArray& body() const { return m_body; }
    const QByteArray& contentType() const { return m_contentType; }
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }

    bool isFile() const { return !m_filePath.isEmpty(); }
    const QString& filePath() const { return m_filePath; }
    qint64 fileOffset() const { return m_fileOffset; }
    qint64 contentLength() const { return isFile() ? m_fileLength : m_body.size(); }

    // The error code of an error response, empty otherwise.
    QString errorCode() const;

private:
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QByteArray m_contentType;
    QString m_filePath;
    qint64 m_fileOffset = 0;
    qint64 m_fileLength = 0;
};

} // namespace ow::central
