#include "core/CatalogSearchIndex.h"

#include "core/PinyinMatcher.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>
#include <string_view>
#include <tuple>

namespace ow {

namespace {

char upperAscii(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 32) : c;
}

} // namespace

struct CatalogSearchIndex::Ranked
{
    std::uint8_t kind;
    int usage;
    std::uint16_t length;
    std::uint32_t item;

    bool operator<(const Ranked& o) const
    {
        return std::tie(kind, o.usage, length, item) < std::tie(o.kind, usage, o.length, o.item);
    }
};

CatalogSearchIndex::CatalogSearchIndex(const QList<ServiceItem>& items)
{
    const std::size_t count = std::size_t(items.size());
    m_itemName.reserve(count);
    m_itemDepartment.reserve(count);
    m_codeBegin.reserve(count + 1);
    m_codeBegin.push_back(0);
    m_nameTextBegin.push_back(0);
    m_nameTokenBegin.push_back(0);

    QHash<QString, std::uint32_t> nameIds;
    for (const ServiceItem& item : items) {
        auto department = m_departmentIds.constFind(item.department);
        if (department == m_departmentIds.constEnd()) {
            department = m_departmentIds.insert(item.department, int(m_departments.size()));
            m_departments << item.department;
        }
        m_itemDepartment.push_back(std::uint32_t(*department));

        auto name = nameIds.constFind(item.name);
        if (name == nameIds.constEnd()) {
            name = nameIds.insert(item.name, std::uint32_t(m_nameLength.size()));
            m_nameText += item.name;
            m_nameTextBegin.push_back(std::uint32_t(m_nameText.size()));
            m_nameLength.push_back(std::uint16_t(std::min<qsizetype>(item.name.size(), 0xFFFF)));
            std::uint64_t letters = 0;
            std::uint64_t initials = 0;
            PinyinMatcher::tokenize(item.name, m_tokenChar, m_tokenClass, letters, initials);
            m_nameTokenBegin.push_back(std::uint32_t(m_tokenChar.size()));
            m_nameLetters.push_back(letters);
            m_nameInitials.push_back(initials);
            m_maxTokens = std::max(m_maxTokens, int(m_nameTokenBegin.back() - m_nameTokenBegin.end()[-2]));
        }
        m_itemName.push_back(*name);

        const QByteArray code = item.code.toUtf8();
        m_codeText.append(code.constData(), std::size_t(code.size()));
        m_codeBegin.push_back(std::uint32_t(m_codeText.size()));
    }
    m_usage.assign(count, 0);

    // Non-ASCII character -> the names that contain it.
    std::vector<std::pair<char32_t, std::uint32_t>> pairs;
    for (std::uint32_t name = 0; name < m_nameLength.size(); ++name) {
        for (std::uint32_t t = m_nameTokenBegin[name]; t < m_nameTokenBegin[name + 1]; ++t) {
            if (m_tokenChar[t] >= 128)
                pairs.emplace_back(m_tokenChar[t], name);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    m_postings.reserve(pairs.size());
    for (std::size_t k = 0; k < pairs.size();) {
        const std::uint32_t first = std::uint32_t(m_postings.size());
        const char32_t c = pairs[k].first;
        for (; k < pairs.size() && pairs[k].first == c; ++k)
            m_postings.push_back(pairs[k].second);
        m_postingRange.insert(c, {first, std::uint32_t(m_postings.size())});
    }

    // Codes sorted ignoring ASCII case, for prefix ranges.
    m_byCode.resize(count);
    std::iota(m_byCode.begin(), m_byCode.end(), 0u);
    const auto folded = [this](std::uint32_t item) {
        return std::string_view(m_codeText)
            .substr(m_codeBegin[item], m_codeBegin[item + 1] - m_codeBegin[item]);
    };
    std::sort(m_byCode.begin(), m_byCode.end(), [&](std::uint32_t a, std::uint32_t b) {
        const std::string_view x = folded(a);
        const std::string_view y = folded(b);
        const int order = [&] {
            for (std::size_t k = 0; k < std::min(x.size(), y.size()); ++k) {
                if (upperAscii(x[k]) != upperAscii(y[k]))
                    return upperAscii(x[k]) < upperAscii(y[k]) ? -1 : 1;
            }
            return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
        }();
        return order != 0 ? order < 0 : a < b;
    });
    m_codeRank.resize(count);
    for (std::uint32_t rank = 0; rank < count; ++rank)
        m_codeRank[m_byCode[rank]] = rank;

    // Department -> items and name -> items, in catalog order (counting sort).
    const auto group = [count](const std::vector<std::uint32_t>& key, std::size_t keys,
                               std::vector<std::uint32_t>& begin, std::vector<std::uint32_t>& list) {
        begin.assign(keys + 1, 0);
        for (std::uint32_t k : key)
            ++begin[k + 1];
        std::partial_sum(begin.begin(), begin.end(), begin.begin());
        list.resize(count);
        std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
        for (std::uint32_t item = 0; item < count; ++item)
            list[next[key[item]]++] = item;
    };
    group(m_itemDepartment, std::size_t(m_departments.size()), m_departmentItemBegin, m_departmentItems);
    group(m_itemName, m_nameLength.size(), m_nameItemBegin, m_nameItems);
    sortByUsage();
}

void CatalogSearchIndex::setUsageCounts(const QHash<QString, int>& timesAccepted)
{
    for (std::uint32_t item = 0; item < m_usage.size(); ++item)
        m_usage[item] = std::max(0, timesAccepted.value(code(int(item)), 0));
    sortByUsage();
}

CatalogSearchIndex::Ranked CatalogSearchIndex::rankOf(std::uint32_t item, int kind) const
{
    return Ranked{std::uint8_t(kind), m_usage[item], m_nameLength[m_itemName[item]], item};
}

void CatalogSearchIndex::sortByUsage()
{
    const auto byRank = [this](std::uint32_t a, std::uint32_t b) { return rankOf(a, 0) < rankOf(b, 0); };
    for (std::size_t name = 0; name < m_nameLength.size(); ++name)
        std::sort(m_nameItems.begin() + m_nameItemBegin[name],
                  m_nameItems.begin() + m_nameItemBegin[name + 1], byRank);
    m_codeBlocks = m_byCode;
    for (std::size_t first = 0; first < m_codeBlocks.size(); first += kCodeBlock) {
        std::sort(m_codeBlocks.begin() + std::ptrdiff_t(first),
                  m_codeBlocks.begin() +
                      std::ptrdiff_t(std::min<std::size_t>(first + kCodeBlock, m_codeBlocks.size())),
                  byRank);
    }
    m_used.clear();
    for (std::uint32_t item = 0; item < m_usage.size(); ++item) {
        if (m_usage[item] > 0)
            m_used.push_back(item);
    }
    std::sort(m_used.begin(), m_used.end(), byRank);
}

void CatalogSearchIndex::matchNames(const Term& term, std::vector<std::int8_t>& kinds, bool restrict,
                                    const std::vector<std::uint32_t>* only) const
{
    const std::uint32_t names = std::uint32_t(m_nameLength.size());
    if (!restrict)
        kinds.assign(names, -1);
    if (!term.names) {
        std::fill(kinds.begin(), kinds.end(), std::int8_t(-1));
        return;
    }
    PinyinMatcher matcher(term, m_maxTokens);
    const auto visit = [&](std::uint32_t name) {
        if (restrict && kinds[name] < 0)
            return;
        const std::uint32_t first = m_nameTokenBegin[name];
        const int kind =
            matcher.match(m_tokenChar.data() + first, m_tokenClass.data() + first,
                          int(m_nameTokenBegin[name + 1] - first), m_nameLetters[name], m_nameInitials[name]);
        kinds[name] = std::int8_t(kind < 0 ? -1 : (restrict ? std::min<int>(kinds[name], kind) : kind));
    };
    if (only) {
        for (std::uint32_t name : *only)
            visit(name);
        return;
    }
    // With Chinese characters in the term only the names containing the rarest of them can match.
    const std::pair<std::uint32_t, std::uint32_t>* rarest = nullptr;
    for (char32_t c : term.elements) {
        if (c < 128)
            continue;
        const auto range = m_postingRange.constFind(c);
        if (range == m_postingRange.constEnd()) {
            std::fill(kinds.begin(), kinds.end(), std::int8_t(-1));
            return;
        }
        if (!rarest || range->second - range->first < rarest->second - rarest->first)
            rarest = &range.value();
    }
    if (!rarest) {
        for (std::uint32_t name = 0; name < names; ++name)
            visit(name);
        return;
    }
    if (restrict) { // names without the character are out
        std::vector<std::int8_t> kept(names, -1);
        for (std::uint32_t k = rarest->first; k < rarest->second; ++k)
            kept[m_postings[k]] = kinds[m_postings[k]];
        kinds.swap(kept);
    }
    for (std::uint32_t k = rarest->first; k < rarest->second; ++k)
        visit(m_postings[k]);
}

std::pair<std::uint32_t, std::uint32_t> CatalogSearchIndex::codeRange(const std::string& prefix) const
{
    // -1, 0, 1: the code's first prefix.size() characters (case folded) against the prefix.
    const auto compare = [&](std::uint32_t item) {
        const std::size_t length = m_codeBegin[item + 1] - m_codeBegin[item];
        const char* code = m_codeText.data() + m_codeBegin[item];
        for (std::size_t k = 0; k < prefix.size(); ++k) {
            if (k == length)
                return -1;
            const char c = upperAscii(code[k]);
            if (c != prefix[k])
                return c < prefix[k] ? -1 : 1;
        }
        return 0;
    };
    const auto first = std::partition_point(m_byCode.begin(), m_byCode.end(),
                                            [&](std::uint32_t item) { return compare(item) < 0; });
    const auto last =
        std::partition_point(first, m_byCode.end(), [&](std::uint32_t item) { return compare(item) == 0; });
    return {std::uint32_t(first - m_byCode.begin()), std::uint32_t(last - m_byCode.begin())};
}

QList<CatalogSearchIndex::Hit> CatalogSearchIndex::search(QStringView query, QStringView department,
                                                          int limit) const
{
    const std::size_t cap = limit > 0 ? std::size_t(limit) : std::numeric_limits<std::size_t>::max();
    int wantedDepartment = -1;
    if (!department.isEmpty()) {
        const auto found = m_departmentIds.constFind(department.toString());
        if (found == m_departmentIds.constEnd())
            return {};
        wantedDepartment = *found;
    }
    QList<Hit> hits;
    bool unusable = false;
    const std::vector<Term> terms = PinyinMatcher::parseQuery(query, unusable);
    if (terms.empty()) {
        if (unusable)
            return {};
        for (std::uint32_t item : m_used) {
            if (std::size_t(hits.size()) >= cap)
                break;
            if (wantedDepartment < 0 || m_itemDepartment[item] == std::uint32_t(wantedDepartment))
                hits.append({int(item), MatchKind::Prefix, m_usage[item]});
        }
        return hits;
    }
    const auto ranked = [this](std::uint32_t item, int kind) { return rankOf(item, kind); };

    // With a department filter only the names of its items are tried.
    std::vector<std::uint32_t> departmentNames;
    if (wantedDepartment >= 0) {
        for (std::uint32_t k = m_departmentItemBegin[std::size_t(wantedDepartment)];
             k < m_departmentItemBegin[std::size_t(wantedDepartment) + 1]; ++k)
            departmentNames.push_back(m_itemName[m_departmentItems[k]]);
        std::sort(departmentNames.begin(), departmentNames.end());
        departmentNames.erase(std::unique(departmentNames.begin(), departmentNames.end()),
                              departmentNames.end());
    }
    const std::vector<std::uint32_t>* only = wantedDepartment >= 0 ? &departmentNames : nullptr;

    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges(terms.size(), {0, 0});
    bool codes = false;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        if (!terms[t].code.empty())
            ranges[t] = codeRange(terms[t].code);
        codes = codes || ranges[t].first < ranges[t].second;
    }

    std::priority_queue<Ranked> best; // the `cap` best so far, worst on top
    const auto offer = [&](const Ranked& r) {
        if (best.size() < cap) {
            best.push(r);
        } else if (r < best.top()) {
            best.pop();
            best.push(r);
        }
    };
    const auto drain = [&] {
        std::vector<Ranked> sorted;
        sorted.reserve(best.size());
        for (; !best.empty(); best.pop())
            sorted.push_back(best.top());
        for (auto r = sorted.rbegin(); r != sorted.rend(); ++r)
            hits.append({int(r->item), MatchKind(r->kind), r->usage});
        return hits;
    };

    if (!codes) {
        // Names only: every term must match the name; the kind is the best of the terms'.
        std::vector<std::int8_t> kinds;
        for (std::size_t t = 0; t < terms.size(); ++t)
            matchNames(terms[t], kinds, t > 0, only);
        if (wantedDepartment >= 0) {
            for (std::uint32_t k = m_departmentItemBegin[std::size_t(wantedDepartment)];
                 k < m_departmentItemBegin[std::size_t(wantedDepartment) + 1]; ++k) {
                const std::uint32_t item = m_departmentItems[k];
                if (kinds[m_itemName[item]] >= 0)
                    offer(ranked(item, kinds[m_itemName[item]]));
            }
            return drain();
        }
        // Merge the names' item lists (each already by usage, then position) through a heap.
        struct Cursor
        {
            Ranked key;
            std::uint32_t next;
            std::uint32_t end;
            bool operator<(const Cursor& o) const { return o.key < key; } // min-heap
        };
        std::vector<Cursor> cursors;
        for (std::uint32_t name = 0; name < kinds.size(); ++name) {
            if (kinds[name] >= 0 && m_nameItemBegin[name] < m_nameItemBegin[name + 1]) {
                const std::uint32_t first = m_nameItemBegin[name];
                cursors.push_back(
                    {ranked(m_nameItems[first], kinds[name]), first + 1, m_nameItemBegin[name + 1]});
            }
        }
        std::priority_queue<Cursor> heap(std::less<Cursor>(), std::move(cursors));
        while (!heap.empty() && std::size_t(hits.size()) < cap) {
            Cursor cursor = heap.top();
            heap.pop();
            hits.append({int(cursor.key.item), MatchKind(cursor.key.kind), cursor.key.usage});
            if (cursor.next < cursor.end) {
                cursor.key = ranked(m_nameItems[cursor.next++], cursor.key.kind);
                heap.push(cursor);
            }
        }
        return hits;
    }

    // Some term matches codes: per term its name kinds and code range; an item matches a term by either.
    std::vector<std::vector<std::int8_t>> kinds(terms.size());
    for (std::size_t t = 0; t < terms.size(); ++t) {
        if (terms[t].names)
            matchNames(terms[t], kinds[t], false, only);
    }
    if (terms.size() == 1 && wantedDepartment < 0 &&
        std::none_of(kinds[0].begin(), kinds[0].end(), [](std::int8_t kind) { return kind >= 0; }))
        return codePrefixHits(ranges[0].first, ranges[0].second, int(terms[0].code.size()), cap);
    const auto kindOf = [&](std::uint32_t item) {
        int overall = int(MatchKind::Infix) + 1;
        for (std::size_t t = 0; t < terms.size(); ++t) {
            int kind = kinds[t].empty() ? -1 : kinds[t][m_itemName[item]];
            const std::uint32_t rank = m_codeRank[item];
            if (rank >= ranges[t].first && rank < ranges[t].second) {
                const int byCode =
                    int(codeLength(item) == int(terms[t].code.size()) ? MatchKind::Exact : MatchKind::Prefix);
                kind = kind < 0 ? byCode : std::min(kind, byCode);
            }
            if (kind < 0)
                return -1;
            overall = std::min(overall, kind);
        }
        return overall;
    };
    const auto consider = [&](std::uint32_t item) {
        if (const int kind = kindOf(item); kind >= 0)
            offer(ranked(item, kind));
    };
    if (wantedDepartment >= 0) {
        for (std::uint32_t k = m_departmentItemBegin[std::size_t(wantedDepartment)];
             k < m_departmentItemBegin[std::size_t(wantedDepartment) + 1]; ++k)
            consider(m_departmentItems[k]);
        return drain();
    }
    // Enumerate the candidates of the most selective term only.
    std::size_t chosen = 0;
    std::size_t fewest = std::numeric_limits<std::size_t>::max();
    for (std::size_t t = 0; t < terms.size(); ++t) {
        std::size_t candidates = ranges[t].second - ranges[t].first;
        for (std::uint32_t name = 0; name < kinds[t].size(); ++name) {
            if (kinds[t][name] >= 0)
                candidates += m_nameItemBegin[name + 1] - m_nameItemBegin[name];
        }
        if (candidates < fewest) {
            fewest = candidates;
            chosen = t;
        }
    }
    for (std::uint32_t rank = ranges[chosen].first; rank < ranges[chosen].second; ++rank)
        consider(m_byCode[rank]);
    for (std::uint32_t name = 0; name < kinds[chosen].size(); ++name) {
        if (kinds[chosen][name] < 0)
            continue;
        for (std::uint32_t k = m_nameItemBegin[name]; k < m_nameItemBegin[name + 1]; ++k) {
            const std::uint32_t rank = m_codeRank[m_nameItems[k]];
            if (rank < ranges[chosen].first || rank >= ranges[chosen].second) // not seen through its code
                consider(m_nameItems[k]);
        }
    }
    return drain();
}

QList<CatalogSearchIndex::Hit> CatalogSearchIndex::codePrefixHits(std::uint32_t first, std::uint32_t last,
                                                                  int length, std::size_t cap) const
{
    QList<Hit> hits;
    // Codes equal to the term (ignoring case) sort first in the range.
    std::vector<Ranked> exact;
    for (; first < last && codeLength(m_byCode[first]) == length; ++first)
        exact.push_back(rankOf(m_byCode[first], int(MatchKind::Exact)));
    std::sort(exact.begin(), exact.end());
    for (const Ranked& r : exact) {
        if (std::size_t(hits.size()) < cap)
            hits.append({int(r.item), MatchKind::Exact, r.usage});
    }
    // The rest: whole blocks are already in rank order; the loose ends are sorted here; a heap merges.
    std::vector<std::uint32_t> loose;
    struct Cursor
    {
        Ranked key;
        const std::uint32_t* next;
        const std::uint32_t* end;
        bool operator<(const Cursor& o) const { return o.key < key; } // min-heap
    };
    std::vector<Cursor> cursors;
    const auto addList = [&](const std::uint32_t* begin, const std::uint32_t* end) {
        if (begin < end)
            cursors.push_back({rankOf(*begin, int(MatchKind::Prefix)), begin + 1, end});
    };
    const std::uint32_t firstBlock = (first + kCodeBlock - 1) / kCodeBlock;
    const std::uint32_t lastBlock = last / kCodeBlock;
    if (last - first < 4 * kCodeBlock || firstBlock >= lastBlock) {
        loose.assign(m_byCode.begin() + first, m_byCode.begin() + last);
    } else {
        loose.assign(m_byCode.begin() + first, m_byCode.begin() + firstBlock * kCodeBlock);
        loose.insert(loose.end(), m_byCode.begin() + lastBlock * kCodeBlock, m_byCode.begin() + last);
        for (std::uint32_t block = firstBlock; block < lastBlock; ++block)
            addList(m_codeBlocks.data() + block * kCodeBlock, m_codeBlocks.data() + (block + 1) * kCodeBlock);
    }
    std::sort(loose.begin(), loose.end(),
              [this](std::uint32_t a, std::uint32_t b) { return rankOf(a, 0) < rankOf(b, 0); });
    addList(loose.data(), loose.data() + loose.size());
    std::priority_queue<Cursor> heap(std::less<Cursor>(), std::move(cursors));
    while (!heap.empty() && std::size_t(hits.size()) < cap) {
        Cursor cursor = heap.top();
        heap.pop();
        hits.append({int(cursor.key.item), MatchKind::Prefix, cursor.key.usage});
        if (cursor.next < cursor.end) {
            cursor.key = rankOf(*cursor.next++, int(MatchKind::Prefix));
            heap.push(cursor);
        }
    }
    return hits;
}

QString CatalogSearchIndex::code(int item) const
{
    const std::size_t i = std::size_t(item);
    return QString::fromUtf8(m_codeText.data() + m_codeBegin.at(i),
                             qsizetype(m_codeBegin.at(i + 1) - m_codeBegin[i]));
}

QString CatalogSearchIndex::name(int item) const
{
    const std::uint32_t name = m_itemName.at(std::size_t(item));
    return m_nameText.mid(m_nameTextBegin[name], m_nameTextBegin[name + 1] - m_nameTextBegin[name]);
}

QString CatalogSearchIndex::department(int item) const
{
    return m_departments.at(qsizetype(m_itemDepartment.at(std::size_t(item))));
}

std::size_t CatalogSearchIndex::memoryBytes() const
{
    const auto bytes = [](const auto& vector) { return vector.capacity() * sizeof(vector[0]); };
    std::size_t total = sizeof(*this);
    total += bytes(m_itemName) + bytes(m_itemDepartment) + bytes(m_usage) + m_codeText.capacity() +
             bytes(m_codeBegin) + bytes(m_byCode) + bytes(m_codeRank) + bytes(m_codeBlocks);
    total += std::size_t(m_nameText.capacity()) * sizeof(QChar) + bytes(m_nameTextBegin) +
             bytes(m_nameLength) + bytes(m_nameTokenBegin) + bytes(m_tokenChar) + bytes(m_tokenClass) +
             bytes(m_nameLetters) + bytes(m_nameInitials) + bytes(m_nameItemBegin) + bytes(m_nameItems);
    // QHash: key, value and about two pointers of bucket overhead per entry.
    total += std::size_t(m_postingRange.capacity()) * (sizeof(char32_t) + 2 * sizeof(std::uint32_t) + 16) +
             bytes(m_postings);
    for (const QString& department : m_departments)
        total += std::size_t(department.capacity()) * sizeof(QChar) + 2 * sizeof(QString) + 16;
    total += bytes(m_departmentItemBegin) + bytes(m_departmentItems) + bytes(m_used);
    return total;
}

} // namespace ow
