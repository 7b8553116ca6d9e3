#pragma once

// PdfUnicodeMapFixer: repairs the ToUnicode maps Qt 6.4's PDF writer produces for CJK fonts. Qt maps
// each glyph back to the lowest code point that uses it, so an ideograph whose glyph a radical shares
// (门 U+95E8 and ⻔ U+2ED4, 心 and ⼼) is extracted, searched and copied as the radical, and a space as a
// tab. The fixer rewrites those entries in place (same length, so the PDF's offsets stay valid).

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ow {

class PdfUnicodeMapFixer
{
public:
    // The radical-to-ideograph table of one font family, built once per family and cached.
    explicit PdfUnicodeMapFixer(const QString& family);

    // Rewrites the destinations of every bfchar and bfrange entry in pdf; returns how many it changed.
    int fix(QByteArray& pdf) const;

    // The code point text extraction should give for a code point of the map (itself when fine).
    char16_t preferred(char16_t codePoint) const { return m_preferred.value(codePoint, codePoint); }

private:
    int fixSection(QByteArray& pdf, qsizetype begin, qsizetype end, bool ranges) const;

    QHash<char16_t, char16_t> m_preferred;
};

} // namespace ow
