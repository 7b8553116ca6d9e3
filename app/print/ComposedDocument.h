#pragma once

// ComposedDocument: a document laid out on pages, every item placed in layout units; what the
// renderers paint onto a PDF writer, a printer or an image.

#include "print/PageFormat.h"
#include "print/PageItem.h"

#include <QList>
#include <QSizeF>
#include <QString>

namespace ow {

struct ComposedPage
{
    QList<PageItem> items;
};

struct ComposedDocument
{
    QString title;
    PageFormat format;
    qreal pageHeightMm = 0; // the paper's height, or the content's on a continuous roll
    QList<ComposedPage> pages;

    QSizeF pageSizeMm() const { return {format.sizeMm.width(), pageHeightMm}; }
    QPageLayout pageLayout() const { return format.pageLayout(pageHeightMm); }
};

} // namespace ow
