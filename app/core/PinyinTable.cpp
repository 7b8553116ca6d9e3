#include "core/PinyinTable.h"

// The arrays are generated into the build directory (PinyinTableData.cpp) by app/core/tools/
// GeneratePinyinTable.cpp; see app/core/CMakeLists.txt.
namespace ow::pinyin_data {
extern const int kSyllableCount;
extern const int kSetCount;
extern const int kPageCount;
extern const int kCharacterCount;
extern const char kSyllableText[];
extern const std::uint16_t kSyllableOffsets[];
extern const std::uint32_t kSetOffsets[];
extern const std::uint16_t kSetData[];
extern const std::uint16_t kPageIndex[];
extern const std::uint16_t kBlocks[];
} // namespace ow::pinyin_data

namespace ow {

using namespace pinyin_data;

int PinyinTable::readingSet(char32_t character) noexcept
{
    const std::uint32_t page = std::uint32_t(character) >> 8;
    if (page >= std::uint32_t(kPageCount))
        return 0;
    return kBlocks[std::size_t(kPageIndex[page]) * 256 + (character & 0xFF)];
}

std::span<const std::uint16_t> PinyinTable::syllablesOf(int set) noexcept
{
    if (set <= 0 || set >= kSetCount)
        return {};
    return {kSetData + kSetOffsets[set], kSetData + kSetOffsets[set + 1]};
}

std::string_view PinyinTable::syllable(int id) noexcept
{
    if (id < 0 || id >= kSyllableCount)
        return {};
    return {kSyllableText + kSyllableOffsets[id],
            std::size_t(kSyllableOffsets[id + 1] - kSyllableOffsets[id] - 1)};
}

int PinyinTable::readingSetCount() noexcept
{
    return kSetCount;
}

int PinyinTable::syllableCount() noexcept
{
    return kSyllableCount;
}

int PinyinTable::characterCount() noexcept
{
    return kCharacterCount;
}

QStringList PinyinTable::readings(char32_t character)
{
    QStringList result;
    for (std::uint16_t id : syllablesOf(readingSet(character))) {
        const std::string_view text = syllable(id);
        result << QString::fromLatin1(text.data(), qsizetype(text.size()));
    }
    return result;
}

} // namespace ow
