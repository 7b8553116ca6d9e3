// The device hub in demo mode: the simulated reader becomes ready and reads a presented demo card; the
// Settings menu offers the devices.

#include "ui/devices/DeviceHub.h"

#include "core/Clock.h"
#include "devices/DemoCards.h"
#include "devices/SamSimulator.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("the device hub in demo mode reads a presented demo card", "[ui][devices]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("onewindow.ini")), QSettings::IniFormat);
    const SystemClock clock;
    DeviceHub hub(settings, clock, true);
    REQUIRE(hub.reader());
    REQUIRE(hub.simulator());
    REQUIRE(QTest::qWaitFor([&] { return hub.reader()->state() == IdCardReader::State::Ready; }, 5000));

    QSignalSpy read(&hub, &DeviceHub::cardRead);
    hub.presentDemoCard(0);
    REQUIRE(QTest::qWaitFor([&] { return read.count() > 0; }, 5000));
    CHECK(read.first().first().value<IdCardData>().idNumber == DemoCards::all().first().idNumber);
}

TEST_CASE("the Settings menu offers the devices", "[ui][main]")
{
    MainWindow window;
    auto* devices = window.findChild<QAction*>(QStringLiteral("action.devices"));
    REQUIRE(devices);
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menu.settings"));
    REQUIRE(menu);
    CHECK(menu->actions().contains(devices));
    QSignalSpy requested(&window, &MainWindow::deviceSettingsRequested);
    devices->trigger();
    CHECK(requested.count() == 1);

    window.setReaderStatus(QStringLiteral("ID-card reader: ready"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("readerStatus"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("ID-card reader: ready"));
}
