#include "devices/SamFrame.h"

#include "DeviceFixtures.h"
#include "devices/SamFrameStream.h"
#include "devices/SamStatus.h"

#include <catch2/catch.hpp>

using namespace ow;
using ow::test::hex;

TEST_CASE("SAM commands are built byte for byte as readers expect", "[devices][sam]")
{
    CHECK(SamFrame::buildCommand(SamFrame::samStatus) == hex("AAAAAA9669 0003 11FF ED"));
    CHECK(SamFrame::buildCommand(SamFrame::resetSam) == hex("AAAAAA9669 0003 10FF EC"));
    CHECK(SamFrame::buildCommand(SamFrame::findCard) == hex("AAAAAA9669 0003 2001 22"));
    CHECK(SamFrame::buildCommand(SamFrame::selectCard) == hex("AAAAAA9669 0003 2002 21"));
    CHECK(SamFrame::buildCommand(SamFrame::readBaseInfo) == hex("AAAAAA9669 0003 3001 32"));
    CHECK(SamFrame::buildCommand(SamFrame::readSamId) == hex("AAAAAA9669 0003 12FF EE"));
}

TEST_CASE("SAM responses are built and parsed byte for byte", "[devices][sam]")
{
    const QByteArray found = hex("AAAAAA9669 0008 00009F 00000000 97");
    CHECK(SamFrame::buildResponse(SamStatus::cardFound, QByteArray(4, '\0')) == found);
    auto parsed = SamFrame::parseResponse(found);
    REQUIRE(parsed.ok());
    CHECK(parsed->status == 0x9F);
    CHECK(parsed->data == QByteArray(4, '\0'));

    CHECK(SamFrame::buildResponse(SamStatus::noCard) == hex("AAAAAA9669 0004 000080 84"));
    CHECK(SamFrame::buildResponse(SamStatus::ok) == hex("AAAAAA9669 0004 000090 94"));
    CHECK(SamFrame::buildResponse(SamStatus::ok, QByteArray(8, '\0')) ==
          hex("AAAAAA9669 000C 000090 0000000000000000 9C"));

    // A read-base-info answer: 4 length bytes, 256 text, 1024 photo -> length 0x0508.
    const QByteArray base = SamFrame::buildResponse(SamStatus::ok, QByteArray(4 + 256 + 1024, 'a'));
    CHECK(base.size() == 7 + 0x0508);
    CHECK(base.mid(5, 2) == hex("0508"));
}

TEST_CASE("SAM commands parse back, as the simulator reads them", "[devices][sam]")
{
    auto command = SamFrame::parseCommand(hex("AAAAAA9669 0003 3001 32"));
    REQUIRE(command.ok());
    CHECK(command->is(SamFrame::readBaseInfo));
    CHECK(command->data.isEmpty());
    CHECK(SamFrame::buildCommand(command.value()) == hex("AAAAAA9669 0003 3001 32"));
}

TEST_CASE("damaged SAM frames are refused with a reason", "[devices][sam]")
{
    CHECK(SamFrame::parseResponse(hex("AAAAAA9669 0004 000090 95")).error().code == u"sam.frame_checksum");
    CHECK(SamFrame::parseResponse(hex("AAAAAA9669 0005 000090 94")).error().code == u"sam.frame_length");
    CHECK(SamFrame::parseResponse(hex("AAAAAA9669 0004 000090")).error().code == u"sam.frame_length");
    CHECK(SamFrame::parseResponse(hex("AAAA9669 0004 000090 94")).error().code == u"sam.frame_preamble");
    CHECK(SamFrame::parseResponse(hex("AAAAAA9669 0003 0000 03")).error().code == u"sam.frame_short");
    CHECK(SamFrame::parseResponse({}).error().code == u"sam.frame_preamble");
    CHECK(SamFrame::parseResponse(hex("AAAAAA9669 FFFF 00")).error().code == u"sam.frame_length");
    CHECK_FALSE(SamFrame::parseResponse(hex("AAAAAA9669 0004 000090 95")).error().message.isEmpty());
}

TEST_CASE("every SAM status has a code and a message", "[devices][sam]")
{
    CHECK(SamStatus::code(0x90) == u"sam.ok");
    CHECK(SamStatus::code(0x9F) == u"sam.card_found");
    CHECK(SamStatus::code(0x80) == u"sam.no_card");
    CHECK(SamStatus::code(0x41) == u"sam.read_failed");
    CHECK(SamStatus::code(0x10) == u"sam.command_checksum");
    CHECK(SamStatus::code(0x60) == u"sam.self_test");
    CHECK(SamStatus::code(0x3A) == u"sam.status_3a");
    CHECK(SamStatus::message(0x41).contains(u"place it flat"));
    CHECK(SamStatus::message(0x60).contains(u"self-test"));
    CHECK(SamStatus::message(0x3A).contains(u"0x3a"));
    for (int status = 0; status < 256; ++status) {
        CHECK_FALSE(SamStatus::message(quint8(status)).isEmpty());
        CHECK(SamStatus::code(quint8(status)).startsWith(u"sam."));
    }
}

TEST_CASE("the frame stream cuts frames and resynchronises after garbage", "[devices][sam]")
{
    SamFrameStream stream;
    const QByteArray ok = SamFrame::buildResponse(SamStatus::ok);
    const QByteArray found = SamFrame::buildResponse(SamStatus::cardFound, QByteArray(4, '\0'));

    SECTION("garbage before a frame is skipped and counted")
    {
        stream.append(hex("0102AAAA03AA96") + ok);
        auto frame = stream.next();
        REQUIRE(frame.has_value());
        REQUIRE(frame->ok());
        CHECK(frame->value() == ok);
        CHECK(stream.discarded() == 7);
        CHECK_FALSE(stream.next().has_value());
    }
    SECTION("a frame arriving byte by byte comes out whole once")
    {
        int frames = 0;
        for (char byte : ok + found) {
            stream.append(QByteArrayView(&byte, 1));
            while (auto frame = stream.next()) {
                REQUIRE(frame->ok());
                ++frames;
            }
        }
        CHECK(frames == 2);
        CHECK(stream.buffered() == 0);
    }
    SECTION("a frame with a wrong checksum is reported, the next one still comes through")
    {
        QByteArray bad = found;
        bad[9] = char(0x55);
        stream.append(bad + ok);
        auto first = stream.next();
        REQUIRE(first.has_value());
        REQUIRE_FALSE(first->ok());
        CHECK(first->error().code == u"sam.frame_checksum");
        auto second = stream.next();
        REQUIRE(second.has_value());
        REQUIRE(second->ok());
        CHECK(second->value() == ok);
    }
    SECTION("an impossible length makes the preamble garbage")
    {
        stream.append(hex("AAAAAA9669 FFFF") + ok);
        auto frame = stream.next();
        REQUIRE(frame.has_value());
        REQUIRE(frame->ok());
        CHECK(frame->value() == ok);
    }
    SECTION("a partial preamble at the end is kept for the next bytes")
    {
        stream.append(hex("3344AAAAAA"));
        CHECK_FALSE(stream.next().has_value());
        CHECK(stream.buffered() == 3);
        stream.append(ok.sliced(3));
        auto frame = stream.next();
        REQUIRE(frame.has_value());
        CHECK(frame->value() == ok);
    }
}
