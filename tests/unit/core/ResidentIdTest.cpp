#include "core/ResidentId.h"

#include "core/RegionTable.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using ow::RegionTable;
using ow::ResidentId;

namespace {

const QDate today(2021, 6, 30);

const RegionTable& regions()
{
    return RegionTable::builtIn();
}

// 17 digits plus the check character computed by the code under test.
QString withCheck(const QString& first17)
{
    const QChar check = ResidentId::computeCheckChar(first17);
    REQUIRE_FALSE(check.isNull());
    return first17 + check;
}

QString errorCode(const QString& input, QDate on = today)
{
    auto id = ResidentId::parse(input, regions(), on);
    CHECK(ResidentId::isValid(input, regions(), on) == id.ok());
    return id.ok() ? QString() : id.error().code;
}

QString errorMessage(const QString& input, QDate on = today)
{
    auto id = ResidentId::parse(input, regions(), on);
    return id.ok() ? QString() : id.error().message;
}

QString prefixError(const QString& typed)
{
    const auto verdict = ResidentId::checkPrefix(typed, regions(), today);
    return verdict.ok() ? QString() : verdict.error().code + QLatin1String(": ") + verdict.error().message;
}

} // namespace

TEST_CASE("Check characters follow ISO 7064 MOD 11-2", "[core][residentid]")
{
    // Hand-verified examples (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, remainder -> 1 0 X 9 8 7 6 5 4 3
    // 2).
    CHECK(ResidentId::computeCheckChar(u"11010519491231002") == QLatin1Char('X'));
    CHECK(ResidentId::computeCheckChar(u"44052418800101001") == QLatin1Char('4')); // the example of GB 11643
    CHECK(ResidentId::computeCheckChar(u"42080219900101123") == QLatin1Char('4'));
    CHECK(ResidentId::computeCheckChar(u"1101051949123100") == QChar());
    CHECK(ResidentId::computeCheckChar(u"1101051949123100A") == QChar());
    CHECK(ResidentId::computeCheckChar(u"110105194912310021") == QChar());
}

TEST_CASE("Known valid numbers parse into their parts", "[core][residentid]")
{
    auto id = ResidentId::parse(u"11010519491231002X", regions(), today);
    REQUIRE(id.ok());
    CHECK(id->number() == QLatin1String("11010519491231002X"));
    CHECK(id->regionCode() == 110105);
    CHECK(id->regionName() == QStringLiteral("朝阳区"));
    CHECK(id->regionFullName() == QStringLiteral("北京市 朝阳区"));
    CHECK(id->birthDate() == QDate(1949, 12, 31));
    CHECK(id->sequence() == 2);
    CHECK(id->gender() == ResidentId::Gender::Female);
    CHECK(id->ageOn(today) == 71);
    CHECK_FALSE(id->wasUpgraded());

    auto jingmen = ResidentId::parse(u"420802199001011234", regions(), today);
    REQUIRE(jingmen.ok());
    CHECK(jingmen->regionFullName() == QStringLiteral("湖北省 荆门市 东宝区"));
    CHECK(jingmen->gender() == ResidentId::Gender::Male);
    CHECK(jingmen->ageOn(today) == 31);
}

TEST_CASE("The standard's own 1880 example fails the house rule of births from 1900", "[core][residentid]")
{
    // 440524188001010014 is arithmetically valid (check character 4, region 潮阳县 abolished 1992), but
    // nobody born before 1900 comes to the window: the date is refused.
    CHECK(errorCode(QStringLiteral("440524188001010014")) == QLatin1String("id.birth_date"));
    CHECK(errorMessage(QStringLiteral("440524188001010014")) ==
          QLatin1String("The birth date 18800101 is before 1900."));
    CHECK(errorCode(withCheck(QStringLiteral("44052419000101001")))
              .isEmpty()); // 1 January 1900 is the earliest
}

TEST_CASE("Generated numbers validate exactly when their check character is right", "[core][residentid]")
{
    QRandomGenerator random(20210630);
    const auto& all = regions().regions();
    for (int i = 0; i < 2000; ++i) {
        const int region = all[random.bounded(int(all.size()))].code;
        const QDate birth =
            QDate(1900, 1, 1).addDays(random.bounded(int(QDate(1900, 1, 1).daysTo(today)) + 1));
        const int sequence = random.bounded(1000);
        const QString first17 = QStringLiteral("%1%2%3")
                                    .arg(region, 6, 10, QLatin1Char('0'))
                                    .arg(birth.toString(u"yyyyMMdd"))
                                    .arg(sequence, 3, 10, QLatin1Char('0'));
        const QString number = withCheck(first17);
        INFO(number.toStdString());
        auto id = ResidentId::parse(number, regions(), today);
        REQUIRE(id.ok());
        CHECK(ResidentId::isValid(number, regions(), today));
        CHECK(id->number() == number);
        CHECK(id->regionCode() == region);
        CHECK(id->birthDate() == birth);
        CHECK(id->gender() == (sequence % 2 ? ResidentId::Gender::Male : ResidentId::Gender::Female));
        // While typing, every prefix can still become this number.
        for (int length = 1; length <= 18; ++length)
            REQUIRE(ResidentId::checkPrefix(QStringView(number).left(length), regions(), today).ok());
        // Every other check character is refused, naming the right one.
        const QString wrong =
            first17 + (number.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
        CHECK(errorCode(wrong) == QLatin1String("id.check_digit"));
        CHECK(errorMessage(wrong) ==
              QStringLiteral("The check digit should be %1, not %2.").arg(number.back()).arg(wrong.back()));
        CHECK(prefixError(wrong) == QLatin1String("id.check_digit: ") + errorMessage(wrong));
    }
}

TEST_CASE("Every kind of error has its own code and an exact message", "[core][residentid]")
{
    SECTION("length")
    {
        CHECK(errorCode(QString()) == QLatin1String("id.length"));
        CHECK(errorCode(QStringLiteral("   ")) == QLatin1String("id.length"));
        CHECK(errorCode(QStringLiteral("42080219900101123")) == QLatin1String("id.length"));
        CHECK(errorCode(QStringLiteral("4208021990010112345")) == QLatin1String("id.length"));
        CHECK(errorCode(QStringLiteral("4208029001011234")) == QLatin1String("id.length"));
        CHECK(errorMessage(QStringLiteral("42080219900101123")) ==
              QLatin1String("An ID number has 18 characters (15 digits in the old format), not 17."));
    }
    SECTION("characters")
    {
        CHECK(errorCode(QStringLiteral("4208021990O1011234")) == QLatin1String("id.characters"));
        CHECK(errorMessage(QStringLiteral("4208021990O1011234")) ==
              QLatin1String("Character 11 (\"O\") should be a digit; only the last one may be X."));
        CHECK(errorCode(QStringLiteral("42080219900101123Y")) == QLatin1String("id.characters"));
        CHECK(errorMessage(QStringLiteral("42080219900101123Y")) ==
              QLatin1String("The last character (\"Y\") should be a digit or X."));
        CHECK(errorCode(QStringLiteral("X20802199001011234")) == QLatin1String("id.characters"));
        CHECK(errorCode(QStringLiteral("42080290010112X")) == QLatin1String("id.characters"));
        CHECK(errorMessage(QStringLiteral("42080290010112X")) ==
              QLatin1String("Character 15 (\"X\") is not a digit: an old-format ID number has 15 digits."));
        CHECK(errorCode(QStringLiteral("420802 99001011234")) == QLatin1String("id.characters"));
    }
    SECTION("region")
    {
        const QString unknown = withCheck(QStringLiteral("42999919900101123"));
        CHECK(errorCode(unknown) == QLatin1String("id.region"));
        CHECK(errorMessage(unknown) ==
              QLatin1String("There is no region 429999 in any edition of GB/T 2260."));
        CHECK(errorCode(withCheck(QStringLiteral("00000019900101123"))) == QLatin1String("id.region"));
    }
    SECTION("birth date")
    {
        const QString notReal = withCheck(QStringLiteral("42080219990231123"));
        CHECK(errorCode(notReal) == QLatin1String("id.birth_date"));
        CHECK(errorMessage(notReal) == QLatin1String("The birth date 19990231 is not a real date."));
        const QString future = withCheck(QStringLiteral("42080220301201123"));
        CHECK(errorCode(future) == QLatin1String("id.birth_date"));
        CHECK(errorMessage(future) == QLatin1String("The birth date 20301201 is in the future."));
        CHECK(errorMessage(withCheck(QStringLiteral("42080218991231123"))) ==
              QLatin1String("The birth date 18991231 is before 1900."));
        CHECK(errorCode(withCheck(QStringLiteral("42080219901301123"))) == QLatin1String("id.birth_date"));
        CHECK(errorCode(withCheck(QStringLiteral("42080219900100123"))) == QLatin1String("id.birth_date"));
        CHECK(errorCode(withCheck(QStringLiteral("42080200000101123"))) == QLatin1String("id.birth_date"));
    }
    SECTION("check digit")
    {
        CHECK(errorCode(QStringLiteral("420802199001011233")) == QLatin1String("id.check_digit"));
        CHECK(errorMessage(QStringLiteral("420802199001011233")) ==
              QLatin1String("The check digit should be 4, not 3."));
        CHECK(errorMessage(QStringLiteral("110105194912310021")) ==
              QLatin1String("The check digit should be X, not 1."));
    }
    SECTION("problems are reported in a fixed order: length, characters, region, date, check")
    {
        // Unknown region and impossible date and wrong check character: the region is named.
        CHECK(errorCode(QStringLiteral("429999199902310000")) == QLatin1String("id.region"));
        CHECK(errorCode(QStringLiteral("420802199902310000")) == QLatin1String("id.birth_date"));
    }
}

TEST_CASE("Legacy 15-digit numbers are upgraded to 18 characters", "[core][residentid]")
{
    auto id = ResidentId::parse(u"420802900101123", regions(), today);
    REQUIRE(id.ok());
    CHECK(id->wasUpgraded());
    CHECK(id->number() == QLatin1String("420802199001011234"));
    CHECK(id->birthDate() == QDate(1990, 1, 1));
    CHECK(id->gender() == ResidentId::Gender::Male);
    CHECK(*id == ResidentId::parse(u"420802199001011234", regions(), today).value());
    CHECK(ResidentId::isValid(u"420802900101123", regions(), today));

    CHECK(errorMessage(QStringLiteral("420802990231123")) ==
          QLatin1String("The birth date 19990231 is not a real date."));
    CHECK(errorCode(QStringLiteral("429999900101123")) == QLatin1String("id.region"));
    // An abolished region in an old card.
    auto chongwen = ResidentId::parse(u"110103800229001", regions(), today);
    REQUIRE(chongwen.ok());
    CHECK(chongwen->number() == withCheck(QStringLiteral("11010319800229001")));
}

TEST_CASE("Abolished regions stay valid; unknown ones do not", "[core][residentid]")
{
    auto chongwen = ResidentId::parse(withCheck(QStringLiteral("11010319800229001")), regions(), today);
    REQUIRE(chongwen.ok());
    CHECK(chongwen->regionName() == QStringLiteral("崇文区"));
    CHECK_FALSE(regions().isCurrent(chongwen->regionCode()));
    CHECK(errorCode(withCheck(QStringLiteral("42999919800229001"))) == QLatin1String("id.region"));
}

TEST_CASE("29 February is a birth date only in leap years", "[core][residentid]")
{
    CHECK(errorCode(withCheck(QStringLiteral("42080220000229002"))).isEmpty()); // 2000: divisible by 400
    CHECK(errorCode(withCheck(QStringLiteral("42080219960229002"))).isEmpty());
    CHECK(errorCode(withCheck(QStringLiteral("42080220200229002"))).isEmpty());
    CHECK(errorMessage(withCheck(QStringLiteral("42080219000229002"))) ==
          QLatin1String("The birth date 19000229 is not a real date.")); // 1900: divisible by 100 only
    CHECK(errorMessage(withCheck(QStringLiteral("42080220190229002"))) ==
          QLatin1String("The birth date 20190229 is not a real date."));

    auto leapling = ResidentId::parse(withCheck(QStringLiteral("42080220000229002")), regions(), today);
    REQUIRE(leapling.ok());
    CHECK(leapling->ageOn(QDate(2001, 2, 28)) == 0);
    CHECK(leapling->ageOn(QDate(2001, 3, 1)) == 1);
    CHECK(leapling->ageOn(QDate(2004, 2, 29)) == 4);
    CHECK(leapling->ageOn(QDate(2000, 2, 28)) == -1);
    CHECK(leapling->ageOn(QDate()) == -1);
}

TEST_CASE("A birth date may be today but not tomorrow", "[core][residentid]")
{
    const QString bornToday =
        withCheck(QStringLiteral("420802") + today.toString(u"yyyyMMdd") + QLatin1String("001"));
    CHECK(errorCode(bornToday).isEmpty());
    CHECK(errorCode(bornToday, today.addDays(-1)) == QLatin1String("id.birth_date"));
    auto id = ResidentId::parse(bornToday, regions(), today);
    REQUIRE(id.ok());
    CHECK(id->ageOn(today) == 0);
    CHECK(id->ageOn(today.addYears(18).addDays(-1)) == 17);
    CHECK(id->ageOn(today.addYears(18)) == 18);
}

TEST_CASE("Input is normalised: white space, lower-case x, full-width digits", "[core][residentid]")
{
    auto lower = ResidentId::parse(u"11010519491231002x", regions(), today);
    REQUIRE(lower.ok());
    CHECK(lower->number() == QLatin1String("11010519491231002X"));
    auto spaced = ResidentId::parse(u"  11010519491231002X \t\n", regions(), today);
    REQUIRE(spaced.ok());
    CHECK(spaced->number() == QLatin1String("11010519491231002X"));
    CHECK(ResidentId::isValid(u"\u300011010519491231002x ", regions(), today)); // ideographic space
    auto wide = ResidentId::parse(u"１１０１０５１９４９１２３１００２ｘ", regions(), today);
    REQUIRE(wide.ok());
    CHECK(wide->number() == QLatin1String("11010519491231002X"));
}

TEST_CASE("A partly typed number is judged as soon as a part is complete", "[core][residentid]")
{
    CHECK(prefixError(QString()).isEmpty());
    CHECK(prefixError(QStringLiteral("4")).isEmpty());
    CHECK(prefixError(QStringLiteral("42080")).isEmpty());
    CHECK(prefixError(QStringLiteral("9")) ==
          QLatin1String("id.region: No region code of GB/T 2260 starts with 9."));
    CHECK(prefixError(QStringLiteral("42999")) ==
          QLatin1String("id.region: No region code of GB/T 2260 starts with 42999."));
    CHECK(prefixError(QStringLiteral("429990")) ==
          QLatin1String("id.region: There is no region 429990 in any edition of GB/T 2260."));
    CHECK(prefixError(QStringLiteral("42a")).startsWith(QLatin1String("id.characters: Character 3")));
    CHECK(prefixError(QStringLiteral("4208021990010112X")).startsWith(QLatin1String("id.characters")));

    // The birth year: 18-character numbers from 1900 to today, 15-digit ones 19YY.
    CHECK(prefixError(QStringLiteral("42080219")).isEmpty());
    CHECK(prefixError(QStringLiteral("4208022")).isEmpty());
    CHECK(prefixError(QStringLiteral("42080213")).isEmpty()); // 1913 in the old format
    CHECK(prefixError(QStringLiteral("42080299")).isEmpty()); // 1999 in the old format
    CHECK(prefixError(QStringLiteral("4208022022")) ==        // 2022 is after "today"; 1920-22-.. is no date
          QLatin1String("id.birth_date: No birth date from 1900 until today starts with 2022."));
    CHECK(prefixError(QStringLiteral("4208029913")) == // neither 99xx nor 1999-13
          QLatin1String("id.birth_date: No birth date from 1900 until today starts with 199913."));
    CHECK(prefixError(QStringLiteral("420802199002")).isEmpty());
    CHECK(prefixError(QStringLiteral("4208021990023"))
              .startsWith(QLatin1String("id.birth_date: No birth date")));
    CHECK(prefixError(QStringLiteral("42080219900230")) ==
          QLatin1String("id.birth_date: The birth date 19900230 is not a real date."));
    CHECK(prefixError(QStringLiteral("42080220210")).isEmpty()); // up to June 2021
    CHECK(prefixError(QStringLiteral("420802202107")) ==
          QLatin1String("id.birth_date: No birth date from 1900 until today starts with 202107."));
    CHECK(prefixError(QStringLiteral("4208022021063")).isEmpty()); // 30 June 2021 is today
    CHECK(prefixError(QStringLiteral("42080220210631")).startsWith(QLatin1String("id.birth_date")));

    // Complete numbers get parse()'s verdict; longer ones are too long.
    CHECK(prefixError(QStringLiteral("420802199001011234")).isEmpty());
    CHECK(prefixError(QStringLiteral("420802900101123")).isEmpty());
    CHECK(prefixError(QStringLiteral("420802990231123")) ==
          QLatin1String("id.birth_date: The birth date 19990231 is not a real date."));
    CHECK(prefixError(QStringLiteral("4208021990010112345")).startsWith(QLatin1String("id.length")));
}

TEST_CASE("The fast path agrees with parse() on random input", "[core][residentid]")
{
    QRandomGenerator random(42);
    const QString alphabet = QStringLiteral("0123456789xX ");
    const QString base = QStringLiteral("420802199001011234");
    for (int i = 0; i < 20000; ++i) {
        QString input = base;
        const int edits = random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(input.size()));
            switch (random.bounded(3)) {
            case 0:
                input[at] = alphabet.at(random.bounded(int(alphabet.size())));
                break;
            case 1:
                input.remove(at, 1);
                break;
            default:
                input.insert(at, alphabet.at(random.bounded(10)));
            }
        }
        INFO(input.toStdString());
        const auto parsed = ResidentId::parse(input, regions(), today);
        REQUIRE(ResidentId::isValid(input, regions(), today) == parsed.ok());
        const auto prefix = ResidentId::checkPrefix(input, regions(), today);
        if (input.trimmed().size() == 18)
            REQUIRE(prefix.ok() == parsed.ok());
        if (parsed.ok())
            REQUIRE(prefix.ok());
    }
}
