#pragma once

// OfflineLogin: checks a password without the central server against the salted hash kept at the
// last online sign-in, for a limited number of days, with a lockout after repeated wrong passwords.

#include "core/Result.h"
#include "sync/SignInTypes.h"

#include <QCoreApplication>

namespace ow {

class Clock;
class OfflineCredentialStore;
struct OfflineCredential;

class OfflineLogin
{
public:
    struct Options
    {
        int allowanceDays = 7;   // after the last online sign-in
        int iterations = 120000; // PBKDF2 rounds for new hashes
        int maxAttempts = 5;     // wrong passwords before the lockout
        int lockoutSeconds = 300;
    };

    OfflineLogin(OfflineCredentialStore& store, const Clock& clock, Options options);
    OfflineLogin(OfflineCredentialStore& store, const Clock& clock);

    // After an online sign-in: keeps a new salt and hash of password and the user, verified now.
    Result<void> remember(const QString& login, const QString& password, const SignedInUser& user);
    // The user when password matches. Errors: offline.unknownUser, offline.expired, offline.lockedOut,
    // offline.wrongPassword (each with its own message), or a storage error.
    Result<SignedInUser> verify(const QString& login, const QString& password);
    Result<void> forget(const QString& login);

    const Options& options() const { return m_options; }

    Q_DECLARE_TR_FUNCTIONS(ow::OfflineLogin)

private:
    Result<SignedInUser> wrongPassword(const OfflineCredential& credential);

    OfflineCredentialStore& m_store;
    const Clock& m_clock;
    Options m_options;
};

} // namespace ow
