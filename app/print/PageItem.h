#pragma once

// PageItem: one thing painted on a composed page (a line of text, a rule, a box, a QR code, an image),
// positioned in layout units; what the layout engine produces and the renderer paints.

#include <QFont>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <variant>

namespace ow {

struct TextItem
{
    QPointF baseline; // left end of the baseline
    QString text;     // one line, already wrapped
    QFont font;       // sized in layout units (see PrintStyle)
};

struct LineItem
{
    QLineF line;
    qreal width = 0; // pen width in layout units
};

struct BoxItem
{
    QRectF rect;
    qreal penWidth = 0;  // 0: no outline
    bool shaded = false; // light grey fill (table headers)
};

struct QrItem
{
    QRectF rect;    // the symbol, quiet zone included
    QImage modules; // one pixel per module, black = set; painted as vector squares
};

struct ImageItem
{
    QRectF rect;
    QImage image;
};

using PageItem = std::variant<TextItem, LineItem, BoxItem, QrItem, ImageItem>;

// The item moved by an offset.
PageItem translated(const PageItem& item, QPointF offset);

} // namespace ow
