// The composition root of the onewindow executable: parses the command line, loads the translations,
// builds the services and hands them to the UI.

#include "core/Clock.h"
#include "core/Masking.h"
#include "core/SiteConfig.h"
#include "core/WorkingCalendar.h"
#include "print/PrintSiteConfig.h"
#include "print/PrinterProfiles.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "storage/OutboxStore.h"
#include "ui/IntakeOverviewPage.h"
#include "ui/MainWindow.h"
#include "ui/OpenCaseRows.h"
#include "ui/SyncStatusWidget.h"
#include "ui/devices/DeviceHub.h"
#include "ui/print/PrinterSettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
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

// The site of this window: the demo site in demo mode, otherwise the site configuration.
ow::Result<ow::SiteConfig> loadSite(bool demo)
{
    if (demo) {
        QFile file(ow::DemoSeeder::builtInDirectory() + QStringLiteral("/site.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ow::Error{QStringLiteral("site.read"), file.errorString()};
        return ow::SiteConfig::fromJson(file.readAll());
    }
    QSettings settings;
    ow::SiteConfig site;
    site.hallName = settings.value(QStringLiteral("site/hallName")).toString();
    site.regionCode = settings.value(QStringLiteral("site/regionCode")).toString();
    site.hall = settings.value(QStringLiteral("site/hall"), 1).toInt();
    site.window = settings.value(QStringLiteral("site/window")).toInt();
    if (site.hallName.isEmpty() || site.regionCode.size() != 6 || site.window <= 0)
        return ow::Error{QStringLiteral("site.missing"),
                         QCoreApplication::translate(
                             "main", "This window is not configured yet: the hall name, region code "
                                     "and window number are missing from the site configuration "
                                     "(%1). To try OneWindow, start it with --demo.")
                             .arg(settings.fileName())};
    site.staff.login = settings.value(QStringLiteral("site/staffLogin")).toString();
    site.staff.name = settings.value(QStringLiteral("site/staffName")).toString();
    return site;
}

// Fills the window from the local store: the catalog, this window's open cases, the outbox counts.
void populate(ow::MainWindow& window, ow::Database& database, const ow::SiteConfig& site,
              const ow::Clock& clock, const ow::WorkingCalendar& calendar)
{
    ow::CatalogStore catalog(database);
    ow::ApplicantStore applicants(database, clock);
    ow::CaseStore cases(database, clock);
    ow::OutboxStore outbox(database, clock);

    window.setSession({site.staff.name, site.staff.role, site.window, site.hallName});
    window.setModules(ow::modulesForRole(site.staff.role));

    QList<ow::ServiceItem> items;
    if (auto departments = catalog.departments()) {
        for (const QString& department : *departments) {
            if (auto inDepartment = catalog.listByDepartment(department))
                items += *inDepartment;
        }
    }
    window.intakePage()->setCatalog(items);
    window.intakePage()->setOpenCases(ow::OpenCaseRows(cases, applicants, catalog, calendar)
                                          .forWindow(QString::number(site.window), clock.today()));
    const auto pending = outbox.countPending();
    const auto parked = outbox.countParked();
    window.syncStatus()->setStatus(
        {ow::SyncStatus::State::NotConfigured, pending ? *pending : 0, parked ? *parked : 0});
}

// What the printed documents take from the site: the hall's name, and the footer if one is configured.
ow::PrintSiteConfig printSite(const ow::SiteConfig& site, const QSettings& settings)
{
    ow::PrintSiteConfig print;
    print.hallName = site.hallName;
    print.footerText = settings.value(QStringLiteral("site/printFooter")).toString();
    print.progressHint = settings.value(QStringLiteral("site/printProgressHint")).toString();
    print.hallAddress = settings.value(QStringLiteral("site/hallAddress")).toString();
    print.hallPhone = settings.value(QStringLiteral("site/hallPhone")).toString();
    if (const QString logo = settings.value(QStringLiteral("site/printLogo")).toString(); !logo.isEmpty())
        print.logo = QImage(logo); // a missing or unreadable file prints no logo
    return print;
}

// Settings > Printers... opens this window's printer settings; profiles must outlive the window.
void connectPrinterSettings(ow::MainWindow& window, ow::PrinterProfiles& profiles,
                            const ow::PrintSiteConfig& site)
{
    QObject::connect(&window, &ow::MainWindow::printerSettingsRequested, &window, [&window, &profiles, site] {
        auto* dialog = new ow::PrinterSettingsDialog(profiles, site, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

// Settings > Devices... opens the device settings; the reader's state and each card read show in the
// status bar (masked); in demo mode Ctrl+Shift+F8 presents the first demo card.
void wireDevices(ow::MainWindow& window, ow::DeviceHub& devices, bool demo)
{
    QObject::connect(&window, &ow::MainWindow::deviceSettingsRequested, &devices,
                     [&window, &devices] { devices.openSettings(&window); });
    window.setReaderStatus(devices.readerStateText());
    QObject::connect(&devices, &ow::DeviceHub::readerStateChanged, &window, &ow::MainWindow::setReaderStatus);
    QObject::connect(&devices, &ow::DeviceHub::cardRead, &window, [&window](const ow::IdCardData& card) {
        window.statusBar()->showMessage(QCoreApplication::translate("main", "Card read: %1 %2")
                                            .arg(ow::maskName(card.name), ow::maskIdNumber(card.idNumber)),
                                        8000);
    });
    if (demo) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8), &window);
        QObject::connect(shortcut, &QShortcut::activated, &devices,
                         [&devices] { devices.presentDemoCard(0); });
    }
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OneWindow cannot start"), message);
    return 1;
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
    if (!QDir().mkpath(dataDir))
        return fail(
            QCoreApplication::translate("main", "The data directory %1 cannot be created.").arg(dataDir));

    const ow::SystemClock clock;
    const ow::WorkingCalendar calendar = ow::WorkingCalendar::withShippedArrangements();
    ow::Result<ow::SiteConfig> site = loadSite(demo);
    if (!site)
        return fail(site.error().message);
    auto database = ow::Database::open(dataDir + QStringLiteral("/onewindow.db"));
    if (!database)
        return fail(database.error().message);
    if (demo) {
        ow::Result<bool> seeded = ow::DemoSeeder(**database, clock, calendar).seedIfEmpty();
        if (!seeded)
            return fail(seeded.error().message);
    }

    QSettings settings;
    ow::PrinterProfiles printerProfiles(settings, site->windowKey());
    ow::MainWindow window;
    populate(window, **database, *site, clock, calendar);
    connectPrinterSettings(window, printerProfiles, printSite(*site, settings));
    ow::DeviceHub devices(settings, clock, demo);
    wireDevices(window, devices, demo);
    window.resize(window.screen()->availableSize() * 9 / 10);
    window.show();
    return app->exec();
}
