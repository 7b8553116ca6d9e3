#pragma once

// DocumentRenderer: paints composed pages onto any paged device (PDF writer, printer, preview) at the
// device's resolution, or onto an image; text stays text, QR codes are vector squares.

#include "print/ComposedDocument.h"

#include <QImage>

class QPagedPaintDevice;
class QPainter;

namespace ow {

class DocumentRenderer
{
public:
    // Paints every page, calling newPage() between them. The device's page layout must already be
    // the document's (see ComposedDocument::pageLayout) and its origin the paper's corner.
    static bool paint(const ComposedDocument& document, QPagedPaintDevice& device);

    // Paints one page with the painter already scaled to layout units.
    static void paintPage(QPainter& painter, const ComposedPage& page);

    // One page as an image at dpi dots per inch, on white.
    static QImage renderPage(const ComposedDocument& document, int page, qreal dpi);
};

} // namespace ow
