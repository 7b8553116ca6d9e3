#pragma once

// MainWindow: the clerk's frame; a rail of the role's modules, the module pages, and the status bar
// (link to the central server, outbox, who works at which window of which hall), and Settings and
// Help menus whose entries it only signals. It holds no data of
// its own: the composition root feeds the pages through their setters.

#include "ui/AppModule.h"
#include "ui/SessionInfo.h"

#include <QList>
#include <QMainWindow>
#include <QMap>

class QLabel;
class QStackedWidget;

namespace ow {

class IntakeOverviewPage;
class ModuleRail;
class SyncStatusWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The modules the user's role may use, in rail order; the page shown stays if still offered,
    // else the first is shown. All four until told otherwise.
    void setModules(const QList<AppModule>& modules);
    QList<AppModule> modules() const;

    void setSession(const SessionInfo& session);
    QString sessionText() const;

    bool showModule(AppModule module); // false if the role does not have it
    AppModule currentModule() const;

    IntakeOverviewPage* intakePage() const { return m_intakePage; }
    // The intake itself, shown in the intake module in place of the overview while it runs.
    void setIntakeFlow(QWidget* flow);
    void showIntakeFlow(bool shown);
    bool intakeFlowShown() const;
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }

    static QString roleTitle(StaffRole role);

    // The ID-card reader's state, shown in the status bar.
    void setReaderStatus(const QString& text);
    QString readerStatus() const;

signals:
    void currentModuleChanged(ow::AppModule module);
    void printerSettingsRequested();   // Settings > Printers...
    void deviceSettingsRequested();    // Settings > Devices...
    void diagnosticsExportRequested(); // Help > Export diagnostics...
    void syncPanelRequested();         // Session > Sync with the central server... (Ctrl+Shift+Y)
    void switchUserRequested();        // Session > Sign out / switch user...

private:
    void buildPages();
    void buildStatusBar();
    void buildMenuBar();
    void showPageOf(AppModule module);

    ModuleRail* m_rail = nullptr;
    QStackedWidget* m_pages = nullptr;
    QMap<AppModule, QWidget*> m_pageOf;
    IntakeOverviewPage* m_intakePage = nullptr;
    QStackedWidget* m_intakeStack = nullptr; // the overview, then the intake flow
    QWidget* m_intakeFlow = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QLabel* m_sessionLabel = nullptr;
    QLabel* m_readerStatus = nullptr;
    AppModule m_current = AppModule::Intake;
};

} // namespace ow
