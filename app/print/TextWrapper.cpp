#include "print/TextWrapper.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

namespace ow {

QList<WrappedLine> TextWrapper::wrap(const QString& text, const QFont& font, qreal width)
{
    QList<WrappedLine> lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        if (paragraph.isEmpty()) {
            lines.append(WrappedLine{});
            continue;
        }
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString part = paragraph.mid(line.textStart(), line.textLength());
            while (!part.isEmpty() && part.back().isSpace())
                part.chop(1);
            lines.append({part, line.naturalTextWidth()});
        }
        layout.endLayout();
    }
    return lines;
}

qreal TextWrapper::advance(const QString& text, const QFont& font)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

PlacedText TextWrapper::place(const QString& text, const PrintStyle& style, FontRole role, QPointF topLeft,
                              qreal width, Qt::Alignment alignment)
{
    const QFont& font = style.font(role);
    const qreal lineHeight = style.lineHeight(role);
    PlacedText placed;
    for (const WrappedLine& line : wrap(text, font, width)) {
        qreal x = topLeft.x();
        if (alignment & Qt::AlignHCenter)
            x += (width - line.width) / 2.0;
        else if (alignment & Qt::AlignRight)
            x += width - line.width;
        if (!line.text.isEmpty())
            placed.items.append(
                TextItem{{x, topLeft.y() + placed.height + style.baseline(role)}, line.text, font});
        placed.height += lineHeight;
    }
    return placed;
}

} // namespace ow
