#include "print/PdfUnicodeMapFixer.h"

#include <QFont>
#include <QList>
#include <QMutex>
#include <QRawFont>

namespace ow {

namespace {

// CJK Radicals Supplement and Kangxi Radicals: code points below the unified ideographs that CJK
// fonts draw with an ideograph's glyph.
constexpr char16_t radicalsFirst = 0x2E80;
constexpr char16_t radicalsLast = 0x2FDF;
constexpr char16_t ideographsFirst = 0x4E00;
constexpr char16_t ideographsLast = 0x9FFF;

QHash<char16_t, char16_t> buildTable(const QString& family)
{
    QHash<char16_t, char16_t> table;
    table.insert(u'\t', u' ');
    QFont font(family);
    font.setPixelSize(100);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return table;
    QString ideographs;
    for (char32_t c = ideographsFirst; c <= ideographsLast; ++c)
        ideographs.append(QChar(char16_t(c)));
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
        if (ideographGlyphs.at(i) != 0 && !byGlyph.contains(ideographGlyphs.at(i)))
            byGlyph.insert(ideographGlyphs.at(i), char16_t(ideographsFirst + i));
    }
    QString radicals;
    for (char32_t c = radicalsFirst; c <= radicalsLast; ++c)
        radicals.append(QChar(char16_t(c)));
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
        const auto found = byGlyph.constFind(radicalGlyphs.at(i));
        if (radicalGlyphs.at(i) != 0 && found != byGlyph.cend())
            table.insert(char16_t(radicalsFirst + i), *found);
    }
    return table;
}

int hexValue(const QByteArray& pdf, qsizetype at)
{
    bool ok = false;
    const int value = pdf.mid(at, 4).toInt(&ok, 16);
    return ok ? value : -1;
}

} // namespace

PdfUnicodeMapFixer::PdfUnicodeMapFixer(const QString& family)
{
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> cache;
    const QMutexLocker lock(&mutex);
    auto found = cache.find(family);
    if (found == cache.end())
        found = cache.insert(family, buildTable(family));
    m_preferred = *found;
}

int PdfUnicodeMapFixer::fixSection(QByteArray& pdf, qsizetype begin, qsizetype end, bool ranges) const
{
    int fixed = 0;
    qsizetype line = begin;
    while (line < end) {
        qsizetype lineEnd = pdf.indexOf('\n', line);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        // Tokens <XXXX> on the line: the first (and for ranges the second) are codes, the rest destinations.
        QList<qsizetype> tokens;
        for (qsizetype at = pdf.indexOf('<', line); at >= 0 && at < lineEnd; at = pdf.indexOf('<', at + 1)) {
            if (at + 5 < lineEnd && pdf.at(at + 5) == '>')
                tokens.append(at + 1);
        }
        const int codes = ranges ? 2 : 1;
        // A range "<a> <b> <dst>" maps b - a + 1 codes from dst on: only a single-code one can change.
        const qsizetype bracket = pdf.indexOf('[', line);
        const bool isArray = bracket >= 0 && bracket < lineEnd;
        const bool spread = ranges && !isArray && tokens.size() == 3 &&
                            hexValue(pdf, tokens.at(0)) != hexValue(pdf, tokens.at(1));
        if (!spread) {
            for (qsizetype t = codes; t < tokens.size(); ++t) {
                const int value = hexValue(pdf, tokens.at(t));
                if (value < 0)
                    continue;
                const char16_t better = preferred(char16_t(value));
                if (better != value) {
                    pdf.replace(tokens.at(t), 4,
                                QByteArray::number(better, 16).rightJustified(4, '0').toUpper());
                    ++fixed;
                }
            }
        }
        line = lineEnd + 1;
    }
    return fixed;
}

int PdfUnicodeMapFixer::fix(QByteArray& pdf) const
{
    int fixed = 0;
    for (const bool ranges : {false, true}) {
        const QByteArray open = ranges ? QByteArrayLiteral("beginbfrange") : QByteArrayLiteral("beginbfchar");
        const QByteArray close = ranges ? QByteArrayLiteral("endbfrange") : QByteArrayLiteral("endbfchar");
        for (qsizetype at = pdf.indexOf(open); at >= 0; at = pdf.indexOf(open, at + 1)) {
            const qsizetype end = pdf.indexOf(close, at);
            if (end < 0)
                break;
            fixed += fixSection(pdf, at + open.size(), end, ranges);
        }
    }
    return fixed;
}

} // namespace ow
