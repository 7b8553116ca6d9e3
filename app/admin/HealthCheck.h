#pragma once

// HealthCheck: runs the checks of `onewindow --check` (version, configuration in force, database,
// keychain, devices, printers, central server) into a HealthReport; the server is asked
// asynchronously, with a timeout, and finished() says when the report is complete.

#include "admin/HealthReport.h"
#include "admin/SiteSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ow {

class HealthCheck : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;       // as the program would use it (--data-dir, or the default)
        SiteSettings settings; // the configuration in force
        int serverTimeoutMs = 3000;
    };

    explicit HealthCheck(Options options, QObject* parent = nullptr);

    // Runs the local checks now and asks the server; finished() follows, always from the event loop.
    void start();
    bool isFinished() const { return m_finished; }
    const HealthReport& report() const { return m_report; }
    // The report as text, with a title naming the program, the time and the computer.
    QString text() const;

    // The path of the server's health endpoint below a base URL: <base>/api/v1/health.
    static QUrl healthUrl(const QUrl& base);

signals:
    void finished();

private:
    void checkVersion();
    void checkConfiguration();
    static constexpr int keychainTimeoutMs = 10000;
    void checkKeychain();
    void checkHardware();
    void checkServer();
    void serverAnswered(QNetworkReply* reply);
    void finish();

    Options m_options;
    HealthReport m_report;
    QString m_windowKey;
    QNetworkAccessManager* m_network = nullptr;
    QElapsedTimer m_serverTimer;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace ow
