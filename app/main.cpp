// The composition root of the onewindow executable: parses the command line, loads the translations,
// builds the services and hands them to the UI.

#include "CentralWiring.h"
#include "admin/AdminStartup.h"      // admin: --check, site settings, diagnostics
#include "admin/DiagnosticsExport.h" // admin
#include "admin/SiteSettings.h"      // admin
#include "core/Clock.h"
#include "core/Masking.h"
#include "core/RegionTable.h"
#include "core/SiteConfig.h"
#include "core/WorkingCalendar.h"
#include "devices/DocumentCamera.h"
#include "print/PrintSiteConfig.h"
#include "print/PrinterProfiles.h"
#include "storage/ApplicantStore.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "storage/HolidayStore.h"
#include "storage/OutboxStore.h"
#include "sync/CentralLink.h"
#include "sync/LocalCentralServer.h"
#include "sync/SyncEngine.h"
#include "ui/IntakeOverviewPage.h"
#include "ui/MainWindow.h"
#include "ui/OpenCaseRows.h"
#include "ui/SyncStatusWidget.h"
#include "ui/devices/DeviceHub.h"
#include "ui/intake/IntakePage.h"
#include "ui/intake/IntakeSession.h"
#include "ui/print/PrintPreviewLauncher.h"
#include "ui/print/PrinterSettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <functional>
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
ow::Result<ow::SiteConfig> loadSite(bool demo, const ow::SiteSettings& siteSettings)
{
    if (demo) {
        QFile file(ow::DemoSeeder::builtInDirectory() + QStringLiteral("/site.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ow::Error{QStringLiteral("site.read"), file.errorString()};
        return ow::SiteConfig::fromJson(file.readAll());
    }
    return siteSettings.siteConfig(); // admin: system, window and user files (docs/operations.md)
}

// Fills the window from the local store: the catalog, this window's open cases, the outbox counts;
// returns the catalog.
QList<ow::ServiceItem> populate(ow::MainWindow& window, ow::Database& database, const ow::SiteConfig& site,
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
    window.syncStatus()->setWaitingOperations(pending ? *pending : 0); // the link's state stays as it is
    return items;
}

// An unfinished intake of this clerk (after a crash or a pulled plug) is offered back as it was.
void offerUnfinishedDraft(ow::MainWindow& window, ow::IntakePage& intake)
{
    const QList<ow::IntakeDraft> drafts = intake.session().storedDrafts();
    if (drafts.isEmpty())
        return;
    const ow::IntakeDraft& latest = drafts.constFirst();
    const auto answer = QMessageBox::question(
        &window, QCoreApplication::translate("main", "Unfinished intake"),
        QCoreApplication::translate("main", "An intake you started at %1 was not finished (%2). Continue it?")
            .arg(QLocale().toString(latest.startedAt, QLocale::ShortFormat),
                 latest.applicant.name().isEmpty() ? QCoreApplication::translate("main", "no applicant yet")
                                                   : ow::maskName(latest.applicant.name())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        intake.resume(latest);
        window.showIntakeFlow(true);
    }
}

// The intake: started from the overview (New intake, Ctrl+N, or an item chosen), fed by the card reader
// and the scanner; its printouts go to the printer, or to the PDF preview in demo mode; an unfinished
// intake of this clerk is offered back at start.
void wireIntake(ow::MainWindow& window, ow::IntakePage& intake, ow::DeviceHub& devices,
                ow::PrintPreviewLauncher& printing, bool demo, const std::function<void()>& refreshOverview)
{
    window.setIntakeFlow(&intake);
    QObject::connect(window.intakePage(), &ow::IntakeOverviewPage::newIntakeRequested, &intake, [&] {
        intake.startNew();
        window.showIntakeFlow(true);
    });
    QObject::connect(window.intakePage(), &ow::IntakeOverviewPage::itemActivated, &intake,
                     [&](const QString& code) {
                         intake.startNew(code);
                         window.showIntakeFlow(true);
                     });
    auto* newIntake = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), window.intakePage());
    newIntake->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(newIntake, &QShortcut::activated, window.intakePage(),
                     &ow::IntakeOverviewPage::newIntakeRequested);
    QObject::connect(&intake, &ow::IntakePage::closeRequested, &window, [&] {
        window.showIntakeFlow(false);
        refreshOverview();
    });
    QObject::connect(&intake, &ow::IntakePage::caseRecorded, &window,
                     [refreshOverview] { refreshOverview(); });
    QObject::connect(&intake, &ow::IntakePage::message, &window,
                     [&window](const QString& text) { window.statusBar()->showMessage(text, 8000); });
    QObject::connect(&devices, &ow::DeviceHub::cardRead, &intake, [&](const ow::IdCardData& card) {
        window.showIntakeFlow(true);
        intake.applyCard(card);
    });
    QObject::connect(&devices, &ow::DeviceHub::scanned, &intake, [&](const ow::ScanResult& scan) {
        if (window.intakeFlowShown())
            intake.applyScan(scan);
    });
    auto demoCard = std::make_shared<int>(0);
    QObject::connect(&intake, &ow::IntakePage::readCardRequested, &devices, [&devices, demo, demoCard] {
        if (demo) // the simulated reader has no card until one is presented
            devices.presentDemoCard((*demoCard)++ % 3);
    });
    QObject::connect(
        &intake, &ow::IntakePage::documentsReady, &printing,
        [&printing, &intake, demo](const QList<ow::PrintDocument>& documents) {
            for (const ow::PrintDocument& document : documents) {
                if (demo) {
                    printing.preview(document);
                    continue;
                }
                if (auto printed = printing.printDirect(document); !printed) {
                    intake.setPrintState(printed.error().message);
                    return;
                }
            }
            intake.setPrintState(
                demo ? QCoreApplication::translate("main", "Demo mode: the printouts open in the preview.")
                     : QCoreApplication::translate("main", "Printed."));
        });
    QObject::connect(&printing, &ow::PrintPreviewLauncher::failed, &intake, &ow::IntakePage::setPrintState);

    QTimer::singleShot(0, &window, [&window, &intake] { offerUnfinishedDraft(window, intake); });
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

// Help > Export diagnostics...: asks where to save the zip, writes it (admin), says where it went.
void connectDiagnostics(ow::MainWindow& window, const QString& dataDir, const ow::SiteSettings& siteSettings,
                        const QString& windowKey)
{
    QObject::connect(&window, &ow::MainWindow::diagnosticsExportRequested, &window, [=, &window] {
        auto* dialog =
            new QFileDialog(&window, QCoreApplication::translate("main", "Export diagnostics"),
                            QDir::home().filePath(ow::DiagnosticsExport::suggestedFileName(windowKey)),
                            QCoreApplication::translate("main", "Zip archives (*.zip)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QFileDialog::fileSelected, &window, [=, &window](const QString& path) {
            auto* exporter = new ow::DiagnosticsExport(dataDir, siteSettings, &window); // deletes itself
            QObject::connect(exporter, &ow::DiagnosticsExport::finished, &window,
                             [&window](bool ok, const QString& message) {
                                 if (ok)
                                     window.statusBar()->showMessage(message, 15000);
                                 else
                                     QMessageBox::warning(
                                         &window, QCoreApplication::translate("main", "Export diagnostics"),
                                         message);
                             });
            exporter->start(path);
        });
        dialog->open();
    });
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
    ow::admin::prepareProcess(argc, argv); // admin: log buffer, site config dir, --check runs offscreen

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
    const QCommandLineOption checkOption = ow::admin::checkOption();
    parser.addOptions({demoOption, langOption, dataDirOption, checkOption});
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
    if (parser.isSet(checkOption))
        return ow::admin::runCheck(dataDir); // admin: the health report, nothing created or changed
    if (!QDir().mkpath(dataDir))
        return fail(
            QCoreApplication::translate("main", "The data directory %1 cannot be created.").arg(dataDir));

    const ow::SystemClock clock;
    ow::WorkingCalendar calendar = ow::WorkingCalendar::withShippedArrangements();
    const ow::SiteSettings siteSettings = ow::SiteSettings::load(); // admin
    ow::Result<ow::SiteConfig> site = loadSite(demo, siteSettings);
    if (!site)
        return fail(site.error().message);
    auto database = ow::Database::open(dataDir + QStringLiteral("/onewindow.db"));
    if (!database)
        return fail(database.error().message);
    if (auto pulled = ow::HolidayStore(**database).applyTo(calendar); !pulled) // sync: notices pulled earlier
        std::fprintf(stderr, "%s\n", qPrintable(pulled.error().message));
    if (demo) {
        ow::Result<bool> seeded = ow::DemoSeeder(**database, clock, calendar).seedIfEmpty();
        if (!seeded)
            return fail(seeded.error().message);
    }

    QSettings settings;
    siteSettings.enforcePolicy(settings); // admin: the site's values win where users may not override
    ow::PrinterProfiles printerProfiles(settings, site->windowKey());
    ow::MainWindow window;
    const QList<ow::ServiceItem> catalog = populate(window, **database, *site, clock, calendar);
    connectPrinterSettings(window, printerProfiles, siteSettings.printSite(site->hallName));
    connectDiagnostics(window, dataDir, siteSettings, site->windowKey()); // admin
    ow::DeviceHub devices(settings, clock, demo);
    wireDevices(window, devices, demo);

    ow::BlobStore blobs(dataDir);
    ow::IntakeSession intakeSession(
        {database->get(), &blobs, &clock, &calendar, &ow::RegionTable::builtIn(), *site});
    ow::IntakePage intake(intakeSession, siteSettings.printSite(site->hallName));
    const auto loadIntakeCatalog = [&](const QList<ow::ServiceItem>& items) {
        ow::CatalogStore catalogStore(**database);
        const auto themes = catalogStore.listThemes();
        const auto usage = ow::CaseStore(**database, clock).itemUsage(QString::number(site->window));
        intake.setCatalog(items, themes ? *themes : QList<ow::Theme>{},
                          usage ? *usage : QHash<QString, int>{});
    };
    loadIntakeCatalog(catalog);
    std::unique_ptr<ow::DocumentCamera> camera; // the document camera (高拍仪), when one is connected
    if (!ow::DocumentCamera::availableCameras().isEmpty()) {
        camera = std::make_unique<ow::DocumentCamera>();
        if (camera->selectCamera(devices.settings().cameraId)) {
            camera->start();
            intake.setCamera(camera.get());
        }
    }
    ow::PrintPreviewLauncher printing(printerProfiles, &window);
    ow::CentralLink link(**database, blobs, clock); // sync: API client, sign-in, sync engine
    ow::OutboxStore outbox(**database, clock);
    ow::LocalCentralServer demoServer; // demo mode: the reference server on loopback
    const ow::CentralWiring central{window, link, outbox, *site, clock, ow::installationId()};
    central.connectWindow();
    // Catalog and holiday notices pulled from the central server take effect at once; an intake under
    // way keeps the catalog it started with.
    QObject::connect(&link, &ow::CentralLink::catalogUpdated, &window, [&] {
        const QList<ow::ServiceItem> items = populate(window, **database, *site, clock, calendar);
        if (!window.intakeFlowShown())
            loadIntakeCatalog(items);
    });
    QObject::connect(&link, &ow::CentralLink::holidaysUpdated, &window, [&] {
        if (auto pulled = ow::HolidayStore(**database).applyTo(calendar); !pulled)
            window.statusBar()->showMessage(pulled.error().message, 10000);
        populate(window, **database, *site, clock, calendar);
    });
    QObject::connect(&intake, &ow::IntakePage::caseRecorded, &link, [&link] {
        if (ow::SyncEngine* engine = link.engine())
            engine->syncNow(); // deliver the new case now rather than at the next poll
    });
    wireIntake(window, intake, devices, printing, demo,
               [&] { populate(window, **database, *site, clock, calendar); });
    window.resize(window.screen()->availableSize() * 9 / 10);
    window.show();
    if (demo)
        central.startDemo(demoServer, dataDir);
    else
        central.startSite(siteSettings.serverUrl());
    return app->exec();
}
