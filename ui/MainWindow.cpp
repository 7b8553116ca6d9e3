#include "ui/MainWindow.h"

#include "ui/IntakeOverviewPage.h"
#include "ui/ModuleRail.h"
#include "ui/PlaceholderPage.h"
#include "ui/SyncStatusWidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace ow {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_rail(new ModuleRail(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("OneWindow"));
    m_pages->setObjectName(QStringLiteral("modulePages"));
    buildPages();
    buildStatusBar();
    buildMenuBar();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_rail, &ModuleRail::moduleSelected, this, [this](AppModule module) { showPageOf(module); });
    setModules({AppModule::Intake, AppModule::Queue, AppModule::Dispatch, AppModule::Supervision});
}

void MainWindow::buildPages()
{
    m_intakeStack = new QStackedWidget(m_pages);
    m_intakeStack->setObjectName(QStringLiteral("page.intake"));
    m_intakePage = new IntakeOverviewPage(m_intakeStack);
    m_intakeStack->addWidget(m_intakePage);
    auto* queue = new PlaceholderPage(
        ModuleRail::title(AppModule::Queue),
        tr("The queue module is not built yet. Calling the next ticket to this window arrives in a later "
           "release; until then, call tickets with the hall's queue system."),
        m_pages);
    auto* dispatch = new PlaceholderPage(
        ModuleRail::title(AppModule::Dispatch),
        tr("The dispatch and delivery module is not built yet. Dispatch slips, handovers to the "
           "departments, result pick-up and free mailing arrive in a later release."),
        m_pages);
    auto* supervision = new PlaceholderPage(
        ModuleRail::title(AppModule::Supervision),
        tr("The supervision module is not built yet. The hall board, the deadline board and the follow-up "
           "of poor ratings arrive in a later release."),
        m_pages);
    queue->setObjectName(QStringLiteral("page.queue"));
    dispatch->setObjectName(QStringLiteral("page.dispatch"));
    supervision->setObjectName(QStringLiteral("page.supervision"));
    m_pageOf = {{AppModule::Intake, m_intakeStack},
                {AppModule::Queue, queue},
                {AppModule::Dispatch, dispatch},
                {AppModule::Supervision, supervision}};
    for (QWidget* page : {static_cast<QWidget*>(m_intakeStack), static_cast<QWidget*>(queue),
                          static_cast<QWidget*>(dispatch), static_cast<QWidget*>(supervision)})
        m_pages->addWidget(page);
}

void MainWindow::setIntakeFlow(QWidget* flow)
{
    if (m_intakeFlow)
        m_intakeStack->removeWidget(m_intakeFlow);
    m_intakeFlow = flow;
    m_intakeStack->addWidget(flow);
}

void MainWindow::showIntakeFlow(bool shown)
{
    if (!m_intakeFlow)
        return;
    if (shown)
        showModule(AppModule::Intake);
    m_intakeStack->setCurrentWidget(shown ? m_intakeFlow : static_cast<QWidget*>(m_intakePage));
}

bool MainWindow::intakeFlowShown() const
{
    return m_intakeFlow && m_intakeStack->currentWidget() == m_intakeFlow;
}

void MainWindow::buildStatusBar()
{
    m_syncStatus = new SyncStatusWidget(this);
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_readerStatus = new QLabel(this);
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    m_readerStatus->setContentsMargins(0, 0, 16, 0); // apart from the clerk and window beside it
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_readerStatus);
    statusBar()->addPermanentWidget(m_sessionLabel);
    setSession({});
}

void MainWindow::buildMenuBar()
{
    QMenu* session = menuBar()->addMenu(tr("Sess&ion"));
    session->setObjectName(QStringLiteral("menu.session"));
    QAction* sync = session->addAction(tr("S&ync with the central server…"));
    sync->setObjectName(QStringLiteral("action.sync"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(sync, &QAction::triggered, this, &MainWindow::syncPanelRequested);
    QAction* switchUser = session->addAction(tr("Sign &out / switch user…"));
    switchUser->setObjectName(QStringLiteral("action.switchUser"));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menu.settings"));
    QAction* printers = settings->addAction(tr("&Printers…"));
    printers->setObjectName(QStringLiteral("action.printers"));
    connect(printers, &QAction::triggered, this, &MainWindow::printerSettingsRequested);
    QAction* devices = settings->addAction(tr("&Devices…"));
    devices->setObjectName(QStringLiteral("action.devices"));
    connect(devices, &QAction::triggered, this, &MainWindow::deviceSettingsRequested);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menu.help"));
    QAction* diagnostics = help->addAction(tr("Export &diagnostics…"));
    diagnostics->setObjectName(QStringLiteral("action.diagnostics"));
    connect(diagnostics, &QAction::triggered, this, &MainWindow::diagnosticsExportRequested);
}

void MainWindow::setReaderStatus(const QString& text)
{
    m_readerStatus->setText(text);
}

QString MainWindow::readerStatus() const
{
    return m_readerStatus->text();
}

void MainWindow::setModules(const QList<AppModule>& modules)
{
    m_rail->setModules(modules);
    showPageOf(m_rail->currentModule());
}

QList<AppModule> MainWindow::modules() const
{
    return m_rail->modules();
}

QString MainWindow::roleTitle(StaffRole role)
{
    switch (role) {
    case StaffRole::Clerk:
        return tr("Window clerk");
    case StaffRole::Supervisor:
        return tr("Supervisor");
    case StaffRole::Dispatch:
        return tr("Dispatch and delivery");
    }
    return {};
}

void MainWindow::setSession(const SessionInfo& session)
{
    QStringList parts;
    parts << (session.staffName.isEmpty() ? tr("Not signed in") : session.staffName)
          << roleTitle(session.role);
    if (session.window > 0)
        parts << tr("Window %1").arg(session.window);
    if (!session.hallName.isEmpty())
        parts << session.hallName;
    m_sessionLabel->setText(parts.join(QStringLiteral(" · ")));
    setWindowTitle(session.hallName.isEmpty() ? tr("OneWindow") : tr("OneWindow — %1").arg(session.hallName));
}

QString MainWindow::sessionText() const
{
    return m_sessionLabel->text();
}

bool MainWindow::showModule(AppModule module)
{
    return m_rail->selectModule(module); // the rail's signal switches the page
}

AppModule MainWindow::currentModule() const
{
    return m_current;
}

void MainWindow::showPageOf(AppModule module)
{
    QWidget* page = m_pageOf.value(module);
    if (!page)
        return;
    m_pages->setCurrentWidget(page);
    if (module == m_current)
        return;
    m_current = module;
    emit currentModuleChanged(module);
}

} // namespace ow
