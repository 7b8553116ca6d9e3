// The serial line scanner against a real pseudo-terminal.

#include "devices/SerialLineScanner.h"

#include "devices/PseudoTerminal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("a serial scanner delivers one code per line", "[devices][serialscanner]")
{
    QTemporaryDir dir;
    PseudoTerminal pty(dir.filePath(QStringLiteral("ttyScan")));
    REQUIRE(pty.open().ok());
    SerialLineScannerSettings settings;
    settings.portName = pty.portName();
    settings.reconnectIntervalMs = 50;
    settings.lineTimeoutMs = 100;
    SerialLineScanner scanner(settings);
    QSignalSpy scans(&scanner, &SerialLineScanner::scanned);
    QSignalSpy errors(&scanner, &SerialLineScanner::error);
    scanner.start();
    REQUIRE(scanner.isOpen());

    pty.write("420802199003071230\r\n91420800MA4912345X\r");
    REQUIRE(QTest::qWaitFor([&] { return scans.count() == 2; }, 2000));
    CHECK(scans.at(0).at(0).toString() == u"420802199003071230");
    CHECK(scans.at(1).at(0).toString() == u"91420800MA4912345X");

    SECTION("a line split over several writes, LF only, UTF-8")
    {
        pty.write("OW1:4208020100720");
        QTest::qWait(20);
        pty.write("1123000425:7KQ2ZM\n");
        pty.write("\xe5\xbc\xa0\xe4\xbc\x9f\n");
        REQUIRE(QTest::qWaitFor([&] { return scans.count() == 4; }, 2000));
        CHECK(scans.at(2).at(0).toString() == u"OW1:42080201007201123000425:7KQ2ZM");
        CHECK(scans.at(3).at(0).toString() == u"张伟");
    }
    SECTION("a code without line end is taken after a pause")
    {
        pty.write("YY2026112600042");
        REQUIRE(QTest::qWaitFor([&] { return scans.count() == 3; }, 2000));
        CHECK(scans.at(2).at(0).toString() == u"YY2026112600042");
    }
    SECTION("unplugged and plugged back")
    {
        pty.close();
        REQUIRE(QTest::qWaitFor([&] { return errors.count() == 1; }, 2000));
        CHECK(errors.at(0).at(0).value<Error>().code == u"scanner.disconnected");
        REQUIRE(pty.open().ok());
        REQUIRE(QTest::qWaitFor([&] { return scanner.isOpen(); }, 2000));
        pty.write("12345678\r\n");
        REQUIRE(QTest::qWaitFor([&] { return scans.count() == 3; }, 2000));
        CHECK(errors.count() == 1);
    }
}

TEST_CASE("a serial scanner on a missing port says so once", "[devices][serialscanner]")
{
    SerialLineScannerSettings settings;
    settings.portName = QStringLiteral("/nonexistent/ttyScan");
    settings.reconnectIntervalMs = 20;
    SerialLineScanner scanner(settings);
    QSignalSpy errors(&scanner, &SerialLineScanner::error);
    scanner.start();
    QTest::qWait(150);
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).value<Error>().code == u"scanner.port_open");
    CHECK(errors.at(0).at(0).value<Error>().message.contains(u"/nonexistent/ttyScan"));
    scanner.stop();
}
