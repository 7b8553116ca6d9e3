#include "ApiClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

namespace ow::central::test {

QString Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

bool Reply::errorRetryable() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("retryable")).toBool();
}

ApiClient::ApiClient(QUrl base)
    : m_base(std::move(base))
{
    m_network.setAutoDeleteReplies(false);
}

Reply ApiClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                      const Headers& headers)
{
    QUrl url = m_base;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply =
        method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out;
    out.elapsedMs = timer.elapsed();
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    out.json = QJsonDocument::fromJson(out.body).object();
    if (!reply->isFinished())
        reply->abort();
    delete reply;
    return out;
}

Reply ApiClient::get(const QString& pathAndQuery, const Headers& headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

Reply ApiClient::write(const QByteArray& method, const QString& path, const QJsonObject& body,
                       const QUuid& key)
{
    return writeRaw(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), key);
}

Reply ApiClient::writeRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QUuid& key, const QByteArray& contentType)
{
    return send(
        method, path, body,
        {{"Idempotency-Key", key.toString(QUuid::WithoutBraces).toLatin1()}, {"Content-Type", contentType}});
}

Reply ApiClient::login(const QString& login, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("login"), login);
    if (!body.contains(QStringLiteral("password")))
        body.insert(QStringLiteral("password"), QStringLiteral("demo-") + login);
    m_token.clear();
    const Reply reply = send("POST", QStringLiteral("/api/v1/auth/login"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (reply.status == 200)
        m_token = reply.json.value(QStringLiteral("accessToken")).toString();
    return reply;
}

} // namespace ow::central::test
