#include "sync/CentralLink.h"

#include "storage/OfflineCredentialStore.h"
#include "sync/CentralApiClient.h"
#include "sync/CredentialVault.h"
#include "sync/OfflineLogin.h"
#include "sync/SignInService.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLog.h"

#include <QJsonObject>

namespace ow {

namespace {

constexpr int reconnectIntervalMs = 30000;

} // namespace

CentralLink::CentralLink(Database& database, const BlobStore& blobs, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_blobs(blobs)
    , m_clock(clock)
    , m_vault(std::make_unique<CredentialVault>())
    , m_offlineStore(std::make_unique<OfflineCredentialStore>(database))
    , m_offline(std::make_unique<OfflineLogin>(*m_offlineStore, clock))
{
    m_reconnect.setInterval(reconnectIntervalMs);
    connect(&m_reconnect, &QTimer::timeout, this, &CentralLink::tryGoingOnline);
    m_signIn = std::make_unique<SignInService>(
        [this](const SignInRequest& request, std::function<void(Result<LoginAnswer>)> done) {
            onlineLogin(request, done);
        },
        *m_vault, *m_offline);
    m_signIn->setOnlineLogout([this](const QString&) {
        if (m_client)
            m_client->logout([](const ApiReply<QJsonObject>&) {});
    });
    connect(m_signIn.get(), &SignInService::signedIn, this,
            [this](const SignedInUser&, bool online) { onSignedIn(online); });
    connect(m_signIn.get(), &SignInService::signedOut, this, [this] {
        m_reconnect.stop();
        if (m_engine)
            m_engine->stop();
        if (m_client)
            m_client->setAccessToken(QString());
    });
}

CentralLink::~CentralLink()
{
    if (m_engine)
        m_engine->stop();
}

QJsonObject CentralLink::windowObject(const QString& windowKey)
{
    const QStringList parts = windowKey.split(QLatin1Char('-'));
    bool hallOk = false;
    bool numberOk = false;
    if (parts.size() != 3 || parts.at(0).size() != 6)
        return {};
    const int hall = parts.at(1).toInt(&hallOk);
    const int number = parts.at(2).toInt(&numberOk);
    if (!hallOk || !numberOk)
        return {};
    return {{QLatin1String("region"), parts.at(0)},
            {QLatin1String("hall"), hall},
            {QLatin1String("number"), number}};
}

void CentralLink::connectTo(const QUrl& server)
{
    if (m_engine)
        m_engine->stop();
    m_engine.reset();
    m_server = server;
    m_client = std::make_unique<CentralApiClient>(server);
    m_client->setRefreshTokenProvider([this] { return m_signIn->refreshToken(); });
    connect(m_client.get(), &CentralApiClient::tokensRefreshed, this,
            [this](const LoginAnswer& answer) { m_signIn->tokensRenewed(answer); });
    connect(m_client.get(), &CentralApiClient::signInRequired, this,
            [this](const ApiError& error) { emit signInRequired(error.message); });
    m_engine = std::make_unique<SyncEngine>(m_database, m_blobs, *m_client, m_clock);
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &CentralLink::statusChanged);
    connect(m_engine.get(), &SyncEngine::catalogUpdated, this, &CentralLink::catalogUpdated);
    connect(m_engine.get(), &SyncEngine::holidaysUpdated, this, &CentralLink::holidaysUpdated);
    if (m_signIn->isSignedIn())
        onSignedIn(m_signIn->isOnline());
}

void CentralLink::onlineLogin(const SignInRequest& request,
                              const std::function<void(Result<LoginAnswer>)>& done)
{
    if (!m_client) {
        done(
            Error{QStringLiteral("network.failure"), tr("No central server is configured for this window.")});
        return;
    }
    m_client->login({request.login, request.password, windowObject(request.windowKey), request.deviceId},
                    [done](const ApiReply<LoginAnswer>& reply) {
                        if (reply.ok())
                            done(reply.value());
                        else
                            done(reply.error().toError());
                    });
}

void CentralLink::onSignedIn(bool online)
{
    if (!m_client)
        return;
    m_client->setAccessToken(m_signIn->accessToken());
    m_engine->start();
    if (online) {
        m_reconnect.stop();
        return;
    }
    m_reconnect.start();
    tryGoingOnline();
}

void CentralLink::tryGoingOnline()
{
    if (!m_client || !m_signIn->isSignedIn() || m_signIn->isOnline()) {
        m_reconnect.stop();
        return;
    }
    m_signIn->readKeptRefreshToken([this](std::optional<QString> token) {
        if (!token) {
            m_reconnect.stop();
            emit signInRequired(tr("Signed in offline without a kept sign-in: sign in again when the central "
                                   "server is reachable, to deliver the waiting operations."));
            return;
        }
        m_client->refresh(*token, [this](const ApiReply<LoginAnswer>& reply) {
            if (reply.ok()) {
                m_reconnect.stop();
                m_signIn->tokensRenewed(reply.value());
                m_client->setAccessToken(reply.value().accessToken);
                m_engine->syncNow();
                qCInfo(lcSync) << "Back online after an offline sign-in";
            } else if (!reply.error().unreachable()) {
                m_reconnect.stop();
                emit signInRequired(reply.error().message);
            }
        });
    });
}

} // namespace ow
