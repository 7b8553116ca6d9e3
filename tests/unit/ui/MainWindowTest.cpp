// The main window: the rail offers the role's modules and switches the page, the pages of modules not
// built yet say so and offer nothing to click, the status bar shows the session and the sync state given.

#include "ui/MainWindow.h"

#include "ui/IntakeOverviewPage.h"
#include "ui/ModuleRail.h"
#include "ui/PlaceholderPage.h"
#include "ui/SyncStatusWidget.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

QStackedWidget* pages(MainWindow& window)
{
    return window.findChild<QStackedWidget*>(QStringLiteral("modulePages"));
}

ModuleRail* rail(MainWindow& window)
{
    return window.findChild<ModuleRail*>(QStringLiteral("moduleRail"));
}

void clickRailEntry(ModuleRail* rail, int row)
{
    const QRect rect = rail->visualItemRect(rail->item(row));
    QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("clicking a rail entry shows that module's page", "[ui][main]")
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ModuleRail* r = rail(window);
    REQUIRE(r->count() == 4);
    CHECK(pages(window)->currentWidget()->isAncestorOf(window.intakePage()));

    QSignalSpy changed(&window, &MainWindow::currentModuleChanged);
    const QList<QPair<AppModule, QString>> entries{
        {AppModule::Queue, QStringLiteral("page.queue")},
        {AppModule::Dispatch, QStringLiteral("page.dispatch")},
        {AppModule::Supervision, QStringLiteral("page.supervision")},
        {AppModule::Intake, QStringLiteral("page.intake")}};
    for (const auto& [module, pageName] : entries) {
        clickRailEntry(r, int(r->modules().indexOf(module)));
        CHECK(window.currentModule() == module);
        CHECK(pages(window)->currentWidget()->objectName() == pageName);
    }
    CHECK(changed.count() == 4);
}

TEST_CASE("Ctrl+digit selects a rail entry from the keyboard", "[ui][main]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentModule() == AppModule::Dispatch);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentModule() == AppModule::Intake);
}

TEST_CASE("the rail offers only the modules of the role", "[ui][main]")
{
    MainWindow window;
    window.showModule(AppModule::Supervision);
    REQUIRE(window.currentModule() == AppModule::Supervision);

    SECTION("a clerk: intake and queue; the page shown falls back to the first")
    {
        window.setModules({AppModule::Intake, AppModule::Queue});
        CHECK(rail(window)->count() == 2);
        CHECK(rail(window)->item(0)->text() == QStringLiteral("Intake"));
        CHECK(rail(window)->item(1)->text() == QStringLiteral("Queue"));
        CHECK(window.currentModule() == AppModule::Intake);
        CHECK(pages(window)->currentWidget()->isAncestorOf(window.intakePage()));
        CHECK_FALSE(window.showModule(AppModule::Supervision));
        CHECK(window.currentModule() == AppModule::Intake);
    }
    SECTION("a supervisor keeps the page shown")
    {
        window.setModules({AppModule::Intake, AppModule::Supervision});
        CHECK(window.currentModule() == AppModule::Supervision);
    }
    SECTION("dispatch staff")
    {
        window.setModules({AppModule::Dispatch});
        CHECK(rail(window)->count() == 1);
        CHECK(pages(window)->currentWidget()->objectName() == QStringLiteral("page.dispatch"));
    }
}

TEST_CASE("modules not built yet say so and offer nothing to click", "[ui][main]")
{
    MainWindow window;
    for (const QString& name : {QStringLiteral("page.queue"), QStringLiteral("page.dispatch"),
                                QStringLiteral("page.supervision")}) {
        auto* page = window.findChild<PlaceholderPage*>(name);
        REQUIRE(page);
        CHECK(page->message().contains(QStringLiteral("is not built yet")));
        CHECK(page->findChildren<QAbstractButton*>().isEmpty());
    }
    CHECK(window.findChild<PlaceholderPage*>(QStringLiteral("page.queue"))
              ->message()
              .startsWith(QStringLiteral("The queue module is not built yet.")));
}

TEST_CASE("the status bar shows the session and the operations waiting", "[ui][main]")
{
    MainWindow window;
    window.setSession({QStringLiteral("王丽"), StaffRole::Clerk, 7, QStringLiteral("荆门市政务服务中心")});
    auto* session = window.findChild<QLabel*>(QStringLiteral("sessionLabel"));
    CHECK(session->text() == QStringLiteral("王丽 · Window clerk · Window 7 · 荆门市政务服务中心"));
    CHECK(window.windowTitle() == QStringLiteral("OneWindow — 荆门市政务服务中心"));

    window.syncStatus()->setStatus({SyncStatus::State::NotConfigured, 3, 0, {}});
    auto* text = window.findChild<QLabel*>(QStringLiteral("syncStatusText"));
    REQUIRE(text);
    CHECK(text->text() == QStringLiteral("Central server not connected · 3 operation(s) waiting"));
    window.syncStatus()->setWaitingOperations(1);
    CHECK(text->text().endsWith(QStringLiteral(" · 1 operation(s) waiting")));

    window.setSession(
        {QStringLiteral("赵敏"), StaffRole::Supervisor, 0, QStringLiteral("荆门市政务服务中心")});
    CHECK(session->text() == QStringLiteral("赵敏 · Supervisor · 荆门市政务服务中心"));
}
