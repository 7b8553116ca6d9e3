#include "sync/SignInService.h"

#include "core/Masking.h"
#include "sync/CredentialVault.h"
#include "sync/OfflineLogin.h"
#include "sync/SyncLog.h"

#include <QPointer>

namespace ow {

SignInService::SignInService(OnlineLogin onlineLogin, CredentialVault& vault, OfflineLogin& offline,
                             QObject* parent)
    : QObject(parent)
    , m_onlineLogin(std::move(onlineLogin))
    , m_vault(vault)
    , m_offline(offline)
{}

bool SignInService::isUnreachable(const Error& error)
{
    const QString& code = error.code;
    return code == QLatin1String("network.failure") || code == QLatin1String("network.timeout") ||
           code == QLatin1String("api.badAnswer") || code.startsWith(QLatin1String("server.")) ||
           code.startsWith(QLatin1String("fault."));
}

void SignInService::signIn(const SignInRequest& request)
{
    if (m_signedIn)
        signOut();
    const quint64 attempt = ++m_attempt;
    setBusy(true);
    QPointer<SignInService> self(this);
    m_onlineLogin(request, [self, attempt, request](Result<SignInAnswer> answer) {
        if (self && self->m_attempt == attempt)
            self->onlineAnswered(request, std::move(answer));
    });
}

void SignInService::onlineAnswered(const SignInRequest& request, Result<SignInAnswer> answer)
{
    if (!answer) {
        if (isUnreachable(answer.error()))
            signInOffline(request, answer.error());
        else
            fail(answer.error());
        return;
    }
    m_accessToken = answer->accessToken;
    m_refreshToken = answer->refreshToken;
    m_key = {request.server, request.login};
    const SignedInUser user = answer->user;
    const quint64 attempt = m_attempt;
    QPointer<SignInService> self(this);
    m_vault.store(m_key, m_refreshToken, [self, attempt, request, user](Result<void> stored) {
        if (!self || attempt != self->m_attempt)
            return; // signed out meanwhile: its removal runs after this store in the keychain's queue
        if (!stored)
            emit self->keychainProblem(tr("You are signed in, but the sign-in cannot be kept: %1 You will "
                                          "be asked for your password again next time.")
                                           .arg(stored.error().message));
        self->finish(request, user, true);
    });
}

void SignInService::signInOffline(const SignInRequest& request, const Error& onlineError)
{
    qCInfo(lcSync) << "Central server unreachable at sign-in (" << onlineError.code
                   << "); trying offline sign-in for" << maskName(request.login);
    auto user = m_offline.verify(request.login, request.password);
    if (!user) {
        fail({user.error().code, tr("The central server cannot be reached (%1) and offline sign-in is not "
                                    "possible: %2")
                                     .arg(onlineError.message, user.error().message)});
        return;
    }
    finish(request, user.value(), false);
}

void SignInService::finish(const SignInRequest& request, const SignedInUser& user, bool online)
{
    if (online) {
        if (auto kept = m_offline.remember(request.login, request.password, user); !kept)
            qCWarning(lcSync) << "Offline sign-in not kept:" << kept.error().message;
    }
    m_key = {request.server, request.login}; // offline too: sign-out deletes an older kept token
    m_user = user;
    m_online = online;
    m_signedIn = true;
    setBusy(false);
    emit signedIn(user, online);
}

void SignInService::fail(const Error& error)
{
    clearSession();
    setBusy(false);
    emit signInFailed(error);
}

void SignInService::signOut()
{
    ++m_attempt; // answers still on their way belong to no one now
    const CredentialKey key = m_key;
    if (m_onlineLogout && !m_accessToken.isEmpty())
        m_onlineLogout(m_accessToken);
    clearSession();
    setBusy(false);
    if (key.login.isEmpty()) {
        emit signedOut();
        return;
    }
    QPointer<SignInService> self(this);
    m_vault.remove(key, [self](Result<void> removed) {
        if (!self)
            return;
        if (!removed)
            emit self->keychainProblem(
                tr("The sign-in token could not be deleted from the system keychain: %1")
                    .arg(removed.error().message));
        emit self->signedOut();
    });
}

void SignInService::tokensRenewed(const SignInAnswer& answer)
{
    if (!m_signedIn)
        return;
    m_accessToken = answer.accessToken;
    m_refreshToken = answer.refreshToken;
    QPointer<SignInService> self(this);
    m_vault.store(m_key, m_refreshToken, [self](Result<void> stored) {
        if (self && !stored)
            emit self->keychainProblem(
                tr("The renewed sign-in cannot be kept: %1").arg(stored.error().message));
    });
    if (!m_online) {
        m_online = true;
        emit wentOnline();
    }
}

void SignInService::readKeptRefreshToken(std::function<void(std::optional<QString>)> done)
{
    if (m_key.login.isEmpty()) {
        done(std::nullopt);
        return;
    }
    m_vault.read(m_key, [done = std::move(done)](Result<std::optional<QString>> kept) {
        done(kept ? *kept : std::nullopt);
    });
}

void SignInService::clearSession()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_user = {};
    m_key = {};
    m_signedIn = false;
    m_online = false;
}

void SignInService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace ow
