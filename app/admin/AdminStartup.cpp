#include "admin/AdminStartup.h"

#include "admin/CrashReporter.h"
#include "admin/HealthCheck.h"
#include "admin/LogBuffer.h"
#include "admin/SiteSettings.h"

#include <QGuiApplication>
#include <cstdio>
#include <cstring>

namespace ow::admin {

void prepareProcess(int argc, char** argv)
{
    CrashReporter::install();
    LogBuffer::install();
    SiteSettings::setUpPaths();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.onewindow.OneWindow")); // installer/client
    bool check = false;
    bool help = false;
    for (int i = 1; i < argc; ++i) {
        check = check || !std::strcmp(argv[i], "--check");
        help = help || !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") ||
               !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v");
    }
    if (check && !help)
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the check shows no window; printers need a GUI app
}

QCommandLineOption checkOption()
{
    return QCommandLineOption(QStringLiteral("check"),
                              QCoreApplication::translate(
                                  "ow::admin", "Print a health report of this installation (configuration, "
                                               "database, devices, printers, central server) and exit: "
                                               "status 0 when all is well, 1 when something must be fixed."));
}

int runCheck(const QString& dataDir)
{
    HealthCheck check({dataDir, SiteSettings::load(), 3000});
    QObject::connect(&check, &HealthCheck::finished, &check,
                     [&check] { QCoreApplication::exit(check.report().exitCode()); });
    check.start();
    const int status = QCoreApplication::exec();
    const QByteArray text = check.text().toLocal8Bit();
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    std::fflush(stdout);
    return status;
}

} // namespace ow::admin
