#pragma once

// SignInService: the sign-in of a window's user: online through the central server first, offline
// against the kept hash only when the server cannot be reached; keeps the refresh token in the
// system keychain and forgets every token at sign-out.

#include "core/Result.h"
#include "sync/CredentialVault.h"
#include "sync/SignInTypes.h"

#include <QObject>
#include <functional>

namespace ow {

class OfflineLogin;

class SignInService : public QObject
{
    Q_OBJECT
public:
    using OnlineLogin = std::function<void(const SignInRequest&, std::function<void(Result<SignInAnswer>)>)>;
    // Best effort: tells the server to revoke the sign-in of this access token.
    using OnlineLogout = std::function<void(const QString& accessToken)>;

    SignInService(OnlineLogin onlineLogin, CredentialVault& vault, OfflineLogin& offline,
                  QObject* parent = nullptr);

    void setOnlineLogout(OnlineLogout logout) { m_onlineLogout = std::move(logout); }

    // True for an online error that means "the server could not be reached" (network.failure,
    // network.timeout, api.badAnswer, 5xx: server.*, fault.*), so offline sign-in may be tried. Any
    // other error stands: the server's refusal (auth.invalidCredentials, auth.tooManyAttempts, ...)
    // or a configuration to fix (network.insecure).
    static bool isUnreachable(const Error& error);

    // Signs in (signing out whoever was signed in); answers with signedIn or signInFailed.
    void signIn(const SignInRequest& request);
    // Deletes the refresh token from the keychain and forgets both tokens; signedOut follows. A user
    // switch is a sign-out followed by a sign-in.
    void signOut();
    // The API client renewed the tokens (each refresh token works once): keeps the new refresh token in
    // the keychain; after an offline sign-in this is the way back online (wentOnline follows).
    void tokensRenewed(const ow::SignInAnswer& answer);
    // The refresh token kept in the keychain by the last online sign-in of this user at this server,
    // for going back online after an offline sign-in; nullopt when there is none or it cannot be read.
    void readKeptRefreshToken(std::function<void(std::optional<QString>)> done);

    bool isBusy() const { return m_busy; }
    bool isSignedIn() const { return m_signedIn; }
    bool isOnline() const { return m_online; }
    const SignedInUser& user() const { return m_user; }
    const QString& accessToken() const { return m_accessToken; }
    // Held in memory for this session even when the keychain could not keep it.
    const QString& refreshToken() const { return m_refreshToken; }

signals:
    void busyChanged(bool busy);
    void signedIn(const ow::SignedInUser& user, bool online);
    void signInFailed(const ow::Error& error);
    // The keychain could not keep (or delete) the refresh token; the sign-in still holds for this
    // session but will need the password next time. Comes before signedIn.
    void keychainProblem(const QString& message);
    void signedOut();
    void wentOnline();

private:
    void onlineAnswered(const SignInRequest& request, Result<SignInAnswer> answer);
    void signInOffline(const SignInRequest& request, const Error& onlineError);
    void finish(const SignInRequest& request, const SignedInUser& user, bool online);
    void fail(const Error& error);
    void setBusy(bool busy);
    void clearSession();

    OnlineLogin m_onlineLogin;
    OnlineLogout m_onlineLogout;
    CredentialVault& m_vault;
    OfflineLogin& m_offline;
    SignedInUser m_user;
    CredentialKey m_key; // the keychain entry of this sign-in's refresh token, once stored
    QString m_accessToken;
    QString m_refreshToken;
    quint64 m_attempt = 0; // an answer for an older attempt is ignored
    bool m_busy = false;
    bool m_signedIn = false;
    bool m_online = false;
};

} // namespace ow
