#include "sync/ApiTransport.h"

#include "sync/ApiAnswerParser.h"
#include "sync/SyncLog.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ow {

ApiTransport::ApiTransport(QNetworkAccessManager& network, QUrl baseUrl, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
{}

bool ApiTransport::isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<void> ApiTransport::checkUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopback(url.host()))))
        return {};
    return ApiError::insecure(url.toDisplayString(QUrl::RemoveUserInfo)).toError();
}

QNetworkRequest ApiTransport::networkRequest(const ApiRequest& request) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + request.path);
    url.setQuery(request.query);
    QNetworkRequest network(url);
    network.setTransferTimeout(static_cast<int>(m_timeout.count()));
    network.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    network.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        network.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (request.authorised && !m_accessToken.isEmpty())
        network.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    if (!request.idempotencyKey.isNull())
        network.setRawHeader("Idempotency-Key", request.idempotencyKey.toByteArray(QUuid::WithoutBraces));
    return network;
}

void ApiTransport::send(const ApiRequest& request, Done done)
{
    const QNetworkRequest network = networkRequest(request);
    if (auto allowed = checkUrl(network.url()); !allowed) {
        ApiError error = ApiError::insecure(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo));
        QTimer::singleShot(0, this, [done = std::move(done), error]() { done(error); });
        return;
    }
    QNetworkReply* reply = request.body.isEmpty() && request.method != "POST" && request.method != "PUT"
                               ? m_network.sendCustomRequest(network, request.method)
                               : m_network.sendCustomRequest(network, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)]() {
        reply->deleteLater();
        finish(reply, done);
    });
}

void ApiTransport::finish(QNetworkReply* reply, const Done& done)
{
    const QNetworkReply::NetworkError failure = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 200 are the connection's (and the proxy's): an answer cut in the middle arrives
    // with a status but is no answer, so the request is sent again under the same key.
    const bool transportFailure =
        failure != QNetworkReply::NoError && failure < QNetworkReply::ContentAccessDenied;
    if (transportFailure || !status.isValid()) {
        qCInfo(lcSync).noquote() << reply->url().path() << "failed:" << reply->errorString();
        if (failure == QNetworkReply::TimeoutError || failure == QNetworkReply::OperationCanceledError)
            done(ApiError::timeout());
        else
            done(ApiError::network(reply->errorString()));
        return;
    }
    ApiAnswer answer;
    answer.status = status.toInt();
    answer.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    if (answer.status >= 200 && answer.status < 300) {
        done(std::move(answer));
        return;
    }
    ApiError error = ApiAnswerParser::error(answer);
    qCInfo(lcSync).noquote() << reply->url().path() << "answered" << answer.status << error.code;
    done(std::move(error));
}

} // namespace ow
