#pragma once

// The composition root's part for the central server: where the link points (the demo server started
// on loopback, or the site's server/url), who signs in, and the status bar, sync panel and user switch
// fed by it.

#include <QCoreApplication>
#include <QString>

namespace ow {

class CentralLink;
class Clock;
class LocalCentralServer;
class MainWindow;
class OutboxStore;
struct SiteConfig;

struct CentralWiring
{
    MainWindow& window;
    CentralLink& link;
    OutboxStore& outbox;
    const SiteConfig& site;
    const Clock& clock;
    QString deviceId; // this installation, for the window's registration at the server

    // Demo mode: starts the reference server beside the demo data and signs the site's clerk in with
    // the demo password; without the server executable the window works offline and says so.
    void startDemo(LocalCentralServer& server, const QString& dataDir) const;
    // A real site: the server in server/url, and the sign-in dialog; without one, offline only.
    void startSite(const QString& serverUrl) const;
    // The sync panel (Session menu), the status bar and the user switch.
    void connectWindow() const;

    Q_DECLARE_TR_FUNCTIONS(ow::CentralWiring)
};

// The installation's id, made once and kept in the user's settings.
QString installationId();

} // namespace ow
