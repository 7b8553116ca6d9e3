#include "devices/IdCardTextDecoder.h"

#include "DeviceFixtures.h"
#include "core/RegionTable.h"
#include "devices/IdCardCodes.h"
#include "devices/IdCardTextEncoder.h"

#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

namespace {

Result<IdCardData> decode(const QByteArray& block)
{
    return IdCardTextDecoder::decode(block, RegionTable::builtIn(), fixtureToday());
}

// Writes `text` as UCS-2LE at `offset` of a block.
void write(QByteArray& block, int offset, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        block[offset + 2 * i] = char(text[i].unicode() & 0xFF);
        block[offset + 2 * i + 1] = char(text[i].unicode() >> 8);
    }
}

} // namespace

TEST_CASE("a resident ID card text block decodes byte for byte", "[devices][idcard]")
{
    const QByteArray block = IdCardTextEncoder::encode(zhangWei());
    REQUIRE(block.size() == 256);
    // The layout, checked on the bytes: 张 is U+5F20, little-endian 20 5F; the number starts at 122.
    CHECK(block.first(4) == hex("205F 1F4F"));
    CHECK(block.mid(4, 2) == hex("2000"));
    CHECK(block.mid(30, 2) == hex("3100"));
    CHECK(block.mid(32, 4) == hex("3000 3100"));
    CHECK(block.mid(36, 4) == hex("3100 3900"));
    CHECK(block.mid(122, 4) == hex("3400 3200"));
    CHECK(block.mid(248, 2) == hex("2000"));

    auto card = decode(block);
    INFO((card.ok() ? QString() : card.error().message).toStdString());
    REQUIRE(card.ok());
    CHECK(card->cardType == IdCardData::CardType::Resident);
    CHECK(card->name == u"张伟");
    CHECK(card->gender == IdCardData::Gender::Male);
    CHECK(card->ethnicityCode == 1);
    CHECK(card->ethnicity == u"汉");
    CHECK(card->birthDate == QDate(1990, 3, 7));
    CHECK(card->address == u"湖北省荆门市东宝区象山大道12号");
    CHECK(card->idNumber == u"420802199003071230");
    CHECK(card->issuingAuthority == u"荆门市公安局东宝分局");
    CHECK(card->validFrom == QDate(2015, 6, 1));
    CHECK(card->validUntil == QDate(2035, 6, 1));
    CHECK_FALSE(card->validIndefinitely);
    CHECK(card->isValidOn(fixtureToday()));
    CHECK_FALSE(card->isValidOn(QDate(2035, 6, 2)));
}

TEST_CASE("a hand-written block with NUL padding decodes too", "[devices][idcard]")
{
    QByteArray block(256, '\0');
    write(block, 0, QStringLiteral("王丽"));
    write(block, 30, QStringLiteral("2"));
    write(block, 32, QStringLiteral("15"));
    write(block, 36, QStringLiteral("19851111"));
    write(block, 52, QStringLiteral("湖北省荆门市东宝区"));
    write(block, 122, QStringLiteral("420802198511110027"));
    write(block, 158, QStringLiteral("荆门市公安局"));
    write(block, 188, QStringLiteral("20100105"));
    write(block, 204, QStringLiteral("长期"));
    auto card = decode(block);
    INFO((card.ok() ? QString() : card.error().message).toStdString());
    REQUIRE(card.ok());
    CHECK(card->name == u"王丽");
    CHECK(card->gender == IdCardData::Gender::Female);
    CHECK(card->ethnicity == u"土家");
    CHECK(card->validIndefinitely);
    CHECK_FALSE(card->validUntil.isValid());
    CHECK(card->isValidOn(QDate(2090, 1, 1)));
}

TEST_CASE("长期 validity round-trips", "[devices][idcard]")
{
    const QByteArray block = IdCardTextEncoder::encode(wangLi());
    CHECK(block.mid(204, 4) == hex("7F95 1F67")); // 长 U+957F, 期 U+671F
    auto card = decode(block);
    INFO((card.ok() ? QString() : card.error().message).toStdString());
    REQUIRE(card.ok());
    CHECK(card->validIndefinitely);
}

TEST_CASE("a Hong Kong / Macao / Taiwan residence permit (J) decodes", "[devices][idcard]")
{
    const QByteArray block = IdCardTextEncoder::encode(hongKongPermit());
    CHECK(block.mid(248, 2) == hex("4A00"));
    auto card = decode(block);
    INFO((card.ok() ? QString() : card.error().message).toStdString());
    REQUIRE(card.ok());
    CHECK(card->cardType == IdCardData::CardType::HkMacaoTaiwanResidencePermit);
    CHECK(card->name == u"陈家明");
    CHECK(card->idNumber == u"810000198805120059");
    CHECK(card->passNumber == u"H12345678");
    CHECK(card->issueCount == 2);
    CHECK(card->ethnicity.isEmpty());
    CHECK(card->validUntil == QDate(2024, 3, 1));
    CHECK_FALSE(card->isValidOn(fixtureToday()));

    SECTION("a Taiwan resident's 830000 number passes on its check character")
    {
        IdCardData taiwan = hongKongPermit();
        taiwan.idNumber = QStringLiteral("83000019920101005X");
        taiwan.birthDate = QDate(1992, 1, 1);
        taiwan.gender = IdCardData::Gender::Male;
        auto decoded = decode(IdCardTextEncoder::encode(taiwan));
        REQUIRE(decoded.ok());
        CHECK(decoded->idNumber == u"83000019920101005X");
        taiwan.idNumber = QStringLiteral("830000199201010051");
        CHECK(decode(IdCardTextEncoder::encode(taiwan)).error().code == u"idcard.id_number");
    }
}

TEST_CASE("a foreign permanent resident card (I) decodes", "[devices][idcard]")
{
    const QByteArray block = IdCardTextEncoder::encode(foreignResident());
    CHECK(block.mid(248, 2) == hex("4900"));
    auto card = decode(block);
    INFO((card.ok() ? QString() : card.error().message).toStdString());
    REQUIRE(card.ok());
    CHECK(card->cardType == IdCardData::CardType::ForeignPermanentResident);
    CHECK(card->englishName == u"SMITH, JOHN ALEXANDER");
    CHECK(card->name == u"约翰");
    CHECK(card->idNumber == u"USA427805210013");
    CHECK(card->nationality == u"USA");
    CHECK(card->birthDate == QDate(1978, 5, 21));
    CHECK(card->cardVersion == u"01");
    CHECK(card->issuingAuthority == u"1500");

    IdCardData wrong = foreignResident();
    wrong.idNumber = QStringLiteral("USA4278052100");
    CHECK(decode(IdCardTextEncoder::encode(wrong)).error().code == u"idcard.id_number");
    wrong.idNumber = QStringLiteral("USA427905210013");
    CHECK(decode(IdCardTextEncoder::encode(wrong)).error().code == u"idcard.inconsistent");
}

TEST_CASE("damaged card data is refused with a reason", "[devices][idcard]")
{
    CHECK(decode(QByteArray(255, ' ')).error().code == u"idcard.text_length");

    QByteArray block = IdCardTextEncoder::encode(zhangWei());
    SECTION("unknown card type")
    {
        write(block, 248, QStringLiteral("Q"));
        auto card = decode(block);
        CHECK(card.error().code == u"idcard.card_type");
        CHECK(card.error().message.contains(u"\"Q\""));
    }
    SECTION("wrong check character goes through the core validator")
    {
        write(block, 122 + 34, QStringLiteral("1"));
        auto card = decode(block);
        CHECK(card.error().code == u"idcard.id_number");
        CHECK(card.error().message.contains(u"not valid"));
    }
    SECTION("birth date not matching the number")
    {
        write(block, 36, QStringLiteral("19900308"));
        CHECK(decode(block).error().code == u"idcard.inconsistent");
    }
    SECTION("gender not matching the number")
    {
        write(block, 30, QStringLiteral("2"));
        CHECK(decode(block).error().code == u"idcard.inconsistent");
    }
    SECTION("unreadable birth date")
    {
        write(block, 36, QStringLiteral("1990A307"));
        CHECK(decode(block).error().code == u"idcard.birth_date");
    }
    SECTION("validity end before start")
    {
        write(block, 204, QStringLiteral("20100101"));
        CHECK(decode(block).error().code == u"idcard.validity");
    }
    SECTION("unknown ethnicity")
    {
        write(block, 32, QStringLiteral("77"));
        CHECK(decode(block).error().code == u"idcard.ethnicity");
    }
    SECTION("empty name")
    {
        write(block, 0, QString(15, u' '));
        CHECK(decode(block).error().code == u"idcard.name");
    }
}

TEST_CASE("the read-base-info answer carries text and photo", "[devices][idcard]")
{
    IdCardData source = zhangWei();
    source.photoWlt = QByteArray(1024, '\x42');
    const QByteArray data = IdCardTextEncoder::encodeBaseInfo(source);
    CHECK(data.first(4) == hex("0100 0400"));
    CHECK(data.size() == 4 + 256 + 1024);
    auto card = IdCardTextDecoder::decodeBaseInfo(data, RegionTable::builtIn(), fixtureToday());
    REQUIRE(card.ok());
    CHECK(card->photoWlt == source.photoWlt);
    CHECK(IdCardTextDecoder::decodeBaseInfo(data.first(300), RegionTable::builtIn(), fixtureToday())
              .error()
              .code == u"idcard.base_info_length");
    CHECK(IdCardTextDecoder::decodeBaseInfo(hex("01"), RegionTable::builtIn(), fixtureToday()).error().code ==
          u"idcard.base_info_length");
}

TEST_CASE("gender and GB 3304 ethnicity tables", "[devices][idcard]")
{
    CHECK(IdCardCodes::genderFromCode(u'1') == IdCardData::Gender::Male);
    CHECK(IdCardCodes::genderFromCode(u'2') == IdCardData::Gender::Female);
    CHECK(IdCardCodes::genderFromCode(u'9') == IdCardData::Gender::NotStated);
    CHECK(IdCardCodes::genderFromCode(u'0') == IdCardData::Gender::Unknown);
    CHECK(IdCardCodes::genderFromCode(u'x') == IdCardData::Gender::Unknown);
    CHECK(IdCardCodes::genderName(IdCardData::Gender::Male) == u"Male");
    CHECK(IdCardCodes::ethnicityName(1) == u"汉");
    CHECK(IdCardCodes::ethnicityName(2) == u"蒙古");
    CHECK(IdCardCodes::ethnicityName(5) == u"维吾尔");
    CHECK(IdCardCodes::ethnicityName(15) == u"土家");
    CHECK(IdCardCodes::ethnicityName(29) == u"柯尔克孜");
    CHECK(IdCardCodes::ethnicityName(43) == u"乌孜别克");
    CHECK(IdCardCodes::ethnicityName(56) == u"基诺");
    CHECK(IdCardCodes::ethnicityName(97) == u"其他");
    CHECK(IdCardCodes::ethnicityName(98) == u"外国血统中国籍人士");
    CHECK(IdCardCodes::ethnicityName(0).isEmpty());
    CHECK(IdCardCodes::ethnicityName(57).isEmpty());
    CHECK(IdCardCodes::ethnicityName(99).isEmpty());
    int known = 0;
    for (int code = 0; code < 100; ++code)
        known += IdCardCodes::isKnownEthnicity(code) ? 1 : 0;
    CHECK(known == 58);
}

TEST_CASE("a 15-digit number on a card is refused, not upgraded (found by fuzzing)", "[devices][idcard]")
{
    QByteArray block = IdCardTextEncoder::encode(zhangWei());
    write(block, 122, QStringLiteral("420802900307123   "));
    CHECK(decode(block).error().code == u"idcard.id_number");
}
