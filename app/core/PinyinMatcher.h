#pragma once

// PinyinMatcher: matches one typed search term (Chinese characters and pinyin: full, initials or mixed,
// every reading of a polyphonic character) against the characters of a name; CatalogSearchIndex's engine.

#include <QStringView>
#include <cstdint>
#include <string>
#include <vector>

namespace ow {

class PinyinMatcher
{
public:
    // Kinds of match, best first (CatalogSearchIndex::MatchKind has the same values).
    static constexpr int exact = 0;                  // from the first character to the last
    static constexpr int prefix = 1;                 // from the first character
    static constexpr int infix = 2;                  // from a later character
    static constexpr std::size_t maxTermLength = 64; // longer terms are cut

    // One whitespace-separated part of a query, folded: full-width to ASCII, upper to lower case, ü to v.
    struct Term
    {
        std::u32string elements;   // ASCII letters and digits, Chinese characters and other letters
        std::string ascii;         // the elements as char where ASCII, else 0
        std::uint64_t letters = 0; // letterBit of every ASCII element
        std::string code;          // the term upper-cased, for code prefixes; empty unless it is code-like
                                   // (ASCII with a digit or a hyphen)
        bool names = false;        // matched against names: has elements and no hyphen
    };

    // The query's terms; `unusable` is set when a non-blank term has nothing to match with ("（）").
    static std::vector<Term> parseQuery(QStringView query, bool& unusable);

    // Appends the matchable characters of a name (ASCII letters and digits folded, Chinese characters and
    // other letters; punctuation skipped) and their reading classes; ORs into `letters` every letter
    // their readings use and into `initials` their first letters.
    static void tokenize(QStringView name, std::vector<char32_t>& characters,
                         std::vector<std::uint16_t>& classes, std::uint64_t& letters,
                         std::uint64_t& initials);
    // Bit 0-25 for a-z, 26-35 for 0-9, else 0.
    static std::uint64_t letterBit(char32_t c);

    // A matcher for `term` over names of at most `maxCharacters` characters. Not thread-safe (scratch
    // memory); one per thread and term.
    PinyinMatcher(const Term& term, int maxCharacters);

    // exact, prefix, infix or -1 for a name given as tokenize() produced it. Each Chinese character of
    // the term matches itself; each run of letters is split so that every character of the name is typed
    // as a non-empty prefix of one of its readings (full reading, initial, zh/ch/sh, ...).
    int match(const char32_t* characters, const std::uint16_t* classes, int count, std::uint64_t nameLetters,
              std::uint64_t nameInitials);

private:
    int step(int i, int j);

    const Term& m_term;
    std::vector<std::uint64_t> m_memo; // (character, element) -> stamp << 2 | result
    std::size_t m_stride;
    std::uint64_t m_stamp = 0;
    const char32_t* m_characters = nullptr;
    const std::uint16_t* m_classes = nullptr;
    int m_count = 0;
};

} // namespace ow
