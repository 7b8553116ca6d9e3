#include "core/PinyinTable.h"

#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("Characters have their Mandarin readings without tones, the customary one first", "[core][pinyin]")
{
    CHECK(PinyinTable::readings(U'医') == QStringList{QStringLiteral("yi")});
    CHECK(PinyinTable::readings(U'疗') == QStringList{QStringLiteral("liao")});
    CHECK(PinyinTable::readings(U'机').first() == QStringLiteral("ji"));
    CHECK(PinyinTable::readings(U'构').first() == QStringLiteral("gou"));
    CHECK(PinyinTable::readings(U'行').first() == QStringLiteral("xing"));
    CHECK(PinyinTable::readings(U'长').first() == QStringLiteral("zhang"));
}

TEST_CASE("Polyphonic characters carry every reading", "[core][pinyin]")
{
    const QStringList hang = PinyinTable::readings(U'行');
    CHECK(hang.contains(QStringLiteral("xing")));
    CHECK(hang.contains(QStringLiteral("hang")));
    CHECK(PinyinTable::readings(U'长').contains(QStringLiteral("chang")));
    CHECK(PinyinTable::readings(U'重').contains(QStringLiteral("chong")));
    CHECK(PinyinTable::readings(U'重').contains(QStringLiteral("zhong")));
    CHECK(PinyinTable::readings(U'乐').contains(QStringLiteral("yue")));
    CHECK(PinyinTable::readings(U'乐').contains(QStringLiteral("le")));
    for (const char* reading : {"dan", "shan", "chan"})
        CHECK(PinyinTable::readings(U'单').contains(QLatin1String(reading)));
    CHECK(PinyinTable::readings(U'调').contains(QStringLiteral("diao")));
    CHECK(PinyinTable::readings(U'调').contains(QStringLiteral("tiao")));
}

TEST_CASE("ü is written v and tone marks on other letters are dropped", "[core][pinyin]")
{
    CHECK(PinyinTable::readings(U'绿').contains(QStringLiteral("lv")));
    CHECK(PinyinTable::readings(U'女').first() == QStringLiteral("nv"));
    CHECK(PinyinTable::readings(U'略').contains(QStringLiteral("lve")));
    CHECK(PinyinTable::readings(U'欸').contains(QStringLiteral("e"))); // ê̄
    CHECK(PinyinTable::readings(U'嗯').contains(QStringLiteral("ng")));
    for (int id = 0; id < PinyinTable::syllableCount(); ++id) {
        const std::string_view s = PinyinTable::syllable(id);
        REQUIRE_FALSE(s.empty());
        for (char c : s)
            REQUIRE((c >= 'a' && c <= 'z'));
    }
}

TEST_CASE("The table covers the CJK Unified Ideographs and beyond", "[core][pinyin]")
{
    int covered = 0;
    for (char32_t c = 0x4E00; c <= 0x9FA5; ++c) // the ideographs every Chinese font has
        covered += PinyinTable::readingSet(c) != 0;
    CHECK(covered >= 20890);
    CHECK(PinyinTable::characterCount() > 40000);
    CHECK_FALSE(PinyinTable::readings(0x3400).isEmpty());  // extension A
    CHECK_FALSE(PinyinTable::readings(0x20000).isEmpty()); // extension B
    CHECK(PinyinTable::readings(U'a').isEmpty());
    CHECK(PinyinTable::readings(U'（').isEmpty());
    CHECK(PinyinTable::readingSet(0x10FFFF) == 0);
    CHECK(PinyinTable::syllablesOf(0).empty());
    CHECK(PinyinTable::syllablesOf(PinyinTable::readingSetCount()).empty());
}
