#include "CentralWiring.h"

#include "core/SiteConfig.h"
#include "storage/OutboxStore.h"
#include "sync/CentralLink.h"
#include "sync/LocalCentralServer.h"
#include "sync/ParkedEscalation.h"
#include "sync/SignInService.h"
#include "sync/SignInTypes.h"
#include "sync/SyncEngine.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/sync/SyncPanel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QUuid>

namespace ow {

namespace {

constexpr int messageMs = 10000;

void showSignInDialog(MainWindow& window, CentralLink& link, const SiteConfig& site, const QString& deviceId)
{
    auto* dialog = new SignInDialog(*link.signIn(), link.server(), site.windowKey(), deviceId, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLogin(site.staff.login);
    dialog->open();
}

} // namespace

QString installationId()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("client/installationId")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(QStringLiteral("client/installationId"), id);
    }
    return id;
}

void CentralWiring::startDemo(LocalCentralServer& server, const QString& dataDir) const
{
    QObject::connect(&server, &LocalCentralServer::ready, &link, [this](const QUrl& url) {
        link.connectTo(url);
        const QString login = site.staff.login;
        // No device id: the demo registers no window, so a copied demo folder still signs in.
        link.signIn()->signIn({url, login, QStringLiteral("demo-") + login, site.windowKey(), QString()});
    });
    QObject::connect(&server, &LocalCentralServer::failed, &window, [this](const QString& reason) {
        window.statusBar()->showMessage(reason, messageMs);
        window.syncStatus()->setStatus(
            {SyncStatus::State::Offline, *outbox.countPending(), *outbox.countParked(), reason});
    });
    server.start(LocalCentralServer::findExecutable(), dataDir + QStringLiteral("/central"));
}

void CentralWiring::startSite(const QString& serverUrl) const
{
    const QUrl url(serverUrl);
    if (serverUrl.isEmpty() || !url.isValid())
        return; // offline only: the status bar says "not connected", --check explains
    link.connectTo(url);
    showSignInDialog(window, link, site, deviceId);
}

void CentralWiring::connectWindow() const
{
    SyncStatusWidget* status = window.syncStatus();
    QObject::connect(&link, &CentralLink::statusChanged, status, &SyncStatusWidget::setStatus);
    QObject::connect(&link, &CentralLink::signInRequired, &window, [this](const QString& reason) {
        window.statusBar()->showMessage(tr("Sign in again to deliver the waiting operations: %1").arg(reason),
                                        messageMs);
    });
    SignInService* signIn = link.signIn();
    QObject::connect(
        signIn, &SignInService::signedIn, &window, [this](const SignedInUser& user, bool online) {
            window.statusBar()->showMessage(online
                                                ? tr("Signed in as %1.").arg(user.name)
                                                : tr("Signed in offline as %1: the central server cannot be "
                                                     "reached; work is kept and delivered later.")
                                                      .arg(user.name),
                                            messageMs);
        });
    QObject::connect(signIn, &SignInService::signInFailed, &window, [this](const Error& error) {
        window.statusBar()->showMessage(tr("Not signed in at the central server: %1").arg(error.message),
                                        messageMs);
        window.syncStatus()->setStatus(
            {SyncStatus::State::Offline, *outbox.countPending(), *outbox.countParked(), error.message});
    });
    QObject::connect(signIn, &SignInService::keychainProblem, &window,
                     [this](const QString& message) { window.statusBar()->showMessage(message, messageMs); });
    QObject::connect(&window, &MainWindow::switchUserRequested, &window, [this] {
        link.signIn()->signOut();
        if (link.isConfigured())
            showSignInDialog(window, link, site, deviceId);
    });

    QObject::connect(&window, &MainWindow::syncPanelRequested, &window, [this] {
        auto* panel = new SyncPanel([this] { return outbox.listWaiting(500).value(); }, &window);
        panel->setAttribute(Qt::WA_DeleteOnClose);
        panel->setStatus(window.syncStatus()->status());
        QObject::connect(&link, &CentralLink::statusChanged, panel, [panel](const SyncStatus& status) {
            panel->setStatus(status);
            panel->refresh();
        });
        if (SyncEngine* engine = link.engine()) {
            QObject::connect(panel, &SyncPanel::syncNowRequested, engine, &SyncEngine::syncNow);
            QObject::connect(engine, &SyncEngine::uploadProgress, panel, &SyncPanel::setMaterialProgress);
            QObject::connect(panel, &SyncPanel::retryRequested, engine, [engine](const QList<QUuid>& uuids) {
                for (const QUuid& uuid : uuids)
                    (void)engine->retryParked(uuid);
            });
        }
        QObject::connect(panel, &SyncPanel::escalateRequested, &window, [this](const QList<QUuid>& uuids) {
            const auto reported = ParkedEscalation(outbox, clock).escalate(uuids, site.staff.login);
            window.statusBar()->showMessage(
                reported ? tr("%n refused operation(s) reported to the supervisor.", nullptr, *reported)
                         : reported.error().message,
                messageMs);
            if (SyncEngine* engine = link.engine())
                engine->syncNow();
        });
        panel->open();
    });
}

} // namespace ow
