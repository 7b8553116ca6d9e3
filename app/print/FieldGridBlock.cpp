#include "print/FieldGridBlock.h"

#include "print/LayoutUnits.h"
#include "print/PrintLabels.h"
#include "print/TextWrapper.h"

namespace ow {

namespace {

const qreal columnGap = units::mm(5);
const qreal labelGap = units::mm(1.5);
const qreal rowGap = units::mm(0.8);
const qreal qrGap = units::mm(4);

} // namespace

FieldGridBlock::FieldGridBlock(QList<PrintField> fields, int columns)
    : m_fields(std::move(fields))
    , m_columns(std::max(columns, 1))
{}

void FieldGridBlock::setQr(QImage modules, qreal sizeMm, QString caption)
{
    m_qr = std::move(modules);
    m_qrSizeMm = sizeMm;
    m_qrCaption = std::move(caption);
}

QList<FieldGridBlock::Row> FieldGridBlock::rows() const
{
    QList<Row> rows;
    Row current;
    for (const PrintField& field : m_fields) {
        if (field.wide || current.fields.size() == m_columns) {
            if (!current.fields.isEmpty())
                rows.append(std::exchange(current, {}));
        }
        current.fields.append(field);
        if (field.wide)
            rows.append(std::exchange(current, {}));
    }
    if (!current.fields.isEmpty())
        rows.append(current);
    return rows;
}

qreal FieldGridBlock::labelWidth(const LayoutContext& context, qreal columnWidth) const
{
    qreal widest = 0;
    for (const PrintField& field : m_fields)
        widest = std::max(widest, TextWrapper::advance(PrintLabels::labelled(field.label),
                                                       context.style.font(FontRole::Body)));
    return std::min(widest, columnWidth * 0.4);
}

BlockSlice FieldGridBlock::layoutRow(const Row& row, const LayoutContext& context, qreal width,
                                     qreal labelWidth) const
{
    const bool single = row.fields.size() == 1 && row.fields.front().wide;
    const int columns = single ? 1 : m_columns;
    const qreal columnWidth = (width - columnGap * (columns - 1)) / columns;
    BlockSlice slice;
    qreal x = 0;
    for (const PrintField& field : row.fields) {
        const PrintStyle& style = context.style;
        // Label and value share the baseline of their first line.
        const qreal shift = style.baseline(field.valueRole) - style.baseline(FontRole::Body);
        PlacedText label = TextWrapper::place(PrintLabels::labelled(field.label), style, FontRole::Body,
                                              {x, std::max(shift, 0.0)}, labelWidth);
        PlacedText value = TextWrapper::place(field.value, style, field.valueRole,
                                              {x + labelWidth + labelGap, std::max(-shift, 0.0)},
                                              columnWidth - labelWidth - labelGap);
        slice.items << label.items << value.items;
        slice.height = std::max(
            {slice.height, label.height + std::max(shift, 0.0), value.height + std::max(-shift, 0.0)});
        x += columnWidth + columnGap;
    }
    slice.height += rowGap;
    return slice;
}

BlockSlice FieldGridBlock::qrSlice(const LayoutContext& context, qreal x) const
{
    const qreal size = units::mm(m_qrSizeMm);
    BlockSlice slice;
    slice.items.append(QrItem{QRectF(x, 0, size, size), m_qr});
    const PlacedText caption =
        TextWrapper::place(m_qrCaption, context.style, FontRole::Small, {x, size}, size, Qt::AlignHCenter);
    slice.items << caption.items;
    slice.height = size + caption.height;
    return slice;
}

QList<BlockSlice> FieldGridBlock::layout(const LayoutContext& context) const
{
    const bool withQr = !m_qr.isNull();
    const qreal qrWidth = withQr ? units::mm(m_qrSizeMm) + qrGap : 0;
    const qreal width = context.width - qrWidth;
    const qreal columnWidth = (width - columnGap * (m_columns - 1)) / m_columns;
    const qreal labels = labelWidth(context, columnWidth);
    QList<BlockSlice> slices;
    for (const Row& row : rows())
        slices.append(layoutRow(row, context, width, labels));
    if (!withQr)
        return slices;

    // With a QR code the grid is one slice: the rows stacked at the left, the code at the right.
    BlockSlice whole = qrSlice(context, width + qrGap);
    qreal y = 0;
    for (const BlockSlice& slice : std::as_const(slices)) {
        for (const PageItem& item : slice.items)
            whole.items.append(translated(item, {0, y}));
        y += slice.height;
    }
    whole.height = std::max(whole.height, y);
    return {whole};
}

} // namespace ow
