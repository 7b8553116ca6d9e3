#include "print/PageComposer.h"

#include "print/LayoutUnits.h"
#include "print/PageFrame.h"
#include "print/PrintLog.h"

#include <limits>

namespace ow {

PageComposer::PageComposer(PrintStyle style)
    : m_style(std::move(style))
{}

QList<PageComposer::Flow> PageComposer::flow(const PrintDocument& document, qreal width) const
{
    const LayoutContext context{m_style, width};
    QList<Flow> flows;
    int index = 0;
    for (const PrintDocument::Entry& entry : document.entries()) {
        bool first = true;
        for (BlockSlice& slice : entry.block->layout(context)) {
            flows.append({std::move(slice), index, first ? units::mm(entry.spaceBeforeMm) : 0.0});
            first = false;
        }
        ++index;
    }
    return flows;
}

QList<QList<PageItem>> PageComposer::paginate(const QList<Flow>& flows, qreal pageHeight, qreal* lastY) const
{
    QList<QList<PageItem>> pages(1);
    qreal y = 0;
    const BlockSlice* tableHeader = nullptr; // the header of the table being flowed, if any
    int headerBlock = -1;
    const auto place = [&](const BlockSlice& slice, qreal top) {
        for (const PageItem& item : slice.items)
            pages.back().append(translated(item, {0, top}));
    };
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const Flow& f = flows.at(i);
        if (f.block != headerBlock)
            tableHeader = nullptr;
        qreal space = y > 0 ? f.spaceBefore : 0;
        // What must fit together: this slice and the chain of slices it keeps with.
        qreal need = space + f.slice.height;
        for (qsizetype j = i; flows.at(j).slice.keepWithNext && j + 1 < flows.size(); ++j)
            need += flows.at(j + 1).spaceBefore + flows.at(j + 1).slice.height;
        need = std::min(need, pageHeight);
        if (y > 0 && y + need > pageHeight) {
            pages.append(QList<PageItem>());
            y = 0;
            space = 0;
            if (tableHeader && !f.slice.repeatOnNewPage) {
                place(*tableHeader, 0);
                y = tableHeader->height;
            }
        }
        if (y + space + f.slice.height > pageHeight)
            qCWarning(lcPrint) << "a block is taller than the page and is cut at its bottom";
        place(f.slice, y + space);
        y += space + f.slice.height;
        if (f.slice.repeatOnNewPage) {
            tableHeader = &f.slice;
            headerBlock = f.block;
        }
    }
    *lastY = y;
    return pages;
}

ComposedDocument PageComposer::compose(const PrintDocument& document, const PageFormat& format) const
{
    const QMarginsF margins(units::mm(format.marginsMm.left()), units::mm(format.marginsMm.top()),
                            units::mm(format.marginsMm.right()), units::mm(format.marginsMm.bottom()));
    const qreal pageWidth = units::mm(format.sizeMm.width());
    const qreal width = pageWidth - margins.left() - margins.right();
    const PageFrame frame(document, m_style, width, format.continuous);

    qreal pageHeight = units::mm(format.sizeMm.height());
    const qreal bodyHeight = format.continuous ? std::numeric_limits<qreal>::max()
                                               : pageHeight - margins.top() - margins.bottom() -
                                                     frame.headerHeight() - frame.footerHeight();
    qreal lastY = 0;
    const QList<QList<PageItem>> bodies = paginate(flow(document, width), bodyHeight, &lastY);
    if (format.continuous)
        pageHeight = margins.top() + frame.headerHeight() + lastY + frame.footerHeight() + margins.bottom();

    ComposedDocument composed{document.title(), format, units::toMm(pageHeight), {}};
    const QPointF headerAt(margins.left(), margins.top());
    const QPointF bodyAt(margins.left(), margins.top() + frame.headerHeight());
    const QPointF footerAt(margins.left(), pageHeight - margins.bottom() - frame.footerHeight());
    for (qsizetype p = 0; p < bodies.size(); ++p) {
        ComposedPage page;
        for (const PageItem& item : frame.header())
            page.items.append(translated(item, headerAt));
        for (const PageItem& item : bodies.at(p))
            page.items.append(translated(item, bodyAt));
        for (const PageItem& item : frame.footer(int(p) + 1, int(bodies.size())))
            page.items.append(translated(item, footerAt));
        composed.pages.append(std::move(page));
    }
    qCDebug(lcPrint) << "composed" << documentKindKey(document.kind()) << "on" << composed.pages.size()
                     << "page(s)";
    return composed;
}

} // namespace ow
