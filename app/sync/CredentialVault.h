#pragma once

// CredentialVault: keeps the refresh token of a (server, login) in the system keychain (Secret
// Service through QtKeychain), never in settings or a file; without a keychain it fails with a
// message that says what to do instead of falling back to plain text.

#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace ow {

// Which keychain entry: one per central server and login.
struct CredentialKey
{
    QUrl server;
    QString login;

    // The entry's key in the keychain: the server without path noise, then the login.
    QString entryName() const;
};

class CredentialVault : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<void>)>;
    using Read = std::function<void(Result<std::optional<QString>>)>;

    // service names the entries in the keychain; tests and the health check use their own.
    explicit CredentialVault(QString service = defaultService(), QObject* parent = nullptr);

    static QString defaultService() { return QStringLiteral("OneWindow refresh token"); }

    // Each call starts a keychain job and answers from the event loop; a vault destroyed first
    // answers nothing. Storing again replaces the token.
    void store(const CredentialKey& key, const QString& token, Done done);
    // nullopt when there is no entry.
    void read(const CredentialKey& key, Read done);
    // Removing an entry that does not exist succeeds.
    void remove(const CredentialKey& key, Done done);

    // The error for a failed job: code keychain.unavailable, keychain.denied or keychain.failed.
    static Error errorFor(const QKeychain::Job& job);

private:
    void run(QKeychain::Job* job, std::function<void(QKeychain::Job&)> finished);

    QString m_service;
};

} // namespace ow
