#pragma once

// RegionTable: the GB/T 2260 region codes of the 1980–2019 editions, looked up in O(1) through a flat bit
// table.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

class QIODevice;

namespace ow {

class RegionTable
{
    Q_DECLARE_TR_FUNCTIONS(ow::RegionTable)

public:
    // One code as the data file describes it. Editions are written YYYYMM (e.g. 198012).
    struct Region
    {
        int code = 0;
        QString name;
        int firstRevision = 0;
        int lastRevision = 0;
    };

    static constexpr int codeCount = 1000000; // every 6-digit code, 000000..999999

    // An empty table: knows no code.
    RegionTable();

    // Reads the tab-separated format of resources/data/gb2260-regions.tsv: code, name, first_revision,
    // last_revision; an optional header line; UTF-8. Fails with "regions.format" or "regions.read".
    static Result<RegionTable> fromBytes(const QByteArray& tsv);
    static Result<RegionTable> fromDevice(QIODevice& device);

    // The table compiled into onewindow_core (":/onewindow/data/gb2260-regions.tsv"), loaded once on
    // first use (thread-safe). Immutable data, so a shared instance is fine; code that validates
    // still takes a table as a parameter so tests can pass their own.
    static const RegionTable& builtIn();

    // The code as an int if `text` is exactly six ASCII digits, else -1.
    static int parseCode(QStringView text) noexcept;

    // Whether the code appeared in any edition (abolished codes included). O(1), allocates nothing.
    bool isKnown(int code) const noexcept
    {
        return code >= 0 && code < codeCount && (m_bits[std::size_t(code) >> 6] >> (code & 63)) & 1u;
    }
    // Whether any known code lies in [first, last]; O(1) (for "could this prefix still be a region").
    bool anyKnownBetween(int first, int last) const noexcept;

    // The entry of a known code, or nullptr.
    const Region* find(int code) const noexcept;
    QString name(int code) const;      // empty if unknown
    int firstRevision(int code) const; // 0 if unknown
    int lastRevision(int code) const;  // 0 if unknown
    bool isCurrent(int code) const;    // still in the newest edition of the table
    int newestRevision() const { return m_newestRevision; }

    // The province (xx0000) and prefecture (xxxx00) above a code; empty where the level does not exist
    // in the table (municipalities have no prefecture entry) or is the code itself.
    QString provinceName(int code) const;
    QString prefectureName(int code) const;
    // Province, prefecture and the code's own name joined by spaces, e.g. "湖北省 荆门市 东宝区".
    QString fullName(int code) const;

    int size() const { return int(m_regions.size()); }
    const std::vector<Region>& regions() const { return m_regions; }

private:
    int indexOf(int code) const noexcept;    // rank in m_regions, or -1
    int rankBefore(int code) const noexcept; // how many known codes are < code

    std::vector<Region> m_regions;     // sorted by code
    std::vector<std::uint64_t> m_bits; // bit `code` set when known
    std::vector<std::uint32_t> m_rank; // known codes in the words before each word
    int m_newestRevision = 0;
};

} // namespace ow
