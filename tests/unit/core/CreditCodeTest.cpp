#include "core/CreditCode.h"

#include "core/RegionTable.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using ow::CreditCode;
using ow::RegionTable;

namespace {

const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

const RegionTable& regions()
{
    return RegionTable::builtIn();
}

// Independent reference arithmetic, written out from GB 32100 and GB 11714.
QChar referenceCheckChar(const QString& first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(charset.indexOf(first17.at(i))) * weights[i];
    const int check = 31 - sum % 31;
    return charset.at(check == 31 ? 0 : check);
}

QChar referenceOrganisationCheck(const QString& first8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8.at(i);
        sum += (c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10) * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QLatin1Char('X') : check == 11 ? QLatin1Char('0') : QChar(u'0' + check);
}

QString errorCode(const QString& input)
{
    auto code = CreditCode::parse(input, regions());
    CHECK(CreditCode::isValid(input, regions()) == code.ok());
    return code.ok() ? QString() : code.error().code;
}

QString errorMessage(const QString& input)
{
    auto code = CreditCode::parse(input, regions());
    return code.ok() ? QString() : code.error().message;
}

} // namespace

TEST_CASE("Published credit codes pass both check characters", "[core][creditcode]")
{
    // Codes printed on business licences; their check characters are recomputed here, not remembered.
    const QString published[] = {
        QStringLiteral("91440300708461136T"), // 深圳市腾讯计算机系统有限公司
        QStringLiteral("914403001922038216"), // 华为技术有限公司
        QStringLiteral("91110108551385082Q"), // 小米科技有限责任公司
        QStringLiteral("91110000802100433B"), // 北京百度网讯科技有限公司
    };
    for (const QString& code : published) {
        INFO(code.toStdString());
        REQUIRE(referenceOrganisationCheck(code.mid(8, 8)) == code.at(16));
        REQUIRE(referenceCheckChar(code.left(17)) == code.at(17));
        CHECK(CreditCode::computeOrganisationCheckChar(code.mid(8, 8)) == code.at(16));
        CHECK(CreditCode::computeCheckChar(code.left(17)) == code.at(17));
        auto parsed = CreditCode::parse(code, regions());
        REQUIRE(parsed.ok());
        CHECK(parsed->code() == code);
        CHECK(parsed->authorityName() == QLatin1String("Market regulation"));
        CHECK(parsed->typeName() == QLatin1String("Enterprise"));
    }

    auto tencent = CreditCode::parse(u"91440300708461136T", regions());
    REQUIRE(tencent.ok());
    CHECK(tencent->authorityCode() == QLatin1Char('9'));
    CHECK(tencent->typeCode() == QLatin1Char('1'));
    CHECK(tencent->regionCode() == 440300);
    CHECK(tencent->regionName() == QStringLiteral("广东省 深圳市"));
    CHECK(tencent->organisationCode() == QLatin1String("708461136"));
    CHECK(tencent->organisationCodeDisplay() == QLatin1String("70846113-6"));
}

TEST_CASE("Check characters of generated codes", "[core][creditcode]")
{
    const char* const kinds[] = {"11", "12", "13", "19", "21", "29", "31", "35", "41",
                                 "51", "52", "53", "61", "62", "71", "72", "81", "91",
                                 "92", "93", "A1", "A9", "N1", "N2", "N3", "Y1"};
    QRandomGenerator random(32100);
    const auto& all = regions().regions();
    for (int i = 0; i < 3000; ++i) {
        QString code = QLatin1String(kinds[random.bounded(int(std::size(kinds)))]);
        code += QStringLiteral("%1").arg(all[random.bounded(int(all.size()))].code, 6, 10, QLatin1Char('0'));
        for (int k = 0; k < 8; ++k)
            code += charset.at(random.bounded(int(charset.size())));
        code += CreditCode::computeOrganisationCheckChar(QStringView(code).mid(8));
        REQUIRE(code.at(16) == referenceOrganisationCheck(code.mid(8, 8)));
        code += CreditCode::computeCheckChar(code);
        REQUIRE(code.at(17) == referenceCheckChar(code.left(17)));
        INFO(code.toStdString());
        REQUIRE(errorCode(code).isEmpty());
        // Any other final character is refused and the right one named.
        const QChar wrong = charset.at((charset.indexOf(code.at(17)) + 1 + random.bounded(30)) % 31);
        const QString bad = code.left(17) + wrong;
        CHECK(errorCode(bad) == QLatin1String("credit.check_char"));
        CHECK(errorMessage(bad) ==
              QStringLiteral("The check character should be %1, not %2.").arg(code.at(17)).arg(wrong));
    }
}

TEST_CASE("Every kind of credit code error has its own code and message", "[core][creditcode]")
{
    CHECK(errorCode(QString()) == QLatin1String("credit.length"));
    CHECK(errorMessage(QStringLiteral("91440300708461136")) ==
          QLatin1String("A unified social credit code has 18 characters, not 17."));

    CHECK(errorCode(QStringLiteral("91440300708461136I")) == QLatin1String("credit.characters"));
    CHECK(errorMessage(QStringLiteral("9144030070846113-T")) ==
          QLatin1String(
              "Character 17 (\"-\") cannot appear in a unified social credit code: it uses digits and "
              "capital letters except I, O, S, V and Z."));
    for (const char* letter : {"I", "O", "S", "V", "Z"})
        CHECK(errorCode(QStringLiteral("9144030070846113") + QLatin1String(letter) + QLatin1Char('T')) ==
              QLatin1String("credit.characters"));

    CHECK(errorCode(QStringLiteral("B1440300708461136T")) == QLatin1String("credit.authority"));
    CHECK(errorMessage(QStringLiteral("B1440300708461136T")) ==
          QLatin1String("\"B\" is not a registration authority code (the first character)."));

    CHECK(errorCode(QStringLiteral("94440300708461136T")) == QLatin1String("credit.type"));
    CHECK(errorMessage(QStringLiteral("99440300708461136T")) ==
          QLatin1String(
              "\"9\" is not an organisation type of the registration authority \"9\" (Market regulation)."));
    CHECK(errorCode(QStringLiteral("Y2440300708461136T")) == QLatin1String("credit.type"));

    CHECK(errorCode(QStringLiteral("91429999708461136T")) == QLatin1String("credit.region"));
    CHECK(errorMessage(QStringLiteral("91429999708461136T")) ==
          QLatin1String("There is no region 429999 in any edition of GB/T 2260 (characters 3 to 8)."));
    CHECK(errorCode(QStringLiteral("9144A300708461136T")) == QLatin1String("credit.region"));

    CHECK(errorCode(QStringLiteral("91440300708461137T")) == QLatin1String("credit.organisation_check"));
    CHECK(errorMessage(QStringLiteral("91440300708461137T")) ==
          QLatin1String("The check character of the organisation code (character 17) should be 6, not 7."));

    CHECK(errorCode(QStringLiteral("914403007084611365")) == QLatin1String("credit.check_char"));
    CHECK(errorMessage(QStringLiteral("914403007084611365")) ==
          QLatin1String("The check character should be T, not 5."));
}

TEST_CASE("Credit codes are normalised and describe their authority and type", "[core][creditcode]")
{
    auto lower = CreditCode::parse(u"  91440300708461136t\t", regions());
    REQUIRE(lower.ok());
    CHECK(lower->code() == QLatin1String("91440300708461136T"));
    CHECK(CreditCode::isValid(u"９１４４０３００７０８４６１１３６Ｔ", regions()));

    CHECK(CreditCode::describeAuthority(QLatin1Char('1')) == QLatin1String("Public sector staffing"));
    CHECK(CreditCode::describeAuthority(QLatin1Char('5')) == QLatin1String("Civil affairs"));
    CHECK(CreditCode::describeAuthority(QLatin1Char('N')) == QLatin1String("Agriculture"));
    CHECK(CreditCode::describeAuthority(QLatin1Char('Y')) == QLatin1String("Other registration authority"));
    CHECK(CreditCode::describeAuthority(QLatin1Char('B')).isEmpty());
    CHECK(CreditCode::describeType(QLatin1Char('9'), QLatin1Char('2')) ==
          QLatin1String("Individual business"));
    CHECK(CreditCode::describeType(QLatin1Char('9'), QLatin1Char('3')) ==
          QLatin1String("Farmers' specialised cooperative"));
    CHECK(CreditCode::describeType(QLatin1Char('5'), QLatin1Char('3')) == QLatin1String("Foundation"));
    CHECK(CreditCode::describeType(QLatin1Char('1'), QLatin1Char('2')) ==
          QLatin1String("Public institution"));
    CHECK(CreditCode::describeType(QLatin1Char('Y'), QLatin1Char('1')) == QLatin1String("Other"));
    CHECK(CreditCode::describeType(QLatin1Char('9'), QLatin1Char('9')).isEmpty());

    CHECK(CreditCode::computeCheckChar(u"9144030070846113") == QChar());
    CHECK(CreditCode::computeCheckChar(u"9144030070846113I") == QChar());
    CHECK(CreditCode::computeOrganisationCheckChar(u"7084611") == QChar());
    CHECK(CreditCode::computeOrganisationCheckChar(u"7084611a") == QChar());
}

TEST_CASE("Organisations registered nationally carry region 100000", "[core][creditcode]")
{
    QString code = QStringLiteral("12100000") + QStringLiteral("40000001");
    code += CreditCode::computeOrganisationCheckChar(QStringView(code).mid(8));
    code += CreditCode::computeCheckChar(code);
    auto national = CreditCode::parse(code, regions());
    REQUIRE(national.ok());
    CHECK(national->regionCode() == CreditCode::nationalRegionCode);
    CHECK(national->regionName() == QLatin1String("national"));
    CHECK(national->authorityName() == QLatin1String("Public sector staffing"));
    CHECK(national->typeName() == QLatin1String("Public institution"));
}

TEST_CASE("The credit code fast path agrees with parse() on random edits", "[core][creditcode]")
{
    QRandomGenerator random(7);
    const QString base = QStringLiteral("91440300708461136T");
    for (int i = 0; i < 10000; ++i) {
        QString input = base;
        for (int e = random.bounded(3); e >= 0; --e)
            input[random.bounded(18)] = charset.at(random.bounded(int(charset.size())));
        INFO(input.toStdString());
        REQUIRE(CreditCode::isValid(input, regions()) == CreditCode::parse(input, regions()).ok());
    }
}
