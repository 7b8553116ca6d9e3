#pragma once

// TextWrapper: breaks text into lines that fit a width (at word boundaries, or anywhere in CJK text
// and long numbers), honouring explicit line breaks; the one place the layout engine measures text.

#include "print/PageItem.h"
#include "print/PrintStyle.h"

#include <QFont>
#include <QList>
#include <QString>

namespace ow {

struct WrappedLine
{
    QString text;
    qreal width = 0; // natural width, trailing spaces excluded
};

// Wrapped text placed in a box: its lines as items and the height they take.
struct PlacedText
{
    QList<PageItem> items;
    qreal height = 0;
};

class TextWrapper
{
public:
    // At least one line, an empty one for empty text.
    static QList<WrappedLine> wrap(const QString& text, const QFont& font, qreal width);
    static qreal advance(const QString& text, const QFont& font);
    // Wraps text to width and places its lines from topLeft down, aligned left, centred or right.
    static PlacedText place(const QString& text, const PrintStyle& style, FontRole role, QPointF topLeft,
                            qreal width, Qt::Alignment alignment = Qt::AlignLeft);
};

} // namespace ow
