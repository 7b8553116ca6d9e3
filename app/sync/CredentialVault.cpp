#include "sync/CredentialVault.h"

#include "sync/SyncLog.h"

#include <qt6keychain/keychain.h>

namespace ow {

QString CredentialKey::entryName() const
{
    QString base =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char(' ') + login;
}

CredentialVault::CredentialVault(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void CredentialVault::store(const CredentialKey& key, const QString& token, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key.entryName());
    job->setTextData(token);
    run(job, [done = std::move(done)](QKeychain::Job& finished) {
        if (finished.error() != QKeychain::NoError)
            done(errorFor(finished));
        else
            done({});
    });
}

void CredentialVault::read(const CredentialKey& key, Read done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key.entryName());
    run(job, [done = std::move(done)](QKeychain::Job& finished) {
        if (finished.error() == QKeychain::EntryNotFound)
            done(std::optional<QString>());
        else if (finished.error() != QKeychain::NoError)
            done(errorFor(finished));
        else
            done(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob&>(finished).textData()));
    });
}

void CredentialVault::remove(const CredentialKey& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key.entryName());
    run(job, [done = std::move(done)](QKeychain::Job& finished) {
        if (finished.error() != QKeychain::NoError && finished.error() != QKeychain::EntryNotFound)
            done(errorFor(finished));
        else
            done({});
    });
}

void CredentialVault::run(QKeychain::Job* job, std::function<void(QKeychain::Job&)> finished)
{
    job->setInsecureFallback(false); // never plain text in QSettings
    // No parent: a job deletes itself once finished. Deleted with the vault while libsecret is still
    // working on it, its late callback would use freed memory (seen with QtKeychain 0.13).
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [finished = std::move(finished)](QKeychain::Job* done) { finished(*done); });
    job->start();
}

Error CredentialVault::errorFor(const QKeychain::Job& job)
{
    const QString detail = job.errorString();
    qCWarning(lcSync) << "Keychain job failed:" << job.error() << detail;
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {QStringLiteral("keychain.denied"),
                tr("The system keychain refused access (%1). Unlock the keyring of your desktop session "
                   "and allow OneWindow to use it; if it keeps refusing, ask IT.")
                    .arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {QStringLiteral("keychain.unavailable"),
                tr("The system keychain is not available or is locked (%1). Start or unlock the keyring "
                   "of your desktop session (for example GNOME Keyring), or ask IT to set one up; "
                   "OneWindow keeps sign-in tokens nowhere else.")
                    .arg(detail)};
    default:
        return {QStringLiteral("keychain.failed"),
                tr("The system keychain failed (%1). Try again; if it keeps failing, ask IT.").arg(detail)};
    }
}

} // namespace ow
