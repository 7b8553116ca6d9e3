#pragma once

// ApiTransport: one HTTP exchange with the central server: the URL policy (TLS except on loopback),
// a timeout on every request, no redirect to a less safe scheme, the bearer token, the
// Idempotency-Key of writes, and the answer or the typed failure handed back asynchronously.

#include "core/Result.h"
#include "sync/ApiError.h"
#include "sync/ApiTypes.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow {

// One request to the API: method, path under /api/v1, query, body and key.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/cases/<uuid>", below the base path /api/v1
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QUuid idempotencyKey;   // set on writes (POST, PUT, DELETE except login, refresh, logout)
    bool authorised = true; // sends the bearer token
};

class ApiTransport : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(ApiReply<ApiAnswer>)>;

    ApiTransport(QNetworkAccessManager& network, QUrl baseUrl, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    const QUrl& baseUrl() const { return m_baseUrl; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setAccessToken(const QString& token) { m_accessToken = token; }
    const QString& accessToken() const { return m_accessToken; }

    // Refuses anything but https://, and http:// to a loopback host (localhost, 127.0.0.0/8, ::1).
    static Result<void> checkUrl(const QUrl& url);
    static bool isLoopback(const QString& host);
    // The URL and headers request would be sent with.
    QNetworkRequest networkRequest(const ApiRequest& request) const;

    // Sends request; done gets the answer when its status is 2xx, else the typed error. done is called
    // later from the event loop, never from inside send, and not after this transport is gone.
    void send(const ApiRequest& request, Done done);

private:
    void finish(QNetworkReply* reply, const Done& done);

    QNetworkAccessManager& m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout{30000};
    QString m_accessToken;
};

} // namespace ow
