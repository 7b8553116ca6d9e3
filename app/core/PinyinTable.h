#pragma once

// PinyinTable: the Mandarin readings of Chinese characters, generated at build time from Unihan
// (kMandarin first, then kXHC1983, kTGHZ2013, kHanyuPinyin), tones stripped to plain a-z, ü written v.

#include <QStringList>
#include <cstdint>
#include <span>
#include <string_view>

namespace ow {

class PinyinTable
{
public:
    // The reading set of a character: 0 when it has no Mandarin reading. Characters with the same
    // readings in the same order share a set. O(1): two array lookups.
    static int readingSet(char32_t character) noexcept;
    // Syllable ids of a set, the customary (kMandarin) reading first; empty for set 0.
    static std::span<const std::uint16_t> syllablesOf(int set) noexcept;
    // The text of a syllable ("xing", "lv"); ids are in alphabetical order.
    static std::string_view syllable(int id) noexcept;

    static int readingSetCount() noexcept; // valid set ids are 0 .. readingSetCount() - 1
    static int syllableCount() noexcept;
    static int characterCount() noexcept; // characters with at least one reading

    // The readings of a character as strings, customary reading first; empty when it has none.
    static QStringList readings(char32_t character);
};

} // namespace ow
