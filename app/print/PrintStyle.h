#pragma once

// PrintStyle: the fonts of the printed documents by role, sized in layout units, with their line
// metrics; one family (a CJK one) for everything so that PDFs embed a single font.

#include <QFont>
#include <QString>
#include <array>

namespace ow {

enum class FontRole
{
    Title,   // the document's title
    Heading, // section headings, the hall name
    Body,    // values and paragraphs
    Strong,  // emphasised body text, table headers, totals
    Small,   // footers, captions, notes
    Large,   // the acceptance number on a receipt
    Huge,    // the number on a queue ticket
    Compact, // dense tables (dispatch slips)
    CompactStrong,
};

class PrintStyle
{
public:
    explicit PrintStyle(const QString& family = QStringLiteral("Noto Sans CJK SC"));

    const QFont& font(FontRole role) const { return metrics(role).font; }
    // The height of one line of text, and where its baseline lies below the line's top.
    qreal lineHeight(FontRole role) const { return metrics(role).lineHeight; }
    qreal baseline(FontRole role) const { return metrics(role).baseline; }
    QString family() const { return m_family; }

private:
    struct Metrics
    {
        QFont font;
        qreal lineHeight = 0;
        qreal baseline = 0;
    };
    const Metrics& metrics(FontRole role) const { return m_roles.at(static_cast<size_t>(role)); }

    QString m_family;
    std::array<Metrics, 9> m_roles;
};

} // namespace ow
