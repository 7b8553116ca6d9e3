#pragma once

// AuthService: sign-in with salted PBKDF2 passwords, random expiring bearer tokens stored only as
// SHA-256 hashes, refresh-token rotation with reuse detection, the window a user sits at (and the
// device that holds it), and turning a bearer token back into a Session.

#include "Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ow {
class Clock;
}

namespace ow::central {

class CentralDatabase;

class AuthService
{
public:
    AuthService(CentralDatabase& db, const Clock& clock, int accessSeconds, int refreshSeconds);

    // The token answer of /auth/login; throws ApiFailure (401 auth.invalidCredentials, 429
    // auth.tooManyAttempts, 422 auth.unknownWindow, 409 window.claimedByAnotherDevice).
    QJsonObject login(const QString& login, const QString& password, const std::optional<WindowId>& window,
                      const QString& deviceId);
    // A new token pair for a refresh token, which is spent (rotation); see docs/central-api.md.
    QJsonObject refresh(const QString& refreshToken);
    void logout(const Session& session);
    // The session of an access token; throws 401 auth.* when it is unknown, expired or revoked.
    Session authenticate(const QByteArray& authorizationHeader);

    static constexpr int maxFailedAttempts = 5;
    static constexpr int failureWindowSeconds = 300;
    static constexpr int reuseGraceSeconds = 30;

    static QString hashToken(const QString& token);
    static QJsonObject userJson(const QString& login, const QString& name, Role role,
                                const std::optional<WindowId>& window);
    static QJsonObject windowJson(const WindowId& window);

private:
    QJsonObject issue(const QString& family, const QString& login, const std::optional<WindowId>& window,
                      const QString& deviceId);
    void claimWindow(const WindowId& window, const QString& deviceId, const QString& login);
    void revokeFamily(const QString& family);

    CentralDatabase& m_db;
    const Clock& m_clock;
    int m_accessSeconds;
    int m_refreshSeconds;
};

} // namespace ow::central
