#pragma once

// PrintBlock: one block of a document's flow (text, a field grid, a table, signature lines). A block
// lays itself out for a width as slices: units that are never split across pages.

#include "print/PageItem.h"
#include "print/PrintStyle.h"

#include <QList>

namespace ow {

struct LayoutContext
{
    const PrintStyle& style;
    qreal width = 0; // content width in layout units
};

struct BlockSlice
{
    qreal height = 0;
    QList<PageItem> items;        // relative to the slice's top-left corner
    bool repeatOnNewPage = false; // a table header: repeated when its table continues on a new page
    bool keepWithNext = false;    // a heading: never the last thing on a page
};

class PrintBlock
{
public:
    virtual ~PrintBlock() = default;
    virtual QList<BlockSlice> layout(const LayoutContext& context) const = 0;
};

} // namespace ow
