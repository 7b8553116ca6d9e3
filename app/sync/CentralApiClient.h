#pragma once

// CentralApiClient: the typed, asynchronous calls of the central API the window client makes (sign-in,
// cases, materials, feeds, ratings, audit events); renews an expired access token once per call
// when a refresh-token provider is set.

#include "sync/ApiError.h"
#include "sync/ApiTransport.h"
#include "sync/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUuid>
#include <functional>

namespace ow {

// The feeds the client reads by cursor.
enum class ApiFeed
{
    StatusChanges, // GET /cases/changes, entries under "changes"
    CatalogItems,  // GET /catalog/items, "items"
    Themes,        // GET /catalog/themes, "themes"
    Calendar,      // GET /calendar/holidays, "years"
};

struct LoginRequest
{
    QString login;
    QString password;
    QJsonObject window; // {"region", "hall", "number"}; empty: the user's home window
    QString deviceId;   // registers the window to this installation; empty: registers nothing
};

class CentralApiClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(ApiReply<T>)>;

    explicit CentralApiClient(const QUrl& baseUrl, QObject* parent = nullptr);

    ApiTransport& transport() { return m_transport; }
    void setAccessToken(const QString& token) { m_transport.setAccessToken(token); }
    const QString& accessToken() const { return m_transport.accessToken(); }
    // Called when the server says auth.tokenExpired: returns the refresh token to renew with (empty:
    // none). The new pair is announced by tokensRefreshed, for whoever keeps the credentials.
    void setRefreshTokenProvider(std::function<QString()> provider) { m_refreshToken = std::move(provider); }

    void login(const LoginRequest& request, Callback<LoginAnswer> done);
    void refresh(const QString& refreshToken, Callback<LoginAnswer> done);
    void logout(Callback<QJsonObject> done);
    void me(Callback<ApiUser> done);
    void health(Callback<QJsonObject> done);

    // PUT /cases/{uuid} with the case as CaseJson writes it.
    void upsertCase(const QUuid& caseUuid, const QByteArray& caseJson, const QUuid& key,
                    Callback<QJsonObject> done);
    void announceMaterial(const QString& sha256, qint64 size, const QString& mediaType, const QUuid& key,
                          Callback<MaterialState> done);
    // GET /materials/{sha256}: what the server holds (404 material.notFound before the announce).
    void materialState(const QString& sha256, Callback<MaterialState> done);
    void putChunk(const QString& sha256, qint64 offset, const QByteArray& bytes, const QUuid& key,
                  Callback<MaterialState> done);

    void fetchFeed(ApiFeed feed, const QString& cursor, int limit, Callback<FeedPage> done);
    void submitRating(const QJsonObject& rating, const QUuid& key, Callback<QJsonObject> done);
    void sendAuditEvents(const QJsonArray& events, const QUuid& key, Callback<QJsonObject> done);

signals:
    void tokensRefreshed(const ow::LoginAnswer& answer);
    // A call failed with 401 and the token could not be renewed: someone must sign in again.
    void signInRequired(const ow::ApiError& error);

private:
    template <typename T>
    void call(const ApiRequest& request, std::function<Result<T>(const ApiAnswer&)> parse, Callback<T> done);
    void exchange(const ApiRequest& request, bool mayRefresh, ApiTransport::Done done);

    QNetworkAccessManager m_network;
    ApiTransport m_transport;
    std::function<QString()> m_refreshToken;
};

} // namespace ow
