#pragma once

// PageComposer: the layout engine. Flows a document's blocks onto pages of a format: header and
// footer on every page, page breaks between slices, table headers repeated, headings kept with what
// follows, page numbers; on a continuous roll one page exactly as long as the content.

#include "print/ComposedDocument.h"
#include "print/PageFormat.h"
#include "print/PrintDocument.h"
#include "print/PrintStyle.h"

namespace ow {

class PageComposer
{
public:
    explicit PageComposer(PrintStyle style = PrintStyle());

    ComposedDocument compose(const PrintDocument& document, const PageFormat& format) const;
    const PrintStyle& style() const { return m_style; }

private:
    struct Flow
    {
        BlockSlice slice;
        int block = 0;
        qreal spaceBefore = 0;
    };
    QList<Flow> flow(const PrintDocument& document, qreal width) const;
    QList<QList<PageItem>> paginate(const QList<Flow>& flows, qreal pageHeight, qreal* lastY) const;

    PrintStyle m_style;
};

} // namespace ow
