#include "core/PinyinMatcher.h"

#include "core/PinyinTable.h"

#include <QChar>
#include <algorithm>
#include <string_view>

namespace ow {

namespace {

constexpr char kAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";

bool isAsciiAlnum(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
}

// Full-width ASCII to ASCII, upper to lower case, ü to v, the ideographic space to a space.
char32_t fold(char32_t c)
{
    if (c == 0x3000)
        return U' ';
    if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
    if (c >= U'A' && c <= U'Z')
        return c + 32;
    if (c == 0xFC || c == 0xDC)
        return U'v';
    return c;
}

// Whether a folded character takes part in name matching: ASCII letters and digits, Han and other letters.
bool isElement(char32_t c)
{
    return c < 128 ? isAsciiAlnum(c) : QChar::isLetterOrNumber(c);
}

template <typename F> void forEachFolded(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        f(fold(c));
    }
}

char upperAscii(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 32) : c;
}

// What each token class can be typed as: the pinyin table's reading sets (with u for every v, "lu" for
// 绿 as well as "lv"), then one class per ASCII letter and digit. Built once, shared.
struct ReadingClasses
{
    struct Syllable
    {
        std::uint32_t offset;
        std::uint32_t length;
    };
    std::string text;
    std::vector<Syllable> syllables;
    std::vector<std::uint32_t> begin; // class -> first syllable; one entry more than classes
    std::vector<std::uint64_t> initials;
    std::vector<std::uint64_t> letters;
    int alnumBase = 0;

    std::uint16_t classOf(char32_t c) const
    {
        if (c >= U'a' && c <= U'z')
            return std::uint16_t(alnumBase + int(c - U'a'));
        if (c >= U'0' && c <= U'9')
            return std::uint16_t(alnumBase + 26 + int(c - U'0'));
        return std::uint16_t(PinyinTable::readingSet(c));
    }
};

const ReadingClasses& readingClasses()
{
    static const ReadingClasses classes = [] {
        ReadingClasses c;
        c.alnumBase = PinyinTable::readingSetCount();
        const auto add = [&c](std::string_view s) {
            for (std::uint32_t k = c.begin.back(); k < c.syllables.size(); ++k) {
                if (std::string_view(c.text).substr(c.syllables[k].offset, c.syllables[k].length) == s)
                    return;
            }
            c.syllables.push_back({std::uint32_t(c.text.size()), std::uint32_t(s.size())});
            c.text.append(s);
            c.initials.back() |= PinyinMatcher::letterBit(char32_t(s.front()));
            for (char ch : s)
                c.letters.back() |= PinyinMatcher::letterBit(char32_t(ch));
        };
        for (int cls = 0; cls < c.alnumBase + 36; ++cls) {
            c.begin.push_back(std::uint32_t(c.syllables.size()));
            c.initials.push_back(0);
            c.letters.push_back(0);
            if (cls >= c.alnumBase) {
                add(std::string_view(kAlnum + (cls - c.alnumBase), 1));
                continue;
            }
            for (std::uint16_t id : PinyinTable::syllablesOf(cls)) {
                const std::string_view s = PinyinTable::syllable(id);
                add(s);
                if (s.find('v') != std::string_view::npos) {
                    std::string u(s);
                    std::replace(u.begin(), u.end(), 'v', 'u');
                    add(u);
                }
            }
        }
        c.begin.push_back(std::uint32_t(c.syllables.size()));
        return c;
    }();
    return classes;
}

} // namespace

std::uint64_t PinyinMatcher::letterBit(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        return 1ull << (c - U'a');
    if (c >= U'0' && c <= U'9')
        return 1ull << (26 + (c - U'0'));
    return 0;
}

std::vector<PinyinMatcher::Term> PinyinMatcher::parseQuery(QStringView query, bool& unusable)
{
    std::vector<Term> terms;
    Term term;
    bool any = false;
    bool ascii = true;
    bool dash = false;
    bool digit = false;
    const auto finish = [&] {
        if (!any)
            return;
        if (!ascii || !(dash || digit))
            term.code.clear();
        if (term.elements.size() > maxTermLength) {
            term.elements.resize(maxTermLength);
            term.ascii.resize(maxTermLength);
        }
        term.names = !term.elements.empty() && !dash;
        if (term.names || !term.code.empty()) {
            terms.push_back(std::move(term));
        } else {
            unusable = true;
        }
        term = Term();
        any = false;
        ascii = true;
        dash = false;
        digit = false;
    };
    forEachFolded(query, [&](char32_t c) {
        if (c < 128 ? (c == U' ' || (c >= 9 && c <= 13)) : QChar::isSpace(c)) {
            finish();
            return;
        }
        any = true;
        if (c < 128)
            term.code.push_back(upperAscii(char(c)));
        else
            ascii = false;
        dash = dash || c == U'-';
        digit = digit || (c >= U'0' && c <= U'9');
        if (isElement(c)) {
            term.elements.push_back(c);
            term.ascii.push_back(c < 128 ? char(c) : '\0');
            term.letters |= letterBit(c);
        }
    });
    finish();
    return terms;
}

void PinyinMatcher::tokenize(QStringView name, std::vector<char32_t>& characters,
                             std::vector<std::uint16_t>& classes, std::uint64_t& letters,
                             std::uint64_t& initials)
{
    const ReadingClasses& rc = readingClasses();
    forEachFolded(name, [&](char32_t c) {
        if (!isElement(c))
            return;
        const std::uint16_t cls = rc.classOf(c);
        characters.push_back(c);
        classes.push_back(cls);
        letters |= rc.letters[cls];
        initials |= rc.initials[cls];
    });
}

PinyinMatcher::PinyinMatcher(const Term& term, int maxCharacters)
    : m_term(term)
    , m_memo(std::size_t(std::max(maxCharacters, 0) + 1) * (term.elements.size() + 1), 0)
    , m_stride(term.elements.size() + 1)
{}

int PinyinMatcher::match(const char32_t* characters, const std::uint16_t* classes, int count,
                         std::uint64_t nameLetters, std::uint64_t nameInitials)
{
    if (m_term.elements.empty() || (m_term.letters & ~nameLetters) != 0)
        return -1;
    const ReadingClasses& rc = readingClasses();
    const char32_t lead = m_term.elements.front();
    if (m_term.elements.size() == 1 && lead < 128) { // one letter: the initial of some reading
        if ((nameInitials & letterBit(lead)) == 0)
            return -1;
        if ((rc.initials[classes[0]] & letterBit(lead)) != 0)
            return count == 1 ? exact : prefix;
        return infix;
    }
    m_characters = characters;
    m_classes = classes;
    m_count = count;
    ++m_stamp;
    for (int i = 0; i < count; ++i) {
        const bool canStart =
            lead >= 128 ? characters[i] == lead : (rc.initials[classes[i]] & letterBit(lead)) != 0;
        if (!canStart)
            continue;
        if (const int found = step(i, 0))
            return i > 0 ? infix : (found == 2 ? exact : prefix);
    }
    return -1;
}

// 0: the term from element j on does not match from character i on; 1: it does; 2: it does and ends
// with the name's last character. Memoized per (i, j), so polyphonic names cannot blow up.
int PinyinMatcher::step(int i, int j)
{
    const int length = int(m_term.elements.size());
    if (j == length)
        return i == m_count ? 2 : 1;
    if (i == m_count)
        return 0;
    std::uint64_t& cell = m_memo[std::size_t(i) * m_stride + std::size_t(j)];
    if (cell >> 2 == m_stamp)
        return int(cell & 3);
    int best = 0;
    const char32_t c = m_term.elements[std::size_t(j)];
    if (c >= 128) {
        if (m_characters[i] == c)
            best = step(i + 1, j + 1);
    } else {
        // Any non-empty prefix of any reading, longest first, then the next character. ascii is 0 at
        // Chinese characters and after the end, so prefixes stop there.
        const ReadingClasses& rc = readingClasses();
        const char* typed = m_term.ascii.c_str() + j;
        const std::uint16_t cls = m_classes[i];
        for (std::uint32_t s = rc.begin[cls]; s < rc.begin[cls + 1u] && best < 2; ++s) {
            const char* text = rc.text.data() + rc.syllables[s].offset;
            const int len = int(rc.syllables[s].length);
            int common = 0;
            while (common < len && text[common] == typed[common])
                ++common;
            for (int k = common; k > 0 && best < 2; --k)
                best = std::max(best, step(i + 1, j + k));
        }
    }
    cell = (m_stamp << 2) | std::uint64_t(best);
    return best;
}

} // namespace ow
