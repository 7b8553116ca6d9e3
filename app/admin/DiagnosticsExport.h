#pragma once

// DiagnosticsExport: writes the zip a hall sends to support (Help > Export diagnostics): the health
// report, the configuration files, the recent log lines and the environment, personal data masked.

#include "admin/SiteSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace ow {

class HealthCheck;

class DiagnosticsExport : public QObject
{
    Q_OBJECT

public:
    // dataDir: the window's data directory, as the program uses it.
    DiagnosticsExport(QString dataDir, SiteSettings settings, QObject* parent = nullptr);

    // Runs the health check (the server is asked, 3 s at most), then writes the zip to zipPath
    // atomically; finished() follows from the event loop, then the exporter deletes itself.
    void start(const QString& zipPath);

    // The files of the archive for a given health report: name and content, masked.
    QList<QPair<QString, QByteArray>> contents(const QString& healthReport) const;
    // Writes files as a zip to path atomically; an error message, or empty on success.
    static QString writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& files);

    // "onewindow-diagnostics-<window>-<yyyyMMdd-HHmmss>.zip"
    static QString suggestedFileName(const QString& windowKey);

signals:
    // ok: message says where the zip is; else what went wrong (translated).
    void finished(bool ok, const QString& message);

private:
    QByteArray configFile(SiteSettings::Layer layer) const;
    QByteArray environment() const;

    QString m_dataDir;
    SiteSettings m_settings;
    QString m_zipPath;
    HealthCheck* m_check = nullptr;
};

} // namespace ow
