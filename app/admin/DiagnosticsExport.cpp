#include "admin/DiagnosticsExport.h"

#include "admin/HealthCheck.h"
#include "admin/LogBuffer.h"
#include "admin/ZipWriter.h"
#include "core/Masking.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>

namespace ow {

namespace {

// Masks a configuration file line by line: the clerk's name, and ID and mobile numbers anywhere.
QByteArray maskedConfig(const QByteArray& raw)
{
    static const QRegularExpression staffName(QStringLiteral("^(\\s*staffName\\s*=\\s*)(.*)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList lines = QString::fromUtf8(raw).split(QLatin1Char('\n'));
    for (QString& line : lines) {
        const QRegularExpressionMatch m = staffName.match(line);
        if (m.hasMatch())
            line = m.captured(1) + maskName(m.captured(2).trimmed());
        else
            line = maskPersonalData(line);
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

DiagnosticsExport::DiagnosticsExport(QString dataDir, SiteSettings settings, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_settings(std::move(settings))
{}

QString DiagnosticsExport::suggestedFileName(const QString& windowKey)
{
    return QStringLiteral("onewindow-diagnostics-%1%2.zip")
        .arg(windowKey.isEmpty() ? QString() : windowKey + QLatin1Char('-'),
             QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void DiagnosticsExport::start(const QString& zipPath)
{
    m_zipPath = zipPath;
    m_check = new HealthCheck({m_dataDir, m_settings, 3000}, this);
    connect(m_check, &HealthCheck::finished, this, [this] {
        const QString error = writeZip(m_zipPath, contents(m_check->text()));
        if (error.isEmpty())
            emit finished(true, tr("Diagnostics saved to %1. Personal data in it is masked.").arg(m_zipPath));
        else
            emit finished(false, tr("The diagnostics could not be saved to %1: %2").arg(m_zipPath, error));
        deleteLater();
    });
    m_check->start();
}

QByteArray DiagnosticsExport::configFile(SiteSettings::Layer layer) const
{
    QFile file(m_settings.fileOf(layer));
    if (!file.exists())
        return tr("# %1: absent\n").arg(file.fileName()).toUtf8();
    if (!file.open(QIODevice::ReadOnly))
        return tr("# %1: cannot be read: %2\n").arg(file.fileName(), file.errorString()).toUtf8();
    return QStringLiteral("# %1\n").arg(file.fileName()).toUtf8() + maskedConfig(file.read(1024 * 1024));
}

QByteArray DiagnosticsExport::environment() const
{
    QStringList lines;
    lines << QStringLiteral("program: %1 %2")
                 .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
    lines << QStringLiteral("qt: %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("system: %1, %2 %3, %4")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("locale: %1").arg(QLocale().name());
    lines << QStringLiteral("data directory: %1").arg(m_dataDir);
    for (const char* name : {"LANG", "LC_ALL", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "QT_QPA_PLATFORM",
                             "DISPLAY", "WAYLAND_DISPLAY", SiteSettings::configDirVariable})
        lines << QStringLiteral("%1=%2").arg(QLatin1String(name), qEnvironmentVariable(name));
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QList<QPair<QString, QByteArray>> DiagnosticsExport::contents(const QString& healthReport) const
{
    const QString readme =
        tr("OneWindow diagnostics, made %1.\n\n"
           "health-report.txt   what onewindow --check reports\n"
           "config/             the system, window and user configuration files\n"
           "log.txt             the program's recent log lines\n"
           "environment.txt     program, Qt and system versions, locale, display variables\n\n"
           "Names of staff, ID numbers and mobile phone numbers are masked. No case data, materials or "
           "database are included.\n")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    QString log = LogBuffer::lines().join(QLatin1Char('\n'));
    if (log.isEmpty())
        log = tr("(nothing logged in this session)");
    return {
        {QStringLiteral("README.txt"), readme.toUtf8()},
        {QStringLiteral("health-report.txt"), maskPersonalData(healthReport).toUtf8()},
        {QStringLiteral("config/system-onewindow.conf"), configFile(SiteSettings::Layer::System)},
        {QStringLiteral("config/window.conf"), configFile(SiteSettings::Layer::Window)},
        {QStringLiteral("config/user-onewindow.conf"), configFile(SiteSettings::Layer::User)},
        {QStringLiteral("log.txt"), (log + QLatin1Char('\n')).toUtf8()},
        {QStringLiteral("environment.txt"), environment()},
    };
}

QString DiagnosticsExport::writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& files)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    ZipWriter zip(file);
    const QDateTime now = QDateTime::currentDateTime();
    for (const auto& [name, data] : files) {
        if (!zip.addFile(QStringLiteral("onewindow-diagnostics/") + name, data, now)) {
            file.cancelWriting();
            return zip.errorString();
        }
    }
    if (!zip.finish()) {
        file.cancelWriting();
        return zip.errorString();
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace ow
