#include "AuthService.h"

#include "ApiFailure.h"
#include "CentralDatabase.h"
#include "PasswordHasher.h"
#include "TimeText.h"
#include "core/Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace ow::central {

namespace {

QString randomToken(const char* prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals));
}

ApiFailure unauthorized(const QString& code, const QString& message)
{
    return ApiFailure(ApiResponse::error(401, code, message).withHeader("WWW-Authenticate", "Bearer"));
}

} // namespace

AuthService::AuthService(CentralDatabase& db, const Clock& clock, int accessSeconds, int refreshSeconds)
    : m_db(db)
    , m_clock(clock)
    , m_accessSeconds(accessSeconds)
    , m_refreshSeconds(refreshSeconds)
{}

QString AuthService::hashToken(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject AuthService::windowJson(const WindowId& window)
{
    return QJsonObject{{QStringLiteral("key"), window.key()},
                       {QStringLiteral("region"), window.region},
                       {QStringLiteral("hall"), window.hall},
                       {QStringLiteral("number"), window.number}};
}

QJsonObject AuthService::userJson(const QString& login, const QString& name, Role role,
                                  const std::optional<WindowId>& window)
{
    return QJsonObject{{QStringLiteral("login"), login},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("role"), roleName(role)},
                       {QStringLiteral("window"), window ? QJsonValue(windowJson(*window)) : QJsonValue()}};
}

QJsonObject AuthService::login(const QString& login, const QString& password,
                               const std::optional<WindowId>& window, const QString& deviceId)
{
    const QDateTime now = m_clock.now();
    QSqlQuery user = m_db.exec(QStringLiteral("SELECT name, role, home_window, password_hash, failed_count, "
                                              "failed_since, active FROM users WHERE login = ?"),
                               {login});
    const ApiFailure invalid = unauthorized(QStringLiteral("auth.invalidCredentials"),
                                            QStringLiteral("The user name or the password is wrong."));
    if (!user.next()) {
        PasswordHasher::verify(password,
                               QStringLiteral("pbkdf2-sha256$1$AAAA$AAAA")); // similar work either way
        throw invalid;
    }
    const QString name = user.value(0).toString();
    const std::optional<Role> role = roleFromName(user.value(1).toString());
    const QString homeWindow = user.value(2).toString();
    const QString stored = user.value(3).toString();
    const int failedCount = user.value(4).toInt();
    const QDateTime failedSince = fromIso(user.value(5).toString());
    const bool active = user.value(6).toInt() != 0;
    const bool recentFailures = failedSince.isValid() && failedSince.secsTo(now) < failureWindowSeconds;
    if (recentFailures && failedCount >= maxFailedAttempts) {
        const qint64 wait = qMax<qint64>(1, failureWindowSeconds - failedSince.secsTo(now));
        ApiResponse answer = ApiResponse::error(
            429, QStringLiteral("auth.tooManyAttempts"),
            QStringLiteral("Too many wrong passwords for this user; try again in %1 seconds.").arg(wait),
            true);
        answer.withHeader("Retry-After", QByteArray::number(wait));
        throw ApiFailure(answer);
    }
    if (!role || !active || !PasswordHasher::verify(password, stored)) {
        m_db.exec(QStringLiteral("UPDATE users SET failed_count = ?, failed_since = ? WHERE login = ?"),
                  {recentFailures ? failedCount + 1 : 1, recentFailures ? isoUtc(failedSince) : isoUtc(now),
                   login});
        throw invalid;
    }
    std::optional<WindowId> seat = window;
    if (!seat && !homeWindow.isEmpty())
        seat = WindowId::fromKey(homeWindow);
    if (*role == Role::Clerk && !seat)
        throw ApiFailure::unprocessable(QStringLiteral("auth.windowRequired"),
                                        QStringLiteral("A clerk signs in at a window: give the window."));
    m_db.begin();
    if (seat) {
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM windows WHERE window_key = ?"), {seat->key()})
                 .isValid())
            throw ApiFailure::unprocessable(
                QStringLiteral("auth.unknownWindow"),
                QStringLiteral("The window %1 is not known to the central server.").arg(seat->key()));
        if (!deviceId.isEmpty())
            claimWindow(*seat, deviceId, login);
    }
    m_db.exec(QStringLiteral("UPDATE users SET failed_count = 0, failed_since = NULL WHERE login = ?"),
              {login});
    QJsonObject answer = issue(QUuid::createUuid().toString(QUuid::WithoutBraces), login, seat, deviceId);
    m_db.commit();
    answer.insert(QStringLiteral("user"), userJson(login, name, *role, seat));
    return answer;
}

void AuthService::claimWindow(const WindowId& window, const QString& deviceId, const QString& login)
{
    const QVariant holder =
        m_db.scalar(QStringLiteral("SELECT device_id FROM windows WHERE window_key = ?"), {window.key()});
    if (!holder.isNull() && holder.toString() != deviceId)
        throw ApiFailure::conflict(
            QStringLiteral("window.claimedByAnotherDevice"),
            QStringLiteral("The window %1 is registered to another computer. Two computers "
                           "with the same window would give the same acceptance numbers; "
                           "a supervisor must release the window first.")
                .arg(window.key()),
            false, QJsonObject{{QStringLiteral("window"), window.key()}});
    if (holder.isNull())
        m_db.exec(QStringLiteral("UPDATE windows SET device_id = ?, claimed_by = ?, claimed_at = ? "
                                 "WHERE window_key = ?"),
                  {deviceId, login, isoUtc(m_clock.now()), window.key()});
}

QJsonObject AuthService::issue(const QString& family, const QString& login,
                               const std::optional<WindowId>& window, const QString& deviceId)
{
    const QDateTime now = m_clock.now();
    const QString access = randomToken("owa_");
    const QString refresh = randomToken("owr_");
    const QDateTime accessExpires = now.addSecs(m_accessSeconds);
    const QDateTime refreshExpires = now.addSecs(m_refreshSeconds);
    m_db.exec(QStringLiteral("INSERT INTO sessions (family, login, window_key, device_id, access_hash, "
                             "access_expires, refresh_hash, refresh_expires, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {family, login, window ? QVariant(window->key()) : QVariant(),
               deviceId.isEmpty() ? QVariant() : QVariant(deviceId), hashToken(access), isoUtc(accessExpires),
               hashToken(refresh), isoUtc(refreshExpires), isoUtc(now)});
    return QJsonObject{{QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                       {QStringLiteral("accessToken"), access},
                       {QStringLiteral("expiresIn"), m_accessSeconds},
                       {QStringLiteral("accessExpiresAt"), isoUtc(accessExpires)},
                       {QStringLiteral("refreshToken"), refresh},
                       {QStringLiteral("refreshExpiresAt"), isoUtc(refreshExpires)}};
}

QJsonObject AuthService::refresh(const QString& refreshToken)
{
    const QDateTime now = m_clock.now();
    m_db.begin();
    QSqlQuery row = m_db.exec(QStringLiteral("SELECT s.id, s.family, s.login, s.window_key, s.device_id, "
                                             "s.refresh_expires, s.rotated_at, s.revoked_at, u.name, u.role, "
                                             "u.active FROM sessions s JOIN users u ON u.login = s.login "
                                             "WHERE s.refresh_hash = ?"),
                              {hashToken(refreshToken)});
    if (!row.next())
        throw unauthorized(QStringLiteral("auth.invalidRefreshToken"),
                           QStringLiteral("The refresh token is not known; sign in again."));
    const qint64 id = row.value(0).toLongLong();
    const QString family = row.value(1).toString();
    const QString login = row.value(2).toString();
    const std::optional<WindowId> window = WindowId::fromKey(row.value(3).toString());
    const QString deviceId = row.value(4).toString();
    const QDateTime expires = fromIso(row.value(5).toString());
    const QDateTime rotatedAt = fromIso(row.value(6).toString());
    const bool revoked = !row.value(7).isNull();
    const QString name = row.value(8).toString();
    const std::optional<Role> role = roleFromName(row.value(9).toString());
    const bool active = row.value(10).toInt() != 0;
    if (revoked || !active || !role)
        throw unauthorized(QStringLiteral("auth.sessionRevoked"),
                           QStringLiteral("This sign-in was ended; sign in again."));
    if (expires <= now)
        throw unauthorized(QStringLiteral("auth.refreshTokenExpired"),
                           QStringLiteral("The sign-in has expired; sign in again."));
    if (rotatedAt.isValid()) {
        // Spent before. A client whose answer was lost may ask again within the grace period as long
        // as the pair it missed was never used; anything else is a stolen token: end the whole sign-in.
        QSqlQuery successor = m_db.exec(QStringLiteral("SELECT id, used_at, revoked_at FROM sessions WHERE "
                                                       "family = ? AND id > ? ORDER BY id DESC"),
                                        {family, id});
        const bool lastIsUnused =
            successor.next() && successor.value(1).isNull() && successor.value(2).isNull();
        const qint64 successorId = lastIsUnused ? successor.value(0).toLongLong() : 0;
        if (!lastIsUnused || rotatedAt.secsTo(now) > reuseGraceSeconds) {
            revokeFamily(family);
            m_db.commit();
            throw unauthorized(QStringLiteral("auth.refreshTokenReused"),
                               QStringLiteral("This refresh token was used before; the sign-in was ended for "
                                              "safety. Sign in again."));
        }
        m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"),
                  {isoUtc(now), successorId});
    } else {
        m_db.exec(QStringLiteral("UPDATE sessions SET rotated_at = ? WHERE id = ?"), {isoUtc(now), id});
    }
    QJsonObject answer = issue(family, login, window, deviceId);
    m_db.commit();
    answer.insert(QStringLiteral("user"), userJson(login, name, *role, window));
    return answer;
}

void AuthService::revokeFamily(const QString& family)
{
    m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"),
              {isoUtc(m_clock.now()), family});
}

void AuthService::logout(const Session& session)
{
    revokeFamily(session.family);
}

Session AuthService::authenticate(const QByteArray& authorizationHeader)
{
    if (!authorizationHeader.startsWith("Bearer ") || authorizationHeader.size() < 12)
        throw unauthorized(QStringLiteral("auth.tokenMissing"),
                           QStringLiteral("Sign in first: the request carries no bearer token."));
    const QString token = QString::fromLatin1(authorizationHeader.mid(7).trimmed());
    QSqlQuery row =
        m_db.exec(QStringLiteral("SELECT s.id, s.family, s.login, s.window_key, s.access_expires, "
                                 "s.rotated_at, s.revoked_at, s.used_at, u.name, u.role, u.active "
                                 "FROM sessions s JOIN users u ON u.login = s.login "
                                 "WHERE s.access_hash = ?"),
                  {hashToken(token)});
    if (!row.next())
        throw unauthorized(QStringLiteral("auth.invalidToken"),
                           QStringLiteral("The access token is not known; sign in again."));
    Session session;
    session.id = row.value(0).toLongLong();
    session.family = row.value(1).toString();
    session.login = row.value(2).toString();
    session.window = WindowId::fromKey(row.value(3).toString());
    const QDateTime expires = fromIso(row.value(4).toString());
    const bool ended = !row.value(5).isNull() || !row.value(6).isNull() || row.value(10).toInt() == 0;
    const bool used = !row.value(7).isNull();
    session.name = row.value(8).toString();
    const std::optional<Role> role = roleFromName(row.value(9).toString());
    if (ended || !role)
        throw unauthorized(
            QStringLiteral("auth.tokenRevoked"),
            QStringLiteral("The access token was replaced or revoked; refresh or sign in again."));
    if (expires <= m_clock.now())
        throw unauthorized(QStringLiteral("auth.tokenExpired"),
                           QStringLiteral("The access token has expired; refresh it."));
    session.role = *role;
    if (!used)
        m_db.exec(QStringLiteral("UPDATE sessions SET used_at = ? WHERE id = ?"),
                  {isoUtc(m_clock.now()), session.id});
    return session;
}

} // namespace ow::central
