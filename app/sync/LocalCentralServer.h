#pragma once

// LocalCentralServer: in demo mode, the reference central server (onewindow-central) run as a child
// process on a free loopback port with its data beside the demo data; stopped when the client exits.

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace ow {

class LocalCentralServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalCentralServer(QObject* parent = nullptr);
    ~LocalCentralServer() override;

    // Where the executable is: $ONEWINDOW_CENTRAL_EXE, beside this program, in the build tree
    // (../server), or on PATH. Empty when there is none.
    static QString findExecutable();

    // Starts the server with its data (SQLite and material files) in dataDir, seeded with the demo data
    // on first start. Emits ready() with its URL, or failed() with a translated reason (never from
    // inside this call).
    void start(const QString& executable, const QString& dataDir, int timeoutMs = 30000);
    // Stops it (SIGTERM: every answered write is committed) and waits for it.
    void stop();

    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

signals:
    void ready(const QUrl& url);
    void failed(const QString& reason);

private:
    void readAnnouncement();
    void fail(const QString& reason);

    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_output;
    QUrl m_url;
    bool m_stopping = false;
};

} // namespace ow
