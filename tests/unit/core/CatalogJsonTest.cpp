#include "core/CatalogJson.h"

#include "core/DeadlineUrgency.h"
#include "core/WorkingCalendar.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace ow;

namespace {
QByteArray demoFile(const char* name)
{
    QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/resources/demo/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("The demo catalog parses into items with their materials lists", "[core][catalog]")
{
    Result<QList<ServiceItem>> items = CatalogJson::parseItems(demoFile("catalog.json"));
    REQUIRE(items.ok());
    REQUIRE(items->size() > 300);
    const ServiceItem& first = items->first();
    CHECK(first.name == QStringLiteral("个体工商户设立登记"));
    CHECK(first.promisedDays <= first.legalDays);
    CHECK(first.deliveryOptions.testFlag(DeliveryMethod::Mail));
    REQUIRE(first.materials.size() >= 2);
    CHECK_FALSE(first.materials.at(0).name.isEmpty());

    Result<QList<Theme>> themes = CatalogJson::parseThemes(demoFile("themes.json"));
    REQUIRE(themes.ok());
    CHECK(themes->first().name == QStringLiteral("我要办一级以下医疗机构"));
    CHECK(themes->first().itemCodes.size() >= 2);
}

TEST_CASE("An item survives a round trip through its JSON form", "[core][catalog]")
{
    ServiceItem item;
    item.code = QStringLiteral("HB-JM-990001");
    item.name = QStringLiteral("医疗机构执业登记");
    item.department = QStringLiteral("卫生健康委员会");
    item.kind = ItemKind::Confirmation;
    item.promisedDays = 10;
    item.legalDays = 20;
    item.feeFen = 5000;
    item.deliveryOptions = DeliveryMethod::Counter | DeliveryMethod::Mail;
    item.materials << MaterialRequirement{
        QStringLiteral("营业执照"), MaterialForm::Copy, 2, true, {QStringLiteral("营业执照")}, true};
    Result<ServiceItem> back = CatalogJson::itemFromJson(CatalogJson::itemToJson(item));
    REQUIRE(back.ok());
    CHECK(back->code == item.code);
    CHECK(back->kind == ItemKind::Confirmation);
    CHECK(back->feeFen == 5000);
    CHECK(back->deliveryOptions == item.deliveryOptions);
    REQUIRE(back->materials.size() == 1);
    CHECK(back->materials.at(0).copies == 2);
    CHECK(back->materials.at(0).commitmentAllowed);
    CHECK(back->materials.at(0).licenceTypes == QStringList{QStringLiteral("营业执照")});
}

TEST_CASE("Bad catalog data is refused with a message, never half read", "[core][catalog]")
{
    CHECK(CatalogJson::parseItems("not json").error().code == QLatin1String("catalog.json"));
    CHECK(CatalogJson::parseItems("{}").error().code == QLatin1String("catalog.invalid"));
    CHECK_FALSE(CatalogJson::parseItems(R"({"items":[{"code":"A","name":"n","department":"d",
        "kind":"licensing","promisedDays":9,"legalDays":3}]})")
                    .ok());
    CHECK_FALSE(CatalogJson::parseItems(R"({"items":[{"code":"A","name":"n","department":"d",
        "kind":"magic","promisedDays":1,"legalDays":3}]})")
                    .ok());
    CHECK_FALSE(CatalogJson::parseItems(R"({"items":[{"code":"A","name":"n","department":"d",
        "kind":"licensing","promisedDays":1,"legalDays":3,"materials":[{"name":""}]}]})")
                    .ok());
    CHECK_FALSE(CatalogJson::parseThemes(R"({"themes":[{"code":"T","name":"x","itemCodes":["A"]}]})").ok());
}

TEST_CASE("Deadline urgency counts working days, not calendar days", "[core][deadline]")
{
    const WorkingCalendar calendar = WorkingCalendar::withShippedArrangements();
    const QDate friday(2026, 11, 20);
    CHECK(deadlineUrgency(QDate(2026, 11, 19), friday, calendar) == DeadlineUrgency::Overdue);
    CHECK(deadlineUrgency(friday, friday, calendar) == DeadlineUrgency::DueSoon);
    // Friday to Tuesday is four calendar days but two working days.
    CHECK(deadlineUrgency(QDate(2026, 11, 24), friday, calendar) == DeadlineUrgency::DueSoon);
    CHECK(deadlineUrgency(QDate(2026, 11, 25), friday, calendar) == DeadlineUrgency::Normal);
    // Before National Day 2026 (1-7 October off), 30 September to 9 October is two working days.
    CHECK(deadlineUrgency(QDate(2026, 10, 9), QDate(2026, 9, 30), calendar) == DeadlineUrgency::DueSoon);
}
