#include "print/TableBlock.h"

#include "print/LayoutUnits.h"
#include "print/TextWrapper.h"

namespace ow {

namespace {

const qreal padX = units::mm(1.2);
const qreal padY = units::mm(0.7);
const qreal rule = units::mm(0.2);

} // namespace

TableBlock::TableBlock(QList<TableColumn> columns, QList<QStringList> rows)
    : m_columns(std::move(columns))
    , m_rows(std::move(rows))
{}

void TableBlock::setTotals(QStringList totals)
{
    m_totals = std::move(totals);
}

BlockSlice TableBlock::layoutRow(const QStringList& cells, FontRole role, bool shaded,
                                 const LayoutContext& context, const QList<qreal>& widths) const
{
    BlockSlice slice;
    QList<PageItem> text;
    qreal x = 0;
    qreal height = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QString cell = c < cells.size() ? cells.at(c) : QString();
        const PlacedText placed = TextWrapper::place(cell, context.style, role, {x + padX, padY},
                                                     widths.at(c) - 2 * padX, m_columns.at(c).alignment);
        text << placed.items;
        height = std::max(height, placed.height + 2 * padY);
        x += widths.at(c);
    }
    slice.items.append(BoxItem{QRectF(0, 0, x, height), rule, shaded});
    qreal divider = 0;
    for (qsizetype c = 0; c + 1 < widths.size(); ++c) {
        divider += widths.at(c);
        slice.items.append(LineItem{QLineF(divider, 0, divider, height), rule});
    }
    slice.items << text;
    slice.height = height;
    return slice;
}

QList<BlockSlice> TableBlock::layout(const LayoutContext& context) const
{
    qreal totalWeight = 0;
    for (const TableColumn& column : m_columns)
        totalWeight += column.weight;
    QList<qreal> widths;
    QStringList titles;
    for (const TableColumn& column : m_columns) {
        widths.append(context.width * column.weight / totalWeight);
        titles.append(column.title);
    }

    const FontRole body = m_compact ? FontRole::Compact : FontRole::Body;
    const FontRole strong = m_compact ? FontRole::CompactStrong : FontRole::Strong;
    QList<BlockSlice> slices;
    BlockSlice header = layoutRow(titles, strong, true, context, widths);
    header.repeatOnNewPage = true;
    header.keepWithNext = true;
    slices.append(header);
    for (const QStringList& row : m_rows)
        slices.append(layoutRow(row, body, false, context, widths));
    if (!m_totals.isEmpty())
        slices.append(layoutRow(m_totals, strong, false, context, widths));
    return slices;
}

} // namespace ow
