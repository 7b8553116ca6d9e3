#include "print/TextBlock.h"

#include "print/LayoutUnits.h"
#include "print/TextWrapper.h"

namespace ow {

TextBlock::TextBlock(QString text, FontRole role, Qt::Alignment alignment)
    : m_text(std::move(text))
    , m_role(role)
    , m_alignment(alignment)
{}

TextBlock& TextBlock::setKeepWithNext(bool keep)
{
    m_keepWithNext = keep;
    return *this;
}

TextBlock& TextBlock::setIndentMm(qreal indentMm)
{
    m_indentMm = indentMm;
    return *this;
}

QList<BlockSlice> TextBlock::layout(const LayoutContext& context) const
{
    const qreal indent = units::mm(m_indentMm);
    const qreal lineHeight = context.style.lineHeight(m_role);
    const PlacedText placed =
        TextWrapper::place(m_text, context.style, m_role, {indent, 0}, context.width - indent, m_alignment);
    // One slice per line: the items of line i have their baseline in [i * lineHeight, (i + 1) * lineHeight).
    const int lineCount = qRound(placed.height / lineHeight);
    QList<BlockSlice> slices(lineCount);
    for (const PageItem& item : placed.items) {
        const auto& text = std::get<TextItem>(item);
        const int line = std::clamp(int(text.baseline.y() / lineHeight), 0, lineCount - 1);
        slices[line].items.append(translated(item, {0, -line * lineHeight}));
    }
    for (BlockSlice& slice : slices) {
        slice.height = lineHeight;
        slice.keepWithNext = m_keepWithNext;
    }
    return slices;
}

} // namespace ow
