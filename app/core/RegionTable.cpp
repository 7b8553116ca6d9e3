#include "core/RegionTable.h"

#include "core/CoreLog.h"

#include <QByteArrayView>
#include <QFile>
#include <QIODevice>
#include <algorithm>
#include <bit>

namespace ow {

namespace {

constexpr std::size_t wordCount = (RegionTable::codeCount + 63) / 64;

// Six ASCII digits (YYYYMM or a region code) as an int, or -1.
int sixDigits(QByteArrayView field)
{
    if (field.size() != 6)
        return -1;
    int value = 0;
    for (char c : field) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isRevision(int yyyymm)
{
    const int month = yyyymm % 100;
    return yyyymm >= 190001 && month >= 1 && month <= 12;
}

} // namespace

RegionTable::RegionTable()
    : m_bits(wordCount, 0)
    , m_rank(wordCount, 0)
{}

Result<RegionTable> RegionTable::fromDevice(QIODevice& device)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        return Result<RegionTable>::failure(
            QStringLiteral("regions.read"),
            tr("The region table cannot be read: %1").arg(device.errorString()));
    }
    return fromBytes(device.readAll());
}

Result<RegionTable> RegionTable::fromBytes(const QByteArray& tsv)
{
    RegionTable table;
    const auto malformed = [](int line, const QString& why) {
        return Result<RegionTable>::failure(
            QStringLiteral("regions.format"),
            tr("Line %1 of the region table is malformed: %2").arg(line).arg(why));
    };

    int lineNumber = 0;
    qsizetype start = 0;
    while (start < tsv.size()) {
        qsizetype end = tsv.indexOf('\n', start);
        if (end < 0)
            end = tsv.size();
        QByteArrayView line(tsv.constData() + start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;

        QByteArrayView fields[4];
        int fieldCount = 0;
        qsizetype from = 0;
        while (fieldCount < 4) {
            const qsizetype tab = line.indexOf('\t', from);
            fields[fieldCount++] = line.sliced(from, (tab < 0 ? line.size() : tab) - from);
            if (tab < 0)
                break;
            from = tab + 1;
            if (fieldCount == 4)
                return malformed(lineNumber, tr("it has more than four columns."));
        }
        if (fieldCount != 4)
            return malformed(lineNumber, tr("it has %1 columns instead of four.").arg(fieldCount));

        const int code = sixDigits(fields[0]);
        if (code < 0) {
            if (lineNumber == 1)
                continue; // the header line
            return malformed(lineNumber, tr("the code is not six digits."));
        }
        const int first = sixDigits(fields[2]);
        const int last = sixDigits(fields[3]);
        if (!isRevision(first) || !isRevision(last) || first > last)
            return malformed(lineNumber,
                             tr("the editions are not two dates YYYYMM, the first before the last."));
        const QString name = QString::fromUtf8(fields[1]).trimmed();
        if (name.isEmpty())
            return malformed(lineNumber, tr("the name is empty."));
        if (table.isKnown(code))
            return malformed(lineNumber, tr("the code %1 appears twice.").arg(code, 6, 10, QLatin1Char('0')));

        table.m_bits[std::size_t(code) >> 6] |= std::uint64_t(1) << (code & 63);
        table.m_regions.push_back(Region{code, name, first, last});
        table.m_newestRevision = std::max(table.m_newestRevision, last);
    }

    std::sort(table.m_regions.begin(), table.m_regions.end(),
              [](const Region& a, const Region& b) { return a.code < b.code; });
    std::uint32_t running = 0;
    for (std::size_t word = 0; word < wordCount; ++word) {
        table.m_rank[word] = running;
        running += std::uint32_t(std::popcount(table.m_bits[word]));
    }
    return table;
}

const RegionTable& RegionTable::builtIn()
{
    static const RegionTable table = [] {
        QFile file(QStringLiteral(":/onewindow/data/gb2260-regions.tsv"));
        Result<RegionTable> loaded = fromDevice(file);
        if (!loaded) {
            // A build defect (the resource is compiled in), not something a user can cause or fix.
            qCCritical(lcCore) << "Built-in region table unusable:" << loaded.error().message;
            return RegionTable();
        }
        qCDebug(lcCore) << "Region table loaded:" << loaded->size() << "codes, newest edition"
                        << loaded->newestRevision();
        return std::move(loaded).value();
    }();
    return table;
}

int RegionTable::parseCode(QStringView text) noexcept
{
    if (text.size() != 6)
        return -1;
    int value = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + (u - u'0');
    }
    return value;
}

int RegionTable::rankBefore(int code) const noexcept
{
    const std::size_t word = std::size_t(code) >> 6;
    const int bit = code & 63;
    const std::uint64_t below = bit == 0 ? 0 : (m_bits[word] & (~std::uint64_t(0) >> (64 - bit)));
    return int(m_rank[word]) + std::popcount(below);
}

bool RegionTable::anyKnownBetween(int first, int last) const noexcept
{
    first = std::max(first, 0);
    last = std::min(last, codeCount - 1);
    if (first > last)
        return false;
    const int upTo = last + 1 < codeCount ? rankBefore(last + 1) : int(m_regions.size());
    return upTo - rankBefore(first) > 0;
}

int RegionTable::indexOf(int code) const noexcept
{
    return isKnown(code) ? rankBefore(code) : -1;
}

const RegionTable::Region* RegionTable::find(int code) const noexcept
{
    const int index = indexOf(code);
    return index < 0 ? nullptr : &m_regions[std::size_t(index)];
}

QString RegionTable::name(int code) const
{
    const Region* region = find(code);
    return region ? region->name : QString();
}

int RegionTable::firstRevision(int code) const
{
    const Region* region = find(code);
    return region ? region->firstRevision : 0;
}

int RegionTable::lastRevision(int code) const
{
    const Region* region = find(code);
    return region ? region->lastRevision : 0;
}

bool RegionTable::isCurrent(int code) const
{
    const Region* region = find(code);
    return region && region->lastRevision == m_newestRevision;
}

QString RegionTable::provinceName(int code) const
{
    const int province = code / 10000 * 10000;
    return province == code ? QString() : name(province);
}

QString RegionTable::prefectureName(int code) const
{
    const int prefecture = code / 100 * 100;
    if (prefecture == code || prefecture % 10000 == 0)
        return QString();
    return name(prefecture);
}

QString RegionTable::fullName(int code) const
{
    const Region* region = find(code);
    if (!region)
        return QString();
    QStringList parts;
    for (const QString& part : {provinceName(code), prefectureName(code), region->name}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace ow
