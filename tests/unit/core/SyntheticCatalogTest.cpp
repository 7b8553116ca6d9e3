#include "core/SyntheticCatalog.h"

#include "core/CatalogJson.h"

#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>

using namespace ow;

namespace {
QList<ServiceItem> demoCatalog()
{
    QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/resources/demo/catalog.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<QList<ServiceItem>> items = CatalogJson::parseItems(file.readAll());
    REQUIRE(items.ok());
    return items.value();
}

QSet<QString> codesOf(const QList<ServiceItem>& items)
{
    QSet<QString> codes;
    for (const ServiceItem& item : items)
        codes.insert(item.code);
    return codes;
}
} // namespace

TEST_CASE(
    "The synthetic catalog has 155,811 items with unique codes over city, counties, townships, villages",
    "[core][catalog]")
{
    const QList<ServiceItem> base = demoCatalog();
    const QList<ServiceItem> items = SyntheticCatalog::generate(base);
    REQUIRE(items.size() == 155811);
    CHECK(codesOf(items).size() == items.size());

    // The city keeps the base items as they are.
    for (int i = 0; i < base.size(); ++i) {
        REQUIRE(items.at(i).code == base.at(i).code);
        REQUIRE(items.at(i).name == base.at(i).name);
    }
    QSet<QString> departments;
    QSet<QString> names;
    for (const ServiceItem& item : items) {
        departments.insert(item.department);
        names.insert(item.name);
    }
    CHECK(departments.contains(QStringLiteral("东宝区市场监督管理局")));
    CHECK(departments.contains(QStringLiteral("钟祥市卫生健康局")));
    int townships = 0;
    int villages = 0;
    for (const QString& department : departments) {
        townships +=
            department.endsWith(QStringLiteral("人民政府")) || department.endsWith(QStringLiteral("办事处"));
        villages += department.endsWith(QStringLiteral("村民委员会")) ||
                    department.endsWith(QStringLiteral("居民委员会"));
    }
    CHECK(townships == 65);
    CHECK(villages == 1542);
    CHECK(names.size() > 1500); // sub-items give the city catalog its size
    CHECK(names.size() < 5000); // the same item has the same name at every level

    const QList<ServiceItem> again = SyntheticCatalog::generate(base);
    REQUIRE(again.size() == items.size());
    for (qsizetype i = 0; i < items.size(); i += 997) {
        CHECK(again.at(i).code == items.at(i).code);
        CHECK(again.at(i).department == items.at(i).department);
    }
}

TEST_CASE("Other totals are met exactly, even from a tiny base", "[core][catalog]")
{
    const QList<ServiceItem> base = demoCatalog();
    for (int total : {1, 354, 1000, 20000}) {
        const QList<ServiceItem> items = SyntheticCatalog::generate(base, total);
        CHECK(items.size() == total);
        CHECK(codesOf(items).size() == total);
    }
    const QList<ServiceItem> tiny = base.mid(0, 3);
    const QList<ServiceItem> grown = SyntheticCatalog::generate(tiny, 5000);
    CHECK(grown.size() == 5000);
    CHECK(codesOf(grown).size() == 5000);
    CHECK(SyntheticCatalog::generate(base, 0).isEmpty());
    CHECK(SyntheticCatalog::generate({}, 100).isEmpty());
}
