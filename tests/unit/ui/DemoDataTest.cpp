// The demo data set under resources/demo is what the demo mode seeds: it must be real enough to show
// (a city hall's catalog, themes, valid identifiers) and consistent with the core's own rules.

#include "DemoData.h"

#include "core/AcceptanceNumber.h"
#include "core/CreditCode.h"
#include "core/RegionTable.h"
#include "core/ResidentId.h"
#include "core/WorkingCalendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace ow;
using namespace ow::test;

namespace {

QJsonArray array(const QString& file, const char* key)
{
    return readDemoJson(file).value(QLatin1String(key)).toArray();
}

} // namespace

TEST_CASE("the demo catalog is a city hall's catalog", "[ui][demo]")
{
    const QList<ServiceItem> items = demoCatalog();
    REQUIRE(items.size() >= 300);
    REQUIRE(items.size() <= 400);

    const QRegularExpression codeFormat(QStringLiteral("^HB-JM-\\d{6}$"));
    QSet<QString> codes, names, departments;
    for (const ServiceItem& item : items) {
        INFO(item.name.toStdString());
        CHECK(codeFormat.match(item.code).hasMatch());
        codes.insert(item.code);
        names.insert(item.name);
        departments.insert(item.department);
        CHECK(item.promisedDays >= 0);
        CHECK(item.promisedDays <= item.legalDays);
        CHECK(item.materials.size() >= 2);
        CHECK(item.materials.size() <= 8);
    }
    CHECK(codes.size() == items.size());
    CHECK(names.size() == items.size());
    CHECK(departments.size() >= 20);
    for (const char* name : {"个体工商户设立登记", "医疗机构设置审批", "医疗机构执业登记", "公共场所卫生许可",
                             "食品经营许可", "建筑工程施工许可证核发", "不动产首次登记", "机动车驾驶证换证",
                             "城乡居民基本养老保险参保登记", "社会团体成立登记"})
        CHECK(names.contains(QString::fromUtf8(name)));
    QList<int> limits;
    for (const ServiceItem& item : items)
        limits << item.promisedDays;
    for (int construction : {80, 50, 30, 0})
        CHECK(limits.contains(construction));
    CHECK(std::any_of(items.begin(), items.end(), [](const ServiceItem& i) { return i.feeFen > 0; }));
}

TEST_CASE("the demo themes bundle existing items that share materials", "[ui][demo]")
{
    QHash<QString, ServiceItem> byCode;
    for (const ServiceItem& item : demoCatalog())
        byCode.insert(item.code, item);
    const QJsonArray themes = array(QStringLiteral("themes.json"), "themes");
    REQUIRE(themes.size() >= 8);
    bool clinic = false;
    for (const QJsonValue& v : themes) {
        const QJsonObject theme = v.toObject();
        const QJsonArray codes = theme.value(QLatin1String("itemCodes")).toArray();
        CHECK(codes.size() >= 2);
        QHash<QString, int> asked;
        for (const QJsonValue& code : codes) {
            REQUIRE(byCode.contains(code.toString()));
            for (const MaterialRequirement& m : byCode.value(code.toString()).materials)
                ++asked[m.name];
        }
        if (theme.value(QLatin1String("name")).toString() == QStringLiteral("我要办一级以下医疗机构")) {
            clinic = true;
            CHECK(asked.value(QStringLiteral("营业执照")) >= 3); // the merged intake asks for it once
        }
    }
    CHECK(clinic);
}

TEST_CASE("the demo applicants carry valid identifiers", "[ui][demo]")
{
    const QDate asOf = demoAsOf();
    REQUIRE(asOf.isValid());
    const RegionTable& regions = RegionTable::builtIn();
    QSet<QString> names;
    for (const QJsonValue& v : array(QStringLiteral("applicants.json"), "applicants")) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(QLatin1String("name")).toString();
        INFO(name.toStdString());
        names.insert(name);
        if (a.value(QLatin1String("kind")).toString() == QLatin1String("person")) {
            const auto id = ResidentId::parse(a.value(QLatin1String("idNumber")).toString(), regions, asOf);
            REQUIRE(id.ok());
            CHECK(id->birthDate().toString(Qt::ISODate) == a.value(QLatin1String("birthDate")).toString());
            CHECK((id->gender() == ResidentId::Gender::Male) ==
                  (a.value(QLatin1String("gender")).toString() == QLatin1String("male")));
            CHECK(QStringList{QStringLiteral("420802"), QStringLiteral("420804"), QStringLiteral("420822"),
                              QStringLiteral("420881"), QStringLiteral("420882")}
                      .contains(QString::number(id->regionCode())));
        } else {
            const auto code = CreditCode::parse(a.value(QLatin1String("creditCode")).toString(), regions);
            INFO((code.ok() ? QString() : code.error().message).toStdString());
            CHECK(code.ok());
        }
    }
    CHECK(names.contains(QStringLiteral("张伟")));
    CHECK(names.contains(QStringLiteral("荆门康华医疗有限公司")));
    CHECK(names.contains(QStringLiteral("刘芳")));
}

TEST_CASE("the demo cases have valid numbers and deadlines around the as-of day", "[ui][demo]")
{
    const QDate asOf = demoAsOf();
    const WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    QHash<QString, int> promised;
    for (const ServiceItem& item : demoCatalog())
        promised.insert(item.code, item.promisedDays);

    const QJsonArray cases = array(QStringLiteral("cases.json"), "cases");
    CHECK(cases.size() >= 35);
    CHECK(cases.size() <= 45);
    int overdue = 0, dueNextDay = 0;
    QSet<QString> numbers;
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QString number = c.value(QLatin1String("acceptanceNumber")).toString();
        INFO(number.toStdString());
        numbers.insert(number);
        const auto parts = AcceptanceNumber::parse(number);
        REQUIRE(parts.ok());
        CHECK(parts->regionCode == QStringLiteral("420800"));
        const QDateTime acceptedAt =
            QDateTime::fromString(c.value(QLatin1String("acceptedAt")).toString(), Qt::ISODate);
        CHECK(parts->date == acceptedAt.date());
        const QString status = c.value(QLatin1String("status")).toString();
        if (status == QLatin1String("refused"))
            continue;
        int limit = 0;
        for (const QJsonValue& code : c.value(QLatin1String("itemCodes")).toArray()) {
            REQUIRE(promised.contains(code.toString()));
            limit = std::max(limit, promised.value(code.toString()));
        }
        const QDate deadline = QDate::fromString(c.value(QLatin1String("deadline")).toString(), Qt::ISODate);
        CHECK(calendar.addWorkingDays(acceptedAt.date(), limit).date == deadline);
        const bool open = QStringList{QStringLiteral("accepted"), QStringLiteral("dispatched"),
                                      QStringLiteral("inProcess"), QStringLiteral("returnedForMaterials")}
                              .contains(status);
        if (open && deadline < asOf)
            ++overdue;
        if (open && deadline == calendar.nextWorkingDay(asOf))
            ++dueNextDay;
    }
    CHECK(numbers.size() == cases.size());
    CHECK(overdue == 1);
    CHECK(dueNextDay == 6);

    const QList<OpenCaseRow> mine = demoOpenCases(QStringLiteral("7"), asOf, calendar);
    CHECK(mine.size() >= 8);
    CHECK(mine.first().urgency == DeadlineUrgency::Overdue);
}

TEST_CASE("the demo site is window 7 of the Jingmen hall", "[ui][demo]")
{
    const QJsonObject site = readDemoJson(QStringLiteral("site.json"));
    CHECK(site.value(QLatin1String("hallName")).toString() == QStringLiteral("荆门市政务服务中心"));
    CHECK(site.value(QLatin1String("regionCode")).toString() == QStringLiteral("420800"));
    CHECK(site.value(QLatin1String("hall")).toInt() == 1);
    CHECK(site.value(QLatin1String("window")).toInt() == 7);
    const QJsonObject clerk = site.value(QLatin1String("clerk")).toObject();
    CHECK(clerk.value(QLatin1String("name")).toString() == QStringLiteral("王丽"));
    CHECK(clerk.value(QLatin1String("role")).toString() == QStringLiteral("clerk"));
}
