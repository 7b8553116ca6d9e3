#include "core/RegionTable.h"

#include <QBuffer>
#include <QFile>
#include <catch2/catch.hpp>

namespace {

const QByteArray sampleTsv =
    QByteArrayLiteral("code\tname\tfirst_revision\tlast_revision\n"
                      "420000\t\xE6\xB9\x96\xE5\x8C\x97\xE7\x9C\x81\t198012\t201904\n"
                      "420800\t\xE8\x8D\x86\xE9\x97\xA8\xE5\xB8\x82\t198312\t201904\r\n"
                      "420802\t\xE4\xB8\x9C\xE5\xAE\x9D\xE5\x8C\xBA\t198512\t201904\n"
                      "\n"
                      "420803\tShayang qu\t198512\t199712\n");

} // namespace

TEST_CASE("A region table reads the TSV format from bytes and from a device", "[core][regions]")
{
    auto loaded = ow::RegionTable::fromBytes(sampleTsv);
    REQUIRE(loaded.ok());
    const ow::RegionTable& table = *loaded;
    CHECK(table.size() == 4);
    CHECK(table.newestRevision() == 201904);
    CHECK(table.isKnown(420802));
    CHECK_FALSE(table.isKnown(420801));
    CHECK_FALSE(table.isKnown(-1));
    CHECK_FALSE(table.isKnown(1000000));
    CHECK(table.name(420802) == QStringLiteral("东宝区"));
    CHECK(table.name(420801).isEmpty());
    CHECK(table.firstRevision(420803) == 198512);
    CHECK(table.lastRevision(420803) == 199712);
    CHECK(table.isCurrent(420802));
    CHECK_FALSE(table.isCurrent(420803));
    CHECK(table.find(420803)->name == QLatin1String("Shayang qu"));
    CHECK(table.find(999999) == nullptr);
    CHECK(table.fullName(420802) == QStringLiteral("湖北省 荆门市 东宝区"));

    QByteArray bytes = sampleTsv;
    QBuffer buffer(&bytes);
    auto fromDevice = ow::RegionTable::fromDevice(buffer);
    REQUIRE(fromDevice.ok());
    CHECK(fromDevice->size() == 4);
}

TEST_CASE("A malformed region file is refused with the line that is wrong", "[core][regions]")
{
    const auto codeOf = [](const char* tsv) {
        auto table = ow::RegionTable::fromBytes(QByteArray(tsv));
        return table.ok() ? QString() : table.error().code + QLatin1Char(' ') + table.error().message;
    };
    CHECK(codeOf("110000\tBeijing\t198012\n").startsWith(QLatin1String("regions.format Line 1")));
    CHECK(codeOf("110000\tBeijing\t198012\t201904\textra\n").startsWith(QLatin1String("regions.format")));
    CHECK(codeOf("110000\tBeijing\t198012\t201904\n11000\tX\t198012\t201904\n")
              .startsWith(QLatin1String("regions.format Line 2")));
    CHECK(codeOf("110000\tBeijing\t201904\t198012\n").startsWith(QLatin1String("regions.format")));
    CHECK(codeOf("110000\tBeijing\t198013\t201904\n").startsWith(QLatin1String("regions.format")));
    CHECK(codeOf("110000\t\t198012\t201904\n").startsWith(QLatin1String("regions.format")));
    CHECK(codeOf("110000\tA\t198012\t201904\n110000\tB\t198012\t201904\n").contains(QLatin1String("twice")));
    CHECK(codeOf("").isEmpty()); // an empty file is an empty table

    QFile missing(QStringLiteral("/nonexistent/gb2260-regions.tsv"));
    auto unreadable = ow::RegionTable::fromDevice(missing);
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().code == QLatin1String("regions.read"));
}

TEST_CASE("The built-in table holds every edition of GB/T 2260 from 1980 to 2019", "[core][regions]")
{
    const ow::RegionTable& table = ow::RegionTable::builtIn();
    CHECK(&table == &ow::RegionTable::builtIn()); // loaded once
    CHECK(table.size() > 6000);
    CHECK(table.newestRevision() == 201904);

    SECTION("current codes")
    {
        CHECK(table.name(420802) == QStringLiteral("东宝区"));
        CHECK(table.isCurrent(420802));
        CHECK(table.fullName(420802) == QStringLiteral("湖北省 荆门市 东宝区"));
        CHECK(table.provinceName(420802) == QStringLiteral("湖北省"));
        CHECK(table.prefectureName(420802) == QStringLiteral("荆门市"));
        CHECK(table.fullName(420800) == QStringLiteral("湖北省 荆门市"));
        CHECK(table.fullName(420000) == QStringLiteral("湖北省"));
        CHECK(table.prefectureName(420800).isEmpty());
        CHECK(table.provinceName(420000).isEmpty());
    }
    SECTION("abolished codes stay known but are not current")
    {
        REQUIRE(table.isKnown(110103));
        CHECK(table.name(110103) == QStringLiteral("崇文区"));
        CHECK(table.firstRevision(110103) == 198012);
        CHECK(table.lastRevision(110103) == 200912);
        CHECK_FALSE(table.isCurrent(110103));
        // Beijing's districts have no prefecture entry (110100 is not in the file).
        CHECK(table.fullName(110103) == QStringLiteral("北京市 崇文区"));
    }
    SECTION("unknown codes")
    {
        CHECK_FALSE(table.isKnown(429999));
        CHECK(table.fullName(429999).isEmpty());
        CHECK_FALSE(table.isKnown(0));
    }
}

TEST_CASE("A region table answers range queries for prefixes", "[core][regions]")
{
    const ow::RegionTable& table = ow::RegionTable::builtIn();
    CHECK(table.anyKnownBetween(420000, 429999));
    CHECK(table.anyKnownBetween(420802, 420802));
    CHECK_FALSE(table.anyKnownBetween(420801, 420801));
    CHECK_FALSE(table.anyKnownBetween(0, 99999));
    CHECK_FALSE(table.anyKnownBetween(900000, 999999));
    CHECK_FALSE(table.anyKnownBetween(5, 4));
    CHECK(table.anyKnownBetween(-100, 2000000));

    // The rank-based answer agrees with a plain scan on every 1,000-code block.
    for (int block = 0; block < 1000; ++block) {
        bool any = false;
        for (int code = block * 1000; code < block * 1000 + 1000 && !any; ++code)
            any = table.isKnown(code);
        INFO("block " << block);
        REQUIRE(table.anyKnownBetween(block * 1000, block * 1000 + 999) == any);
    }
    // find() agrees with the stored entries (rank indexing is exact).
    for (const ow::RegionTable::Region& region : table.regions())
        REQUIRE(table.find(region.code) == &region);
}

TEST_CASE("Six-character codes are parsed strictly", "[core][regions]")
{
    CHECK(ow::RegionTable::parseCode(u"420802") == 420802);
    CHECK(ow::RegionTable::parseCode(u"42080") == -1);
    CHECK(ow::RegionTable::parseCode(u"42080X") == -1);
    CHECK(ow::RegionTable::parseCode(u"4208021") == -1);
    CHECK(ow::RegionTable::parseCode(u"000000") == 0);
}
