#include "sync/OfflineLogin.h"

#include "core/Clock.h"
#include "core/ConstantTime.h"
#include "storage/OfflineCredentialStore.h"
#include "sync/PasswordHasher.h"

#include <QLocale>

namespace ow {

OfflineLogin::OfflineLogin(OfflineCredentialStore& store, const Clock& clock, Options options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
{}

OfflineLogin::OfflineLogin(OfflineCredentialStore& store, const Clock& clock)
    : OfflineLogin(store, clock, Options{})
{}

Result<void> OfflineLogin::remember(const QString& login, const QString& password, const SignedInUser& user)
{
    OfflineCredential credential;
    credential.login = login;
    credential.salt = PasswordHasher::newSalt();
    credential.iterations = m_options.iterations;
    credential.hash = PasswordHasher::derive(password, credential.salt, credential.iterations);
    credential.name = user.name;
    credential.role = user.role;
    credential.windowKey = user.windowKey;
    credential.verifiedAt = m_clock.now();
    return m_store.save(credential);
}

Result<SignedInUser> OfflineLogin::verify(const QString& login, const QString& password)
{
    auto found = m_store.find(login);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("offline.unknownUser"),
                     tr("%1 has never signed in on this computer while the central server could be "
                        "reached, so the password cannot be checked offline. Sign in when the network "
                        "is back, or ask IT.")
                         .arg(login)};
    const OfflineCredential& credential = **found;
    const QDateTime now = m_clock.now();
    const QLocale locale;
    if (credential.lockedUntil.isValid() && now < credential.lockedUntil)
        return Error{QStringLiteral("offline.lockedOut"),
                     tr("Too many wrong passwords: offline sign-in for %1 is blocked until %2. Wait, or "
                        "sign in when the central server can be reached.")
                         .arg(login, locale.toString(credential.lockedUntil.toLocalTime().time(),
                                                     QLocale::ShortFormat))};
    if (credential.verifiedAt.addDays(m_options.allowanceDays) < now)
        return Error{QStringLiteral("offline.expired"),
                     tr("%1 last signed in with the central server on %2; offline sign-in is allowed for "
                        "%n day(s) after that. Connect to the network and sign in online.",
                        nullptr, m_options.allowanceDays)
                         .arg(login, locale.toString(credential.verifiedAt.toLocalTime().date(),
                                                     QLocale::ShortFormat))};
    const QByteArray hash = PasswordHasher::derive(password, credential.salt, credential.iterations);
    if (!equalInConstantTime(hash, credential.hash))
        return wrongPassword(credential);
    if (credential.failedAttempts > 0 || credential.lockedUntil.isValid()) {
        if (auto reset = m_store.setAttempts(login, 0, {}); !reset)
            return reset.error();
    }
    return SignedInUser{login, credential.name, credential.role, credential.windowKey};
}

Result<SignedInUser> OfflineLogin::wrongPassword(const OfflineCredential& credential)
{
    const int failed = credential.failedAttempts + 1;
    const bool lock = failed >= m_options.maxAttempts;
    const QDateTime until = lock ? m_clock.now().addSecs(m_options.lockoutSeconds) : QDateTime();
    if (auto saved = m_store.setAttempts(credential.login, lock ? 0 : failed, until); !saved)
        return saved.error();
    if (lock)
        return Error{QStringLiteral("offline.lockedOut"),
                     tr("The password is wrong. After %n wrong password(s), offline sign-in is blocked "
                        "for %1 minute(s). Wait, or sign in when the central server can be reached.",
                        nullptr, m_options.maxAttempts)
                         .arg(m_options.lockoutSeconds / 60)};
    return Error{QStringLiteral("offline.wrongPassword"),
                 tr("The password is wrong (checked on this computer, without the central server). "
                    "%n attempt(s) left before offline sign-in is blocked.",
                    nullptr, m_options.maxAttempts - failed)};
}

Result<void> OfflineLogin::forget(const QString& login)
{
    return m_store.remove(login);
}

} // namespace ow
