#include "core/Masking.h"

#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("ID numbers keep their first six and last four characters", "[core][masking]")
{
    CHECK(maskIdNumber(u"42080219900101123X") == QLatin1String("420802********123X"));
    CHECK(maskIdNumber(u"420802199001011234") == QLatin1String("420802********1234"));
    CHECK(maskIdNumber(u" 420802199001011234\n") == QLatin1String("420802********1234"));
    CHECK(maskIdNumber(u"420802900101123") == QLatin1String("420802*****1123"));
    CHECK(maskIdNumber(u"E12345678") == QLatin1String("*****5678")); // e.g. a passport number
    CHECK(maskIdNumber(u"1234567") == QLatin1String("*******"));
    CHECK(maskIdNumber(u"").isEmpty());
}

TEST_CASE("Phone numbers keep the prefix and the last four digits", "[core][masking]")
{
    CHECK(maskPhone(u"13812345678") == QLatin1String("138****5678"));
    CHECK(maskPhone(u"138 1234 5678") == QLatin1String("138****5678"));
    CHECK(maskPhone(u"+86 138-1234-5678") == QLatin1String("+86 138****5678"));
    CHECK(maskPhone(u"8613812345678") == QLatin1String("86 138****5678"));
    CHECK(maskPhone(u"0724-2345678") == QLatin1String("0724-***5678"));
    CHECK(maskPhone(u"(0724)2345678") == QLatin1String("0724-***5678"));
    CHECK(maskPhone(u"010-62345678") == QLatin1String("010-****5678"));
    CHECK(maskPhone(u"02712345678") == QLatin1String("027-****5678"));
    CHECK(maskPhone(u"2345678") == QLatin1String("***5678"));
    CHECK(maskPhone(u"12345") == QLatin1String("12345")); // the government hotline is not personal
    CHECK(maskPhone(u"１３８１２３４５６７８") == QLatin1String("138****5678"));
}

TEST_CASE("Names keep the surname and, from three characters, the last one", "[core][masking]")
{
    CHECK(maskName(u"张伟") == QStringLiteral("张*"));
    CHECK(maskName(u"张小伟") == QStringLiteral("张*伟"));
    CHECK(maskName(u"张王小明") == QStringLiteral("张**明"));
    CHECK(maskName(u"欧阳锋") == QStringLiteral("欧阳*"));
    CHECK(maskName(u"欧阳娜娜") == QStringLiteral("欧阳**"));
    CHECK(maskName(u"诸葛亮") == QStringLiteral("诸葛*"));
    CHECK(maskName(u"欧阳") == QStringLiteral("欧*")); // two characters: an ordinary surname and given name
    CHECK(maskName(u" 李四 ") == QStringLiteral("李*"));
    CHECK(maskName(u"王") == QStringLiteral("王"));
    CHECK(maskName(u"").isEmpty());
    CHECK(maskName(u"John Smith") == QLatin1String("J*** S****"));
    CHECK(maskName(u"Mary-Jane O'Neil") == QLatin1String("M***-J*** O*****"));
    CHECK(maskName(u"买买提·艾力") == QStringLiteral("买**·艾*"));
    CHECK(maskName(u"𠮷野家") == QStringLiteral("𠮷*家")); // a character outside the BMP counts once
}

TEST_CASE("Addresses keep the divisions up to the county level", "[core][masking]")
{
    CHECK(maskAddress(u"湖北省荆门市东宝区泉口街道象山大道6号") == QStringLiteral("湖北省荆门市东宝区****"));
    CHECK(maskAddress(u"北京市朝阳区建国路88号") == QStringLiteral("北京市朝阳区****"));
    CHECK(maskAddress(u"湖北省钟祥市郢中街道莫愁湖社区3栋") == QStringLiteral("湖北省钟祥市****"));
    CHECK(maskAddress(u"湖北省荆门市京山县新市镇") == QStringLiteral("湖北省荆门市京山县****"));
    CHECK(maskAddress(u"内蒙古自治区锡林郭勒盟正蓝旗上都镇") ==
          QStringLiteral("内蒙古自治区锡林郭勒盟正蓝旗****"));
    CHECK(maskAddress(u"新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿图什市光明路") ==
          QStringLiteral("新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿图什市****"));
    CHECK(maskAddress(u"山东省济南市市中区经七路") == QStringLiteral("山东省济南市市中区****"));
    CHECK(maskAddress(u"荆门市象山小区3栋2单元") == QStringLiteral("荆门市****"));
    CHECK(maskAddress(u"荆门市农贸市场东门") == QStringLiteral("荆门市****"));
    CHECK(maskAddress(u"象山大道6号院3栋2单元") == QStringLiteral("象山大道6号****"));
    CHECK(maskAddress(u"人民路8号") == QStringLiteral("人民****"));
    CHECK(maskAddress(u"湖北省荆门市东宝区") == QStringLiteral("湖北省荆门市东宝区"));
    CHECK(maskAddress(u"").isEmpty());
}

TEST_CASE("ID numbers inside free text are masked", "[core][masking]")
{
    CHECK(maskIdNumbersIn(QStringLiteral("applicant 420802199001011234 accepted")) ==
          QLatin1String("applicant 420802********1234 accepted"));
    CHECK(maskIdNumbersIn(QStringLiteral("id=11010519491231002x;old=420802900101123")) ==
          QLatin1String("id=110105********002x;old=420802*****1123"));
    CHECK(maskIdNumbersIn(QStringLiteral("身份证号420802199001011233（校验位错也要遮）")) ==
          QStringLiteral("身份证号420802********1233（校验位错也要遮）"));
    CHECK(maskIdNumbersIn(QStringLiteral("case 20210630000123 took 1234567890123456789 ms")) ==
          QLatin1String("case 20210630000123 took 1234567890123456789 ms")); // 14 and 19 digits
    CHECK(maskIdNumbersIn(QStringLiteral("X420802199001011234X")) == QLatin1String("X420802********1234X"));
    // Credit codes are not personal data: an all-digit one stays readable.
    CHECK(maskIdNumbersIn(QStringLiteral("licence 914403001922038216 ok")) ==
          QLatin1String("licence 914403001922038216 ok"));
    CHECK(maskIdNumbersIn(QStringLiteral("91440300708461136T")) == QLatin1String("91440300708461136T"));
    CHECK(maskIdNumbersIn(QStringLiteral("420802199001011234420802199001011234")) ==
          QLatin1String("420802199001011234420802199001011234")); // one 36-digit run, not an ID
    CHECK(maskIdNumbersIn(QString()).isEmpty());
}
