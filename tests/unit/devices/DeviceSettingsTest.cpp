#include "devices/DeviceSettings.h"

#include "DeviceFixtures.h"
#include "core/Clock.h"
#include "core/RegionTable.h"
#include "devices/DemoCards.h"
#include "devices/DeviceFactory.h"
#include "devices/IdCardTextDecoder.h"
#include "devices/IdCardTextEncoder.h"
#include "devices/SamSimulator.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;
using Kind = DeviceSettings::ReaderKind;

TEST_CASE("device settings survive a save and load", "[devices][settings]")
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    CHECK(DeviceSettings::load(file) == DeviceSettings()); // defaults when nothing is stored

    DeviceSettings settings;
    settings.readerKind = Kind::VendorSdt;
    settings.readerPort = QStringLiteral("ttyUSB1");
    settings.vendorLibraryPath = QStringLiteral("/opt/reader/libsdtapi.so");
    settings.vendorPort = 1002;
    settings.photoDecoderPath = QStringLiteral("/opt/reader/libwlt.so");
    settings.wedge.prefix = QStringLiteral("]Q");
    settings.wedge.suffix = QStringLiteral("#");
    settings.wedge.maxInterKeyMs = 25;
    settings.wedge.minLength = 6;
    settings.wedge.terminatorRequired = false;
    settings.scannerPort = QStringLiteral("ttyACM0");
    settings.scannerBaudRate = 115200;
    settings.cameraId = QByteArrayLiteral("/dev/video2");
    settings.save(file);
    file.sync();
    QSettings again(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    CHECK(DeviceSettings::load(again) == settings);

    CHECK(DeviceSettings::kindFromKey(QStringLiteral("simulator"), Kind::None) == Kind::Simulator);
    CHECK(DeviceSettings::kindFromKey(QStringLiteral("bogus"), Kind::SerialSam) == Kind::SerialSam);
}

TEST_CASE("the factory builds the simulated reader demo mode uses", "[devices][settings]")
{
    FixedClock clock(QDateTime(ow::test::fixtureToday(), QTime(9, 0)));
    DeviceSettings settings;
    settings.readerKind = Kind::Simulator;
    SamSimulator* sam = nullptr;
    auto reader = DeviceFactory::createIdCardReader(settings, RegionTable::builtIn(), clock, &sam);
    REQUIRE(reader);
    REQUIRE(sam);
    QSignalSpy cards(reader.get(), &IdCardReader::cardRead);
    reader->start();
    sam->presentCard(ow::test::wangLi());
    REQUIRE(QTest::qWaitFor([&] { return cards.count() == 1; }, 5000));
    CHECK(cards.at(0).at(0).value<IdCardData>().name == u"王丽");

    settings.readerKind = Kind::None;
    CHECK_FALSE(DeviceFactory::createIdCardReader(settings, RegionTable::builtIn(), clock));
    settings.readerKind = Kind::VendorSdt;
    CHECK(DeviceFactory::createIdCardReader(settings, RegionTable::builtIn(), clock));
}

TEST_CASE("every demo card decodes after a trip through the text block", "[devices][settings]")
{
    const auto cards = DemoCards::all();
    REQUIRE(cards.size() == 4);
    for (const IdCardData& card : cards) {
        auto decoded = IdCardTextDecoder::decode(IdCardTextEncoder::encode(card), RegionTable::builtIn(),
                                                 ow::test::fixtureToday());
        INFO(card.idNumber.toStdString());
        REQUIRE(decoded.ok());
        CHECK(decoded->idNumber == card.idNumber);
        CHECK(decoded->cardType == card.cardType);
    }
}
