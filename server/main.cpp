// onewindow-central: the reference central server. Prints "onewindow-central listening on <url>" on
// stdout once it accepts connections (the one machine-readable line; logs go to stderr).

#include "CentralServer.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const ow::Result<ow::central::ServerConfig> config =
        ow::central::ServerConfig::fromArguments(QCoreApplication::arguments());
    if (!config) {
        if (config.error().code == QLatin1String("config.help")) {
            out << config.error().message;
            return 0;
        }
        if (config.error().code == QLatin1String("config.version")) {
            out << "onewindow-central " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        err << "onewindow-central: " << config.error().message << '\n';
        return 64;
    }
    auto server = ow::central::CentralServer::create(*config);
    if (!server) {
        err << "onewindow-central: " << server.error().message << '\n';
        return 1;
    }
    const ow::Result<QUrl> url = (*server)->start();
    if (!url) {
        err << "onewindow-central: " << url.error().message << '\n';
        return 1;
    }
    out << "onewindow-central listening on " << url->toString() << Qt::endl;
    return QCoreApplication::exec();
}
