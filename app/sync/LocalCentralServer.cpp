#include "sync/LocalCentralServer.h"

#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <csignal>
#include <sys/prctl.h>

namespace ow {

namespace {

constexpr auto announcement = "onewindow-central listening on ";
constexpr int stopTimeoutMs = 5000;

bool isExecutableFile(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

LocalCentralServer::LocalCentralServer(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The server goes with the client, even when the client is killed (-9) or crashes: the kernel sends
    // it SIGTERM, and it commits what it answered.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_timeout.setSingleShot(true);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalCentralServer::readAnnouncement);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        for (const QByteArray& line : m_process.readAllStandardError().split('\n')) {
            if (!line.trimmed().isEmpty())
                qCInfo(lcSync).noquote() << "central:" << QString::fromUtf8(line);
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo central server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!m_stopping)
            fail(tr("The demo central server stopped (exit status %1); the window works offline.")
                     .arg(exitCode));
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo central server did not start in time; the window works offline."));
        stop();
    });
}

LocalCentralServer::~LocalCentralServer()
{
    stop();
}

QString LocalCentralServer::findExecutable()
{
    const QString name = QStringLiteral("onewindow-central");
    const QString fromEnvironment = qEnvironmentVariable("ONEWINDOW_CENTRAL_EXE");
    if (!fromEnvironment.isEmpty())
        return isExecutableFile(fromEnvironment) ? fromEnvironment : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(name), here.filePath(QStringLiteral("../server/") + name)}) {
        if (isExecutableFile(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

void LocalCentralServer::start(const QString& executable, const QString& dataDir, int timeoutMs)
{
    if (executable.isEmpty()) {
        fail(tr("The demo central server (onewindow-central) is not installed; the window works offline."));
        return;
    }
    if (!QDir().mkpath(dataDir)) {
        fail(tr("The folder %1 for the demo central server cannot be created.").arg(dataDir));
        return;
    }
    m_stopping = false;
    m_output.clear();
    m_url.clear();
    m_process.start(executable, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                 dataDir, QStringLiteral("--seed"), QStringLiteral("demo")});
    m_timeout.start(timeoutMs);
}

void LocalCentralServer::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
}

void LocalCentralServer::readAnnouncement()
{
    m_output += m_process.readAllStandardOutput();
    if (m_url.isValid())
        return;
    const qsizetype start = m_output.indexOf(announcement);
    const qsizetype end = start < 0 ? -1 : m_output.indexOf('\n', start);
    if (end < 0)
        return;
    const qsizetype urlStart = start + qsizetype(std::char_traits<char>::length(announcement));
    const QUrl url(QString::fromUtf8(m_output.mid(urlStart, end - urlStart).trimmed()));
    if (!url.isValid() || url.port() <= 0) {
        fail(tr("The demo central server announced an address that cannot be used: %1")
                 .arg(QString::fromUtf8(m_output.mid(urlStart, end - urlStart))));
        stop();
        return;
    }
    m_timeout.stop();
    m_url = url;
    qCInfo(lcSync) << "Demo central server listening on" << url.toString();
    emit ready(url);
}

void LocalCentralServer::fail(const QString& reason)
{
    m_timeout.stop();
    qCWarning(lcSync).noquote() << reason;
    // Queued: a failure found inside start() reaches whoever connects right after calling it.
    QMetaObject::invokeMethod(
        this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
}

} // namespace ow
