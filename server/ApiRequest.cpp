#include "ApiRequest.h"

#include <QHttpServerRequest>

namespace ow::central {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

ApiRequest::ApiRequest(QString method, QString path, QByteArray body)
    : m_method(std::move(method))
    , m_path(std::move(path))
    , m_body(std::move(body))
{}

ApiRequest ApiRequest::fromHttp(const QHttpServerRequest& request)
{
    ApiRequest out;
    out.m_method = methodName(request.method());
    out.m_path = request.url().path(QUrl::FullyDecoded);
    out.m_query = request.query();
    out.m_body = request.body();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers)
        out.m_headers.insert(name.toLower(), value);
    return out;
}

bool ApiRequest::isWrite() const
{
    return m_method == QLatin1String("POST") || m_method == QLatin1String("PUT") ||
           m_method == QLatin1String("DELETE") || m_method == QLatin1String("PATCH");
}

} // namespace ow::central
