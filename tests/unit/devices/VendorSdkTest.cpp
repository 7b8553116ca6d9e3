// The vendor library adapter against a missing file, a real library without the functions (libm) and
// a stand-in library that behaves like a vendor's (FakeVendorSdk.cpp).

#include "devices/VendorSdk.h"

#include "DeviceFixtures.h"
#include "core/Clock.h"
#include "core/RegionTable.h"
#include "devices/VendorSdkReader.h"
#include "devices/WltPhotoDecoder.h"

#include <QLibrary>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;
using Family = VendorSdk::Family;

namespace {

// The stand-in's control functions, resolved from the same (already loaded) module.
struct FakeControl
{
    QLibrary library{QStringLiteral(FAKE_VENDOR_SDK)};
    void setCard(bool present) { call<void (*)(int)>("fake_sdk_set_card")(present ? 1 : 0); }
    void setOpenResult(int result) { call<void (*)(int)>("fake_sdk_set_open_result")(result); }
    int reads() { return call<int (*)()>("fake_sdk_reads")(); }

    template <typename F> F call(const char* name)
    {
        auto f = reinterpret_cast<F>(library.resolve(name));
        REQUIRE(f != nullptr);
        return f;
    }
};

QString libm()
{
    for (const char* path : {"/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6"})
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    return QStringLiteral("libm.so.6");
}

} // namespace

TEST_CASE("absent and wrong vendor libraries give clear messages", "[devices][sdk]")
{
    auto empty = VendorSdk::load(Family::Sdt, QString());
    CHECK(empty.error().code == u"sdk.path");

    auto missing = VendorSdk::load(Family::Sdt, QStringLiteral("/opt/nowhere/libsdtapi.so"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == u"sdk.load");
    CHECK(missing.error().message.contains(u"libsdtapi.so"));

    auto math = VendorSdk::load(Family::Sdt, libm());
    REQUIRE_FALSE(math.ok());
    CHECK(math.error().code == u"sdk.symbols");
    CHECK(math.error().message.contains(u"SDT_OpenPort"));
    CHECK(math.error().message.contains(u"SDT_ReadBaseMsg"));

    auto cvr = VendorSdk::load(Family::Cvr, libm());
    REQUIRE_FALSE(cvr.ok());
    CHECK(cvr.error().message.contains(u"CVR_InitComm"));
}

TEST_CASE("a reader on a missing library reports it and stays disconnected", "[devices][sdk]")
{
    FixedClock clock(QDateTime(ow::test::fixtureToday(), QTime(9, 0)));
    VendorSdkReaderSettings settings;
    settings.libraryPath = QStringLiteral("/opt/nowhere/libsdtapi.so");
    VendorSdkReader reader(settings, RegionTable::builtIn(), clock);
    QSignalSpy errors(&reader, &IdCardReader::error);
    reader.start();
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).value<Error>().code == u"sdk.load");
    CHECK(reader.state() == IdCardReader::State::Disconnected);
}

TEST_CASE("cards are read through the SDT and CVR families", "[devices][sdk]")
{
    FakeControl fake;
    REQUIRE(fake.library.load());
    fake.setCard(false);
    fake.setOpenResult(0x90);
    const int readsBefore = fake.reads();

    const Family family = GENERATE(Family::Sdt, Family::Cvr);
    FixedClock clock(QDateTime(ow::test::fixtureToday(), QTime(9, 0)));
    VendorSdkReaderSettings settings;
    settings.family = family;
    settings.libraryPath = QStringLiteral(FAKE_VENDOR_SDK);
    settings.pollIntervalMs = 20;
    settings.reconnectIntervalMs = 50;
    VendorSdkReader reader(settings, RegionTable::builtIn(), clock);
    QSignalSpy cards(&reader, &IdCardReader::cardRead);
    QSignalSpy errors(&reader, &IdCardReader::error);
    reader.start();
    REQUIRE(QTest::qWaitFor([&] { return reader.state() == IdCardReader::State::Ready; }, 3000));

    fake.setCard(true);
    REQUIRE(QTest::qWaitFor([&] { return cards.count() == 1; }, 3000));
    const auto card = cards.at(0).at(0).value<IdCardData>();
    CHECK(card.name == u"张伟");
    CHECK(card.ethnicity == u"汉");
    CHECK(card.idNumber == u"420802199003071230");
    CHECK(card.validIndefinitely);
    CHECK(card.validFrom == QDate(2015, 6, 1));
    if (family == Family::Sdt)
        CHECK(card.photoWlt.size() == 1024);
    QTest::qWait(200); // left on the reader: not read again
    CHECK(fake.reads() == readsBefore + 1);
    CHECK(errors.isEmpty());
    fake.setCard(false);
    reader.stop();
    CHECK(reader.state() == IdCardReader::State::Stopped);
}

TEST_CASE("a vendor reader that cannot open its port says so once and retries", "[devices][sdk]")
{
    FakeControl fake;
    REQUIRE(fake.library.load());
    fake.setCard(false);
    fake.setOpenResult(0x01);
    FixedClock clock(QDateTime(ow::test::fixtureToday(), QTime(9, 0)));
    VendorSdkReaderSettings settings;
    settings.libraryPath = QStringLiteral(FAKE_VENDOR_SDK);
    settings.reconnectIntervalMs = 20;
    VendorSdkReader reader(settings, RegionTable::builtIn(), clock);
    QSignalSpy errors(&reader, &IdCardReader::error);
    reader.start();
    REQUIRE(QTest::qWaitFor([&] { return errors.count() == 1; }, 3000));
    CHECK(errors.at(0).at(0).value<Error>().code == u"sdk.open");
    QTest::qWait(150);
    CHECK(errors.count() == 1);
    CHECK(reader.state() == IdCardReader::State::Disconnected);
    fake.setOpenResult(0x90);
    REQUIRE(QTest::qWaitFor([&] { return reader.state() == IdCardReader::State::Ready; }, 3000));
}

TEST_CASE("the WLT photo needs the vendor's decoder, and uses it when configured", "[devices][sdk]")
{
    WltPhotoDecoder decoder;
    CHECK(decoder.decode(QByteArray(1024, '\x57')).error().code == u"wlt.not_configured");
    CHECK(decoder.load(QString()).error().code == u"wlt.path");
    CHECK(decoder.load(QStringLiteral("/opt/nowhere/libwlt.so")).error().code == u"wlt.load");
    CHECK(decoder.load(libm()).error().code == u"wlt.symbols");
    CHECK_FALSE(decoder.isLoaded());

    REQUIRE(decoder.load(QStringLiteral(FAKE_VENDOR_SDK)).ok());
    auto photo = decoder.decode(QByteArray(1024, '\x57'));
    REQUIRE(photo.ok());
    CHECK(photo->size() == QSize(102, 126));
    CHECK(photo->pixelColor(0, 0) == QColor(0x7F, 0, 0x57));
    CHECK(decoder.decode(QByteArray(100, '\0')).error().code == u"wlt.size");
}
