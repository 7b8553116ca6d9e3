#include "devices/ScanClassifier.h"

#include "DeviceFixtures.h"
#include "core/ReceiptQrPayload.h"
#include "core/RegionTable.h"

#include <catch2/catch.hpp>

using namespace ow;
using Kind = ScanResult::Kind;

namespace {

ScanResult classify(const QString& text)
{
    static const ScanClassifier classifier(RegionTable::builtIn());
    return classifier.classify(text, ow::test::fixtureToday());
}

} // namespace

TEST_CASE("resident ID numbers and credit codes are recognised and normalised", "[devices][classify]")
{
    auto id = classify(QStringLiteral(" 82000020000229011x "));
    CHECK(id.kind == Kind::ResidentId);
    CHECK(id.value == u"82000020000229011X");
    CHECK(id.raw == u"82000020000229011x");
    CHECK(classify(QStringLiteral("420802199003071231")).kind == Kind::Unknown); // wrong check digit

    auto credit = classify(QStringLiteral("91420800MA4912345X"));
    CHECK(credit.kind == Kind::CreditCode);
    CHECK(credit.value == u"91420800MA4912345X");
    CHECK_FALSE(credit.fromUrl);
    CHECK(classify(QStringLiteral("91420800MA4912345Y")).kind == Kind::Unknown);
}

TEST_CASE("our receipts are recognised with and without the query code", "[devices][classify]")
{
    const QString payload =
        ReceiptQrPayload::compose(QStringLiteral("42080201007201123000425"), QStringLiteral("7KQ2ZM"))
            .value();
    CHECK(payload == u"OW1:42080201007201123000425:7KQ2ZM");
    auto receipt = classify(payload);
    CHECK(receipt.kind == Kind::Receipt);
    CHECK(receipt.value == u"42080201007201123000425");
    CHECK(receipt.queryCode == u"7KQ2ZM");

    auto typed = classify(QStringLiteral("420802-01-007-201123-00042-5"));
    CHECK(typed.kind == Kind::Receipt);
    CHECK(typed.value == u"42080201007201123000425");
    CHECK(typed.queryCode.isEmpty());

    CHECK(classify(QStringLiteral("OW1:42080201007201123000426:7KQ2ZM")).kind == Kind::Unknown); // check
    CHECK(classify(QStringLiteral("OW1:42080201007201123000425:7KQ2Z0")).kind == Kind::Unknown); // query
    CHECK(classify(QStringLiteral("OW1:42080201007201123000425")).kind == Kind::Unknown);
    CHECK(classify(QStringLiteral("OW1:42080201007201123000425:7KQ2ZM|x")).kind == Kind::Unknown);
}

TEST_CASE("appointment codes, URLs and the rest", "[devices][classify]")
{
    auto appointment = classify(QStringLiteral("YY2026112600042"));
    CHECK(appointment.kind == Kind::AppointmentCode);
    CHECK(appointment.value == u"YY2026112600042");
    CHECK(classify(QStringLiteral("YY12")).kind == Kind::Unknown);

    auto url = classify(QStringLiteral("https://zwfw.hubei.gov.cn/guide?item=123"));
    CHECK(url.kind == Kind::Url);
    CHECK(url.value == u"https://zwfw.hubei.gov.cn/guide?item=123");

    auto licence =
        classify(QStringLiteral("http://www.gsxt.gov.cn/index.html?uniscid=91420800708461136C&x=1"));
    CHECK(licence.kind == Kind::CreditCode);
    CHECK(licence.value == u"91420800708461136C");
    CHECK(licence.fromUrl);

    CHECK(classify(QStringLiteral("ftp://example.org/x")).kind == Kind::Unknown);
    CHECK(classify(QStringLiteral("hello world")).kind == Kind::Unknown);
    CHECK(classify(QString()).kind == Kind::Unknown);

    const ScanClassifier custom(RegionTable::builtIn(), QRegularExpression(QStringLiteral("^APPT-\\d{6}$")));
    CHECK(custom.classify(u"APPT-123456", ow::test::fixtureToday()).kind == Kind::AppointmentCode);
    CHECK(custom.classify(u"YY2026112600042", ow::test::fixtureToday()).kind == Kind::Unknown);
}
