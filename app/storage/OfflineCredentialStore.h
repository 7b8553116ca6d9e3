#pragma once

// OfflineCredentialStore: per login, the salted password hash, the user as the server last described
// them and the state of offline attempts, so that a window can sign in without the central server.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace ow {

class Database;

// One login's offline credential. The hash is derived elsewhere (sync/PasswordHasher): the storage
// layer keeps bytes and never sees a password.
struct OfflineCredential
{
    QString login;
    QByteArray hash; // PBKDF2-HMAC-SHA256 of the password
    QByteArray salt;
    int iterations = 0;
    QString name;           // as the server last said
    QString role;           // "clerk", "supervisor", "dispatch"
    QString windowKey;      // empty: signed in without a window
    QDateTime verifiedAt;   // the last online sign-in
    int failedAttempts = 0; // wrong offline passwords since the last success or lockout
    QDateTime lockedUntil;  // invalid: not locked
};

class OfflineCredentialStore
{
public:
    explicit OfflineCredentialStore(Database& database);

    // Inserts or replaces the credential of credential.login.
    Result<void> save(const OfflineCredential& credential);
    // The credential of login, or nullopt when it never signed in online here.
    Result<std::optional<OfflineCredential>> find(const QString& login);
    // Records the outcome of offline attempts without touching the hash.
    Result<void> setAttempts(const QString& login, int failedAttempts, const QDateTime& lockedUntil);
    Result<void> remove(const QString& login);

    Q_DECLARE_TR_FUNCTIONS(ow::OfflineCredentialStore)

private:
    Database& m_database;
};

} // namespace ow
