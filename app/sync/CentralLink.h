#pragma once

// CentralLink: the window's link to the central server, composed: the API client for the server's
// address, the sign-in (keychain, offline hash) and the sync engine, started once someone is signed
// in; after an offline sign-in it keeps trying the kept refresh token until the server answers.

#include "core/Result.h"
#include "sync/ApiTypes.h"
#include "sync/SyncStatus.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace ow {

class BlobStore;
class CentralApiClient;
class Clock;
class CredentialVault;
class Database;
class OfflineCredentialStore;
class OfflineLogin;
class SignInService;
class SyncEngine;
struct SignInRequest;

class CentralLink : public QObject
{
    Q_OBJECT
public:
    CentralLink(Database& database, const BlobStore& blobs, const Clock& clock, QObject* parent = nullptr);
    ~CentralLink() override;

    // Points the link at the server (a demo server's address arrives late); null until then.
    void connectTo(const QUrl& server);
    QUrl server() const { return m_server; }
    bool isConfigured() const { return m_client != nullptr; }

    // How often the kept refresh token is tried after an offline sign-in (30 s).
    void setReconnectInterval(int milliseconds) { m_reconnect.setInterval(milliseconds); }

    SignInService* signIn() const { return m_signIn.get(); }
    SyncEngine* engine() const { return m_engine.get(); }
    CentralApiClient* client() const { return m_client.get(); }

    // "420800-01-007" -> {"region": "420800", "hall": 1, "number": 7}; empty for anything else.
    static QJsonObject windowObject(const QString& windowKey);

signals:
    void statusChanged(const ow::SyncStatus& status);
    // The server wants a new sign-in (the kept token was refused): the clerk keeps working offline.
    void signInRequired(const QString& reason);
    // Pulled from the central server: the local catalog changed; holiday arrangements of these years
    // were stored (HolidayStore).
    void catalogUpdated();
    void holidaysUpdated(const QList<int>& years);

private:
    void onlineLogin(const SignInRequest& request, const std::function<void(Result<LoginAnswer>)>& done);
    void onSignedIn(bool online);
    void tryGoingOnline();

    Database& m_database;
    const BlobStore& m_blobs;
    const Clock& m_clock;
    QUrl m_server;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<OfflineCredentialStore> m_offlineStore;
    std::unique_ptr<OfflineLogin> m_offline;
    std::unique_ptr<CentralApiClient> m_client;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer m_reconnect; // after an offline sign-in: the next try of the kept refresh token
};

} // namespace ow
