#pragma once

// ApiClient: the tests' HTTP client for the central API: QNetworkAccessManager requests waited for in a
// local event loop (tests only), answers parsed into Reply, the bearer token and Idempotency-Key added.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <QUuid>
#include <optional>

namespace ow::central::test {

struct Reply
{
    int status = 0; // 0: no HTTP answer (connection dropped, refused, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QString errorCode() const;
    bool errorRetryable() const;
    bool replayed() const { return headers.value("idempotent-replayed") == "true"; }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

class ApiClient
{
public:
    explicit ApiClient(QUrl base);

    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }
    void setTlsConfiguration(const QSslConfiguration& tls) { m_tls = tls; }
    const QUrl& base() const { return m_base; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    Reply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
               const Headers& headers = {});
    Reply get(const QString& pathAndQuery, const Headers& headers = {});
    // A write with a fresh Idempotency-Key (or the one given).
    Reply write(const QByteArray& method, const QString& path, const QJsonObject& body,
                const QUuid& key = QUuid::createUuid());
    Reply writeRaw(const QByteArray& method, const QString& path, const QByteArray& body,
                   const QUuid& key = QUuid::createUuid(),
                   const QByteArray& contentType = "application/json");

    // Signs in (password "demo-<login>") and keeps the access token; returns the answer.
    Reply login(const QString& login, const QJsonObject& extra = {});

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace ow::central::test
