#include "core/CatalogSearchIndex.h"

#include "core/CatalogJson.h"
#include "core/SyntheticCatalog.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <tuple>

using namespace ow;
using Kind = CatalogSearchIndex::MatchKind;

namespace {
QList<ServiceItem> demoCatalog()
{
    QFile file(QStringLiteral(ONEWINDOW_SOURCE_DIR "/resources/demo/catalog.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<QList<ServiceItem>> items = CatalogJson::parseItems(file.readAll());
    REQUIRE(items.ok());
    return items.value();
}

ServiceItem item(const char* code, const QString& name, const QString& department = QStringLiteral("测试局"))
{
    ServiceItem result;
    result.code = QLatin1String(code);
    result.name = name;
    result.department = department;
    return result;
}

// The names of the hits joined by "|" (std::string, so that Catch prints it).
std::string names(const CatalogSearchIndex& index, const QList<CatalogSearchIndex::Hit>& hits)
{
    QStringList result;
    for (const CatalogSearchIndex::Hit& hit : hits)
        result << index.name(hit.item);
    return result.join(QLatin1Char('|')).toStdString();
}

std::string firstName(const CatalogSearchIndex& index, const QString& query)
{
    const QList<CatalogSearchIndex::Hit> hits = index.search(query);
    return hits.isEmpty() ? std::string() : index.name(hits.first().item).toStdString();
}

std::string str(const QString& text)
{
    return text.toStdString();
}
} // namespace

TEST_CASE("Pinyin initials, full pinyin and mixed forms find 医疗机构设置审批 first", "[core][search]")
{
    const CatalogSearchIndex index(demoCatalog());
    const std::string wanted = "医疗机构设置审批";
    for (const char* query : {"yiliaojigou", "yiliaojg", "ylijigou", "yljgsz", "yljgszsp", "YILIAOJIGOU"}) {
        INFO(query);
        CHECK(firstName(index, QLatin1String(query)) == wanted);
    }
    CHECK(firstName(index, QStringLiteral("医疗机构")) == wanted);
    CHECK(firstName(index, QStringLiteral("医疗jg")) == wanted);
    CHECK(index.search(QStringLiteral("yljgszsp")).first().kind == Kind::Exact);
    CHECK(index.search(QString::fromStdString(wanted)).first().kind == Kind::Exact);
    CHECK(index.search(QStringLiteral("yljgx")).isEmpty());

    // "yljg" is also 养老机构备案 (yang lao ji gou), which the rules put first as the shorter name;
    // 医疗机构设置审批 leads the 医疗机构 items, and full-width and upper case give the same list.
    const QList<CatalogSearchIndex::Hit> hits = index.search(QStringLiteral("yljg"), {}, 0);
    CHECK(names(index, hits) ==
          "养老机构备案|医疗机构设置审批|医疗机构执业登记|医疗机构执业许可证校验|医疗机构执业许可证注销|"
          "医疗机构执业登记（变更）");
    for (const CatalogSearchIndex::Hit& hit : hits)
        CHECK(hit.kind == Kind::Prefix);
    CHECK(names(index, index.search(QStringLiteral("ＹＬＪＧ"), {}, 0)) == names(index, hits));
    CHECK(names(index, index.search(QStringLiteral("YLJG"), {}, 0)) == names(index, hits));
    // The window's own usage decides between equally good matches.
    CatalogSearchIndex used(demoCatalog());
    used.setUsageCounts({{QStringLiteral("HB-JM-020001"), 1}});
    CHECK(firstName(used, QStringLiteral("yljg")) == wanted);
}

TEST_CASE("Polyphonic characters match by any of their readings", "[core][search]")
{
    const CatalogSearchIndex index(
        {item("T-1", QStringLiteral("银行业金融机构设立")), item("T-2", QStringLiteral("行政复议申请")),
         item("T-3", QStringLiteral("重庆市户籍迁入")), item("T-4", QStringLiteral("长江岸线使用审批")),
         item("T-5", QStringLiteral("绿色食品标志许可")), item("T-6", QStringLiteral("音乐培训机构设立"))});
    CHECK(firstName(index, QStringLiteral("yinhang")) == str(QStringLiteral("银行业金融机构设立")));
    CHECK(firstName(index, QStringLiteral("yh")) == str(QStringLiteral("银行业金融机构设立")));
    CHECK(firstName(index, QStringLiteral("xingzheng")) == str(QStringLiteral("行政复议申请")));
    CHECK(firstName(index, QStringLiteral("chongqing")) == str(QStringLiteral("重庆市户籍迁入")));
    CHECK(firstName(index, QStringLiteral("changjiang")) == str(QStringLiteral("长江岸线使用审批")));
    CHECK(firstName(index, QStringLiteral("zhangjiang")) == str(QStringLiteral("长江岸线使用审批")));
    CHECK(firstName(index, QStringLiteral("yinyue")) == str(QStringLiteral("音乐培训机构设立")));
    CHECK(firstName(index, QStringLiteral("lvse")) == str(QStringLiteral("绿色食品标志许可")));
    CHECK(firstName(index, QStringLiteral("luse")) == str(QStringLiteral("绿色食品标志许可")));
    CHECK(firstName(index, QStringLiteral("lüse")) == str(QStringLiteral("绿色食品标志许可")));
    CHECK(index.search(QStringLiteral("hangzheng")).size() == 1); // 行 read hang is still 行
    CHECK(index.search(QStringLiteral("zhzh")).size() == 0);
}

TEST_CASE("zh, ch and sh may be typed as initials", "[core][search]")
{
    const CatalogSearchIndex index(
        {item("T-1", QStringLiteral("医师执业注册")), item("T-2", QStringLiteral("医生证明"))});
    CHECK(firstName(index, QStringLiteral("yszyzc")) == str(QStringLiteral("医师执业注册")));
    CHECK(firstName(index, QStringLiteral("yshzhyzhc")) == str(QStringLiteral("医师执业注册")));
    CHECK(firstName(index, QStringLiteral("yishizhiyezhuce")) == str(QStringLiteral("医师执业注册")));
    CHECK(index.search(QStringLiteral("yishizhiyezhuce")).first().kind == Kind::Exact);
    CHECK(index.search(QStringLiteral("ys")).size() == 2);
}

TEST_CASE("Codes match by prefix, ignoring case", "[core][search]")
{
    const CatalogSearchIndex index(demoCatalog());
    const QList<CatalogSearchIndex::Hit> exact = index.search(QStringLiteral("hb-jm-020001"));
    REQUIRE_FALSE(exact.isEmpty());
    CHECK(index.code(exact.first().item) == QStringLiteral("HB-JM-020001"));
    CHECK(exact.first().kind == Kind::Exact);

    const QList<CatalogSearchIndex::Hit> prefix = index.search(QStringLiteral("HB-JM-0200"), {}, 0);
    REQUIRE(prefix.size() == 26);
    for (const CatalogSearchIndex::Hit& hit : prefix) {
        CHECK(index.code(hit.item).startsWith(QStringLiteral("HB-JM-0200")));
        CHECK(hit.kind == Kind::Prefix);
        CHECK(index.department(hit.item) == QStringLiteral("卫生健康委员会"));
    }
    CHECK(index.search(QStringLiteral("HB-JM-99")).isEmpty());
    CHECK(index.search(QStringLiteral("hb")).isEmpty() == false); // letters only: pinyin, not codes
    for (const CatalogSearchIndex::Hit& hit : index.search(QStringLiteral("hb"), {}, 0))
        CHECK_FALSE(hit.kind == Kind::Exact);
}

TEST_CASE("The department filter keeps that department's items only", "[core][search]")
{
    const CatalogSearchIndex index(demoCatalog());
    const QString civil = QStringLiteral("民政局");
    const QList<CatalogSearchIndex::Hit> hits = index.search(QStringLiteral("dj"), civil, 0);
    REQUIRE(hits.size() >= 5);
    for (const CatalogSearchIndex::Hit& hit : hits)
        CHECK(index.department(hit.item) == civil);
    CHECK(index.search(QStringLiteral("HB-JM"), civil, 0).size() == 19);
    CHECK(index.search(QStringLiteral("HB-JM-02"), civil, 0).isEmpty());
    CHECK(index.search(QStringLiteral("婚姻"), civil, 0).size() == 2);
    CHECK(index.search(QStringLiteral("婚姻 HB-JM-0900"), civil, 0).size() == 2);
    CHECK(index.search(QStringLiteral("hunyin"), QStringLiteral("公安局"), 0).isEmpty());
    CHECK(index.search(QStringLiteral("dj"), QStringLiteral("没有这个部门")).isEmpty());
    CHECK(index.departments().contains(civil));
}

TEST_CASE("Exact before prefix before infix, then usage, then shorter names", "[core][search]")
{
    CatalogSearchIndex index({item("T-1", QStringLiteral("婚姻登记")),
                              item("T-2", QStringLiteral("登记备案")), item("T-3", QStringLiteral("登记")),
                              item("T-4", QStringLiteral("登记证明补发")),
                              item("T-5", QStringLiteral("登记（注销）"))});
    QList<CatalogSearchIndex::Hit> hits = index.search(QStringLiteral("登记"));
    CHECK(names(index, hits) == "登记|登记备案|登记证明补发|登记（注销）|婚姻登记");
    CHECK(hits.at(0).kind == Kind::Exact);
    CHECK(hits.at(1).kind == Kind::Prefix);
    CHECK(hits.at(4).kind == Kind::Infix);
    CHECK(index.search(QStringLiteral("dj")).first().kind == Kind::Exact);

    index.setUsageCounts({{QStringLiteral("T-1"), 50}, {QStringLiteral("T-4"), 3}});
    hits = index.search(QStringLiteral("登记"));
    CHECK(names(index, hits) == "登记|登记证明补发|登记备案|登记（注销）|婚姻登记");
    CHECK(hits.at(1).usage == 3);
    CHECK(index.search(QStringLiteral("dj"), {}, 2).size() == 2);
}

TEST_CASE("Usage puts the items this window accepts most first", "[core][search]")
{
    CatalogSearchIndex index(demoCatalog());
    CHECK(firstName(index, QStringLiteral("yljg")) == "养老机构备案");
    index.setUsageCounts({{QStringLiteral("HB-JM-020004"), 5}, {QStringLiteral("HB-JM-020005"), 2}});
    const QList<CatalogSearchIndex::Hit> hits = index.search(QStringLiteral("yljg"));
    CHECK(index.code(hits.at(0).item) == QStringLiteral("HB-JM-020004"));
    CHECK(index.code(hits.at(1).item) == QStringLiteral("HB-JM-020005"));
    CHECK(index.usage(hits.at(0).item) == 5);
}

TEST_CASE("Terms separated by spaces must all match", "[core][search]")
{
    const CatalogSearchIndex index(demoCatalog());
    const QList<CatalogSearchIndex::Hit> hits = index.search(QStringLiteral("医疗 注销"), {}, 0);
    REQUIRE_FALSE(hits.isEmpty());
    for (const CatalogSearchIndex::Hit& hit : hits) {
        CHECK(index.name(hit.item).contains(QStringLiteral("医疗")));
        CHECK(index.name(hit.item).contains(QStringLiteral("注销")));
    }
    CHECK_THAT(names(index, index.search(QStringLiteral("yljg\u3000zx"))),
               Catch::Contains("医疗机构执业许可证注销"));
    const QList<CatalogSearchIndex::Hit> mixed = index.search(QStringLiteral("HB-JM-02 zx"), {}, 0);
    REQUIRE_FALSE(mixed.isEmpty());
    for (const CatalogSearchIndex::Hit& hit : mixed)
        CHECK(index.code(hit.item).startsWith(QStringLiteral("HB-JM-02")));
}

TEST_CASE("An empty query lists the most used items; punctuation alone finds nothing", "[core][search]")
{
    CatalogSearchIndex index(demoCatalog());
    CHECK(index.search(QString()).isEmpty());
    CHECK(index.search(QStringLiteral("  ")).isEmpty());
    index.setUsageCounts({{QStringLiteral("HB-JM-050001"), 9}, {QStringLiteral("HB-JM-090008"), 12}});
    const QList<CatalogSearchIndex::Hit> top = index.search(QString());
    REQUIRE(top.size() == 2);
    CHECK(index.code(top.at(0).item) == QStringLiteral("HB-JM-090008"));
    CHECK(index.code(top.at(1).item) == QStringLiteral("HB-JM-050001"));
    CHECK(index.search(QString(), QStringLiteral("公安局")).size() == 1);
    CHECK(index.search(QStringLiteral("（）")).isEmpty());
    CHECK(index.search(QStringLiteral("-")).isEmpty());
    CHECK(CatalogSearchIndex().search(QStringLiteral("yljg")).isEmpty());
}

TEST_CASE("Infix matches inside names, by characters or pinyin", "[core][search]")
{
    const CatalogSearchIndex index(demoCatalog());
    const QList<CatalogSearchIndex::Hit> hits = index.search(QStringLiteral("机构设置"), {}, 0);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().kind == Kind::Infix);
    CHECK_THAT(names(index, index.search(QStringLiteral("jgszsp"))), Catch::Contains("医疗机构设置审批"));
    CHECK(index.search(QStringLiteral("变更）")).size() > 0); // punctuation in the term is skipped
    CHECK(index.memoryBytes() > 0);
    CHECK(index.distinctNameCount() == index.size());
}

TEST_CASE("A short code prefix over a large catalog is ranked like any other query", "[core][search]")
{
    const QList<ServiceItem> items = SyntheticCatalog::generate(demoCatalog(), 20000);
    CatalogSearchIndex index(items);
    index.setUsageCounts(
        {{items.at(19000).code, 7}, {items.at(5000).code, 9}, {QStringLiteral("HB-JM-010001"), 1}});
    const QList<CatalogSearchIndex::Hit> all = index.search(QStringLiteral("hb-"), {}, 0);
    REQUIRE(all.size() == 20000);
    CHECK(all.at(0).item == 5000);
    CHECK(all.at(1).item == 19000);
    CHECK(index.code(all.at(2).item) == QStringLiteral("HB-JM-010001"));
    for (qsizetype i = 1; i < all.size(); ++i) {
        const auto key = [&](const CatalogSearchIndex::Hit& hit) {
            return std::make_tuple(int(hit.kind), -hit.usage, index.name(hit.item).size(), hit.item);
        };
        REQUIRE(key(all.at(i - 1)) < key(all.at(i)));
    }
    const QList<CatalogSearchIndex::Hit> top = index.search(QStringLiteral("HB-"), {}, 10);
    REQUIRE(top.size() == 10);
    for (qsizetype i = 0; i < top.size(); ++i)
        CHECK(top.at(i).item == all.at(i).item);

    const QString county = items.at(3000).code.left(10); // "HB-420802-"
    const QList<CatalogSearchIndex::Hit> inCounty = index.search(county, {}, 0);
    qsizetype expected = 0;
    for (const ServiceItem& item : items)
        expected += item.code.startsWith(county);
    CHECK(inCounty.size() == expected);
    const QList<CatalogSearchIndex::Hit> one = index.search(items.at(3000).code.toLower());
    REQUIRE_FALSE(one.isEmpty());
    CHECK(one.first().item == 3000);
    CHECK(one.first().kind == Kind::Exact);
}
