// End-to-end tests of the serial ID-card reader against the SAM simulator on a real pseudo-terminal.

#include "devices/SerialIdCardReader.h"

#include "DeviceFixtures.h"
#include "core/Clock.h"
#include "core/RegionTable.h"
#include "devices/SamFrame.h"
#include "devices/SamSimulator.h"
#include "devices/SamStatus.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <functional>

using namespace ow;
using namespace ow::test;

namespace {

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

// A simulator plugged in under a fixed port name, a reader on it, and spies on the reader's signals.
struct Bench
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(fixtureToday(), QTime(9, 0))};
    SamSimulator sam{dir.filePath(QStringLiteral("ttyOW0"))};
    SerialIdCardReader reader{settings(), RegionTable::builtIn(), clock};
    QSignalSpy cards{&reader, &IdCardReader::cardRead};
    QSignalSpy errors{&reader, &IdCardReader::error};

    SerialIdCardReaderSettings settings()
    {
        SerialIdCardReaderSettings s;
        s.portName = dir.filePath(QStringLiteral("ttyOW0"));
        s.pollIntervalMs = 20;
        s.commandTimeoutMs = 300;
        s.readTimeoutMs = 600;
        s.reconnectIntervalMs = 100;
        s.quietMs = 60;
        return s;
    }

    IdCardData card(int i) const { return cards.at(i).at(0).value<IdCardData>(); }
    Error error(int i) const { return errors.at(i).at(0).value<Error>(); }
    bool ready()
    {
        return waitUntil([&] { return reader.state() == IdCardReader::State::Ready; });
    }
    bool cardCount(int n)
    {
        return waitUntil([&] { return cards.count() >= n; }) && cards.count() == n;
    }
    bool errorCount(int n)
    {
        return waitUntil([&] { return errors.count() >= n; }) && errors.count() == n;
    }
    // Takes the card away long enough for the reader to notice.
    void takeAway()
    {
        const int finds = sam.commandCount(SamFrame::findCard);
        sam.removeCard();
        waitUntil([&] { return sam.commandCount(SamFrame::findCard) >= finds + 3; });
    }
};

} // namespace

TEST_CASE("the serial reader checks the SAM, then reads a presented card once", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());
    CHECK(b.sam.commandCount(SamFrame::samStatus) == 1);

    b.sam.presentCard(zhangWei());
    REQUIRE(b.cardCount(1));
    CHECK(b.card(0).name == u"张伟");
    CHECK(b.card(0).idNumber == u"420802199003071230");
    CHECK(b.card(0).photoWlt.size() == 1024);

    // Left on the pad: polled, not read again.
    const int finds = b.sam.commandCount(SamFrame::findCard);
    QTest::qWait(300);
    CHECK(b.sam.commandCount(SamFrame::findCard) > finds + 5);
    CHECK(b.sam.commandCount(SamFrame::readBaseInfo) == 1);
    CHECK(b.cards.count() == 1);

    b.takeAway();
    b.sam.presentCard(wangLi());
    REQUIRE(b.cardCount(2));
    CHECK(b.card(1).name == u"王丽");
    CHECK(b.card(1).validIndefinitely);
    CHECK(b.errors.isEmpty());
    b.reader.stop();
    CHECK(b.reader.state() == IdCardReader::State::Stopped);
}

TEST_CASE("the serial reader reads all three card types", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());
    b.sam.presentCard(foreignResident());
    REQUIRE(b.cardCount(1));
    CHECK(b.card(0).cardType == IdCardData::CardType::ForeignPermanentResident);
    b.takeAway();
    b.sam.presentCard(hongKongPermit());
    REQUIRE(b.cardCount(2));
    CHECK(b.card(1).cardType == IdCardData::CardType::HkMacaoTaiwanResidencePermit);
    CHECK(b.card(1).passNumber == u"H12345678");
}

TEST_CASE("a worn chip's checksum error is reported and the next card still reads", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());

    SECTION("damaged answer frame")
    {
        b.sam.presentCard(zhangWei());
        // A damaged answer to find or select makes the reader resynchronise silently (SAM status again);
        // only damaged card data is shown to the clerk.
        b.sam.corruptNextAnswers(2);
        REQUIRE(waitUntil([&] { return b.sam.commandCount(SamFrame::samStatus) >= 2; }));
        QTest::qWait(100);
        CHECK(b.errors.isEmpty());
        b.sam.presentCard(zhangWei());
        REQUIRE(b.cardCount(1));
    }
    SECTION("read fails with 0x41")
    {
        b.sam.failNextReads(1, SamStatus::readFailed);
        b.sam.presentCard(zhangWei());
        REQUIRE(b.errorCount(1));
        CHECK(b.error(0).code == u"sam.read_failed");
        CHECK(b.error(0).message.contains(u"place it flat"));
        QTest::qWait(200);
        CHECK(b.cards.isEmpty()); // not retried while the card stays
    }
    SECTION("the read-base-info answer has a wrong checksum")
    {
        b.sam.corruptNextRead();
        b.sam.presentCard(zhangWei());
        REQUIRE(b.errorCount(1));
        CHECK(b.error(0).code == u"sam.frame_checksum");
    }
    b.takeAway();
    const int before = int(b.cards.count());
    b.sam.presentCard(wangLi());
    REQUIRE(b.cardCount(before + 1));
    CHECK(b.card(before).name == u"王丽");
}

TEST_CASE("garbage on the line is skipped", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());
    b.sam.prefixGarbage(QByteArray::fromHex("00FFAAAA9655AA"));
    b.sam.presentCard(zhangWei());
    REQUIRE(b.cardCount(1));
    CHECK(b.errors.isEmpty());
}

TEST_CASE("slow answers within the timeout still read; silence is reported and recovered",
          "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());

    b.sam.setAnswerDelay(80);
    b.sam.presentCard(zhangWei());
    REQUIRE(b.cardCount(1));
    CHECK(b.errors.isEmpty());
    b.sam.setAnswerDelay(0);
    b.takeAway();

    b.sam.setSilent(true);
    REQUIRE(b.errorCount(1));
    CHECK(b.error(0).code == u"idcard.no_answer");
    REQUIRE(waitUntil([&] { return b.reader.state() == IdCardReader::State::Disconnected; }));
    QTest::qWait(500);
    CHECK(b.errors.count() == 1); // one message per outage, not one per retry

    b.sam.setSilent(false);
    REQUIRE(b.ready());
    b.sam.presentCard(wangLi());
    REQUIRE(b.cardCount(2));
}

TEST_CASE("answers slower than the timeout are not mistaken for later ones", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());
    b.sam.setAnswerDelay(450); // > commandTimeoutMs
    b.sam.presentCard(zhangWei());
    QTest::qWait(1200);
    b.sam.setAnswerDelay(0);
    REQUIRE(waitUntil([&] { return b.cards.count() == 1; }, 4000));
    CHECK(b.card(0).name == u"张伟");
}

TEST_CASE("a card pulled away mid-read is reported and the next card reads", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());
    b.sam.truncateNextRead();
    b.sam.presentCard(zhangWei());
    REQUIRE(b.errorCount(1));
    CHECK(b.error(0).code == u"idcard.read_interrupted");
    b.takeAway();
    b.sam.presentCard(wangLi());
    REQUIRE(b.cardCount(1));
    CHECK(b.card(0).name == u"王丽");
}

TEST_CASE("the reader recovers when unplugged and plugged back", "[devices][reader]")
{
    Bench b;
    REQUIRE(b.sam.plugIn().ok());
    b.reader.start();
    REQUIRE(b.ready());
    b.sam.presentCard(zhangWei());
    REQUIRE(b.cardCount(1));

    b.sam.unplug();
    REQUIRE(waitUntil([&] { return b.reader.state() == IdCardReader::State::Disconnected; }));
    REQUIRE(b.errors.count() >= 1);
    const QString code = b.error(0).code;
    CHECK((code == u"idcard.disconnected" || code == u"idcard.no_answer"));
    QTest::qWait(300); // several reconnect attempts on a missing port: still one message
    CHECK(b.errors.count() == 1);

    REQUIRE(b.sam.plugIn().ok());
    b.sam.presentCard(wangLi());
    REQUIRE(b.cardCount(2));
    CHECK(b.card(1).name == u"王丽");
}

TEST_CASE("a missing port and a failing SAM are reported", "[devices][reader]")
{
    Bench b;
    b.reader.start(); // nothing plugged in yet
    REQUIRE(b.errorCount(1));
    CHECK(b.error(0).code == u"idcard.port_open");
    CHECK(b.reader.state() == IdCardReader::State::Disconnected);

    b.sam.setSelfTestFails(true);
    REQUIRE(b.sam.plugIn().ok());
    REQUIRE(waitUntil([&] { return b.errors.count() >= 2; }));
    CHECK(b.error(1).code == u"sam.self_test");

    b.sam.setSelfTestFails(false);
    REQUIRE(b.ready());
    b.sam.presentCard(zhangWei());
    REQUIRE(b.cardCount(1));
}
