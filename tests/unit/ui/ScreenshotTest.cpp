// Renders the main window with the demo data to PNG files for a person to look at, when OW_SHOTS is
// set (to a directory, or to anything for /tmp/ow-shots). Without it the test only builds the window.

#include "DemoData.h"
#include "core/WorkingCalendar.h"
#include "ui/IntakeOverviewPage.h"
#include "ui/MainWindow.h"
#include "ui/SyncStatusWidget.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("screenshots of the main window with the demo data", "[ui][shots]")
{
    const WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    MainWindow window;
    window.setSession({QStringLiteral("王丽"), StaffRole::Clerk, 7, QStringLiteral("荆门市政务服务中心")});
    window.setModules({AppModule::Intake, AppModule::Queue});
    window.syncStatus()->setStatus({SyncStatus::State::NotConfigured, 3, 0, {}});
    window.intakePage()->setCatalog(test::demoCatalog());
    window.intakePage()->setOpenCases(test::demoOpenCases(QStringLiteral("7"), test::demoAsOf(), calendar));
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.intakePage()->visibleItemCount() > 300);

    const QString requested = qEnvironmentVariable("OW_SHOTS");
    if (requested.isEmpty())
        return;
    const QString dir = requested.startsWith(QLatin1Char('/')) ? requested : QStringLiteral("/tmp/ow-shots");
    REQUIRE(QDir().mkpath(dir));
    const auto shoot = [&](const QString& name) {
        QCoreApplication::processEvents();
        const QPixmap shot = window.grab();
        REQUIRE(shot.save(dir + QLatin1Char('/') + name));
    };
    shoot(QStringLiteral("main-intake.png"));
    QTest::keyClicks(window.intakePage()->findChild<QLineEdit*>(QStringLiteral("catalogFilter")),
                     QStringLiteral("HB-JM-02"));
    shoot(QStringLiteral("main-intake-filtered.png"));
    window.showModule(AppModule::Queue);
    shoot(QStringLiteral("main-queue.png"));
}
