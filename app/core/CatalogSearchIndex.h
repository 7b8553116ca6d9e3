#pragma once

// CatalogSearchIndex: instant search over the whole service catalog for the item picker: name substring,
// pinyin (full, initials or mixed, every reading of a polyphonic character), item code prefix and a
// department filter, ranked exact > prefix > infix, then by how often this window accepted the item.

#include "core/PinyinMatcher.h"
#include "core/ServiceItem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstdint>
#include <string>
#include <vector>

namespace ow {

class CatalogSearchIndex
{
public:
    enum class MatchKind : std::uint8_t
    {
        Exact = 0,  // the whole name (typed or as pinyin) or the whole code
        Prefix = 1, // the start of the name, of its pinyin, or of the code
        Infix = 2,  // somewhere inside the name or its pinyin
    };

    struct Hit
    {
        int item = -1; // position in the list the index was built from
        MatchKind kind = MatchKind::Infix;
        int usage = 0; // times this window accepted the item (setUsageCounts)
    };

    CatalogSearchIndex() = default;
    // Keeps code, name, department and position of each item; no materials.
    explicit CatalogSearchIndex(const QList<ServiceItem>& items);

    // Item code -> times this window accepted it; unknown codes are ignored, missing items count 0.
    void setUsageCounts(const QHash<QString, int>& timesAccepted);

    // Hits for what the clerk typed, best first: by kind, then usage (descending), then shorter name,
    // then catalog order. At most `limit` hits (all when limit <= 0). `department` empty: all
    // departments, else exactly that department. Query rules:
    //  - whitespace separates terms; an item must match every term; its kind is the best of its terms;
    //  - Chinese characters match themselves; Latin letters match pinyin, each character by a non-empty
    //    prefix of one of its readings: the full reading, its initial (zh/ch/sh as one or two letters) or
    //    anything between; so "yljg", "yiliaojigou", "yiliaojg" and "ylijigou" all find 医疗机构;
    //    polyphonic characters match by any reading (行: xing, hang); ü is typed v or u; full-width
    //    letters and upper case are folded;
    //  - a term with a digit or a hyphen also matches item codes by prefix, ignoring case ("hb-jm-01");
    //    a term with a hyphen matches codes only; letters-only terms are not matched against codes;
    //  - punctuation in names and terms is skipped.
    // An empty query lists the items this window accepted (usage > 0), most used first; a query with
    // no usable character finds nothing. Thread-safe for concurrent searches.
    QList<Hit> search(QStringView query, QStringView department = {}, int limit = 50) const;

    int size() const { return int(m_itemName.size()); }
    QString code(int item) const;
    QString name(int item) const;
    QString department(int item) const;
    QStringList departments() const { return m_departments; }
    int usage(int item) const { return m_usage.at(std::size_t(item)); }
    int distinctNameCount() const { return int(m_nameLength.size()); }
    // Bytes held by the index (its arrays and strings), for the benchmark's bytes-per-item figure.
    std::size_t memoryBytes() const;

private:
    using Term = PinyinMatcher::Term;
    struct Ranked;

    // Per distinct name its kind for the term (-1: no match); with `restrict`, only the names still
    // matching in `kinds` are tried and keep the better of both kinds; with `only`, only those names.
    void matchNames(const Term& term, std::vector<std::int8_t>& kinds, bool restrict,
                    const std::vector<std::uint32_t>* only) const;
    // [first, last) in m_byCode of the codes starting with `prefix` (upper-case ASCII).
    std::pair<std::uint32_t, std::uint32_t> codeRange(const std::string& prefix) const;
    int codeLength(std::uint32_t item) const { return int(m_codeBegin[item + 1] - m_codeBegin[item]); }
    // The best `cap` items of m_byCode[first, last), all starting with a code term of `length` characters.
    QList<Hit> codePrefixHits(std::uint32_t first, std::uint32_t last, int length, std::size_t cap) const;
    Ranked rankOf(std::uint32_t item, int kind) const;
    // Re-sorts the lists kept in rank order (name items, code blocks, used items) after a usage change.
    void sortByUsage();

    // Items
    std::vector<std::uint32_t> m_itemName;       // distinct name id
    std::vector<std::uint32_t> m_itemDepartment; // department id
    std::vector<int> m_usage;
    std::string m_codeText;                 // all codes, as given
    std::vector<std::uint32_t> m_codeBegin; // item -> offset in m_codeText (size + 1 entries)
    std::vector<std::uint32_t> m_byCode;    // items sorted by code, ignoring ASCII case
    std::vector<std::uint32_t> m_codeRank;  // item -> position in m_byCode
    // m_byCode cut in blocks of kCodeBlock positions, each block's items in rank order: a short code
    // prefix ("HB-") merges whole blocks instead of ranking every item it covers.
    static constexpr std::uint32_t kCodeBlock = 256;
    std::vector<std::uint32_t> m_codeBlocks;

    // Distinct names ("四级四同": the same item has the same name at every level)
    QString m_nameText;
    std::vector<std::uint32_t> m_nameTextBegin;  // size + 1
    std::vector<std::uint16_t> m_nameLength;     // in UTF-16 units, for ranking
    std::vector<std::uint32_t> m_nameTokenBegin; // size + 1
    std::vector<char32_t> m_tokenChar;           // folded letters, digits and Han characters of names
    std::vector<std::uint16_t> m_tokenClass;     // reading class of each token
    std::vector<std::uint64_t> m_nameLetters;    // letters any reading of the name uses (a-z, 0-9)
    std::vector<std::uint64_t> m_nameInitials;   // first letters of those readings
    std::vector<std::uint32_t> m_nameItemBegin;  // size + 1
    std::vector<std::uint32_t> m_nameItems;      // per name: its items by usage (desc), then position
    int m_maxTokens = 0;

    // Non-ASCII character -> names containing it, as [first, last) in m_postings
    QHash<char32_t, std::pair<std::uint32_t, std::uint32_t>> m_postingRange;
    std::vector<std::uint32_t> m_postings;

    // Departments
    QStringList m_departments;
    QHash<QString, int> m_departmentIds;
    std::vector<std::uint32_t> m_departmentItemBegin; // size + 1
    std::vector<std::uint32_t> m_departmentItems;

    std::vector<std::uint32_t> m_used; // items with usage > 0, best first
};

} // namespace ow
