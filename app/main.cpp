// The composition root of the onewindow executable: parses the command line, loads the translations,
// builds the services and hands them to the UI.

#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// True when argv asks only for something printed on the terminal, which needs no display.
bool wantsTerminalOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all") ||
            !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
    }
    return false;
}

bool displayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, minimal, vnc, eglfs...: Qt needs no display server for these
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

// Picks zh_CN when asked, or when the system locale is Chinese and nothing was asked.
QString chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return requested.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    if (language != QLatin1String("zh_CN"))
        return;
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/onewindow_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

// --lang is looked at before the parser runs, so that --help itself is printed in the chosen language.
QString languageArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (!std::strncmp(argv[i], "--lang=", 7))
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("OneWindow"));
    QCoreApplication::setApplicationName(QStringLiteral("onewindow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ONEWINDOW_VERSION));

    const bool gui = !wantsTerminalOnly(argc, argv) && displayAvailable();
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    installTranslations(*app, chooseLanguage(languageArgument(argc, argv)));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "OneWindow: the comprehensive-window intake client for government service halls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start in demo mode with a seeded data set of its own."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: zh_CN or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Directory for the database and the material files."),
        QCoreApplication::translate("main", "directory"));
    parser.addOptions({demoOption, langOption, dataDirOption});
    parser.process(*app);

    if (!gui) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "main", "OneWindow needs a display. On a machine without one, run it under a virtual "
                        "display:\n  xvfb-run -a onewindow --demo")));
        return 2;
    }

    const bool demo = parser.isSet(demoOption);
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        if (demo)
            dataDir += QStringLiteral("/demo");
    }
    QDir().mkpath(dataDir);

    ow::MainWindow window;
    window.show();
    return app->exec();
}
