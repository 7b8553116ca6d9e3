#include "storage/CatalogStore.h"

#include "StorageFixtures.h"

using namespace ow;
using namespace ow::test;

TEST_CASE("Catalog items keep their materials lists and themes", "[storage][catalog]")
{
    TempDatabase t;
    CatalogStore store(*t.db);
    ServiceItem gtsh =
        item(QStringLiteral("GT-001"), QStringLiteral("个体工商户设立登记"), QStringLiteral("市场监管局"));
    gtsh.feeFen = 0;
    ServiceItem clinic =
        item(QStringLiteral("WS-101"), QStringLiteral("医疗机构设置审批"), QStringLiteral("卫生健康委员会"));
    clinic.kind = ItemKind::Licensing;
    clinic.promisedDays = 10;
    clinic.feeFen = 12050;
    clinic.deliveryOptions = DeliveryMethod::Mail | DeliveryMethod::Electronic;
    ServiceItem practice =
        item(QStringLiteral("WS-102"), QStringLiteral("医疗机构执业登记"), QStringLiteral("卫生健康委员会"));
    const Theme theme{QStringLiteral("T-CLINIC"),
                      QStringLiteral("我要办一级以下医疗机构"),
                      {QStringLiteral("WS-101"), QStringLiteral("WS-102")}};
    REQUIRE(store.upsert({gtsh, clinic, practice}, {theme}).ok());

    CHECK(*store.countItems() == 3);
    const auto found = store.findItem(QStringLiteral("WS-101"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    const ServiceItem& back = **found;
    CHECK(back.name == QStringLiteral("医疗机构设置审批"));
    CHECK(back.promisedDays == 10);
    CHECK(back.legalDays == 20);
    CHECK(back.feeFen == 12050);
    CHECK(back.deliveryOptions == (DeliveryMethod::Mail | DeliveryMethod::Electronic));
    REQUIRE(back.materials.size() == 3);
    CHECK(back.materials.at(0).name == QStringLiteral("申请书"));
    CHECK(back.materials.at(1).form == MaterialForm::Copy);
    CHECK(back.materials.at(1).licenceTypes == QStringList{QStringLiteral("居民身份证")});
    CHECK(back.materials.at(2).commitmentAllowed);
    CHECK_FALSE(store.findItem(QStringLiteral("NOPE"))->has_value());

    const auto health = store.listByDepartment(QStringLiteral("卫生健康委员会"));
    REQUIRE(health.ok());
    REQUIRE(health->size() == 2);
    CHECK(health->at(0).materials.size() == 3);
    CHECK(store.departments()->size() == 2);

    const auto bundled = store.findTheme(QStringLiteral("T-CLINIC"));
    REQUIRE(bundled->has_value());
    CHECK((*bundled)->itemCodes == theme.itemCodes);
    CHECK(store.listThemes()->size() == 1);

    // Upserting an item again replaces its materials list instead of adding to it.
    clinic.materials.removeLast();
    REQUIRE(store.upsert({clinic}).ok());
    CHECK((*store.findItem(QStringLiteral("WS-101")))->materials.size() == 2);
    CHECK(*store.countItems() == 3);
}

TEST_CASE("A bulk import replaces the catalog all or nothing", "[storage][catalog]")
{
    TempDatabase t;
    CatalogStore store(*t.db);
    REQUIRE(
        store.upsert({item(QStringLiteral("OLD-1"), QStringLiteral("旧事项"), QStringLiteral("A"))}).ok());

    QList<ServiceItem> catalog;
    for (int i = 0; i < 690; ++i)
        catalog.append(item(QStringLiteral("JM-%1").arg(i, 4, 10, QLatin1Char('0')),
                            QStringLiteral("事项 %1").arg(i), QStringLiteral("部门 %1").arg(i % 31)));
    REQUIRE(store.importAll(catalog, {}).ok());
    CHECK(*store.countItems() == 690);
    CHECK_FALSE(store.findItem(QStringLiteral("OLD-1"))->has_value());
    CHECK(store.departments()->size() == 31);

    // A broken import (an item without a name, after a good one) changes nothing.
    QList<ServiceItem> broken{item(QStringLiteral("NEW-1"), QStringLiteral("新事项"), QStringLiteral("B"))};
    broken.append(item(QStringLiteral("NEW-2"), QString(), QStringLiteral("B")));
    const auto failed = store.importAll(broken, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == QLatin1String("storage.catalogInvalid"));
    CHECK(*store.countItems() == 690);
    CHECK_FALSE(store.findItem(QStringLiteral("NEW-1"))->has_value());
}
