#pragma once

// ApiRequest: what a route handler sees of one HTTP request, copied out of QHttpServerRequest (which
// belongs to the connection and is reused for its next request): method, path, query, headers, body.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace ow::central {

class ApiRequest
{
public:
    ApiRequest() = default;
    static ApiRequest fromHttp(const QHttpServerRequest& request);
    // For tests and internal callers.
    ApiRequest(QString method, QString path, QByteArray body = {});

    const QString& method() const { return m_method; }
    const QString& path() const { return m_path; }
    const QUrlQuery& query() const { return m_query; }
    QString queryValue(const QString& key) const { return m_query.queryItemValue(key, QUrl::FullyDecoded); }
    const QByteArray& body() const { return m_body; }
    // Header value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray& name) const { return m_headers.value(name.toLower()); }
    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        m_headers.insert(name.toLower(), value);
    }

    bool isWrite() const;

private:
    QString m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
};

} // namespace ow::central
