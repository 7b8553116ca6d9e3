#include "print/SignatureBlock.h"

#include "print/LayoutUnits.h"
#include "print/PrintLabels.h"
#include "print/TextWrapper.h"

namespace ow {

namespace {

const qreal minRowHeight = units::mm(11);
const qreal below = units::mm(2); // from the writing line to the bottom of the row
const qreal gap = units::mm(2);
const qreal rule = units::mm(0.25);

// A label and a line to write on after it, in [x, x + width); a label too long for 60 % of the width
// wraps upwards so that its last line sits on the writing line.
struct SigningLine
{
    QList<PageItem> items;
    qreal height = 0;
};

SigningLine signingLine(const QString& label, const LayoutContext& context, qreal x, qreal width)
{
    const qreal labelWidth =
        std::min(TextWrapper::advance(label, context.style.font(FontRole::Body)), width * 0.6);
    const PlacedText placed = TextWrapper::place(label, context.style, FontRole::Body, {x, 0}, labelWidth);
    const qreal lineHeight = context.style.lineHeight(FontRole::Body);
    const qreal height = std::max(minRowHeight, placed.height + below + units::mm(3));
    const qreal baselineY = height - below;
    const qreal shift = baselineY - context.style.baseline(FontRole::Body) - (placed.height - lineHeight);
    SigningLine line;
    for (const PageItem& item : placed.items)
        line.items.append(translated(item, {0, shift}));
    line.items.append(LineItem{QLineF(x + labelWidth + gap, baselineY, x + width, baselineY), rule});
    line.height = height;
    return line;
}

} // namespace

SignatureBlock::SignatureBlock(QStringList signers, bool withDate)
    : m_signers(std::move(signers))
    , m_withDate(withDate)
{}

QList<BlockSlice> SignatureBlock::layout(const LayoutContext& context) const
{
    const QString dateLabel = PrintLabels::labelled(tr("Date"));
    BlockSlice slice;
    for (const QString& signer : m_signers) {
        const qreal nameWidth = m_withDate ? context.width * 0.62 : context.width;
        SigningLine name =
            signingLine(PrintLabels::labelled(signer), context, 0, nameWidth - (m_withDate ? gap * 2 : 0));
        SigningLine date;
        if (m_withDate)
            date = signingLine(dateLabel, context, nameWidth, context.width - nameWidth);
        // Both lines of a row share the writing line of the taller one.
        const qreal height = std::max(name.height, date.height);
        for (const SigningLine* part : {&name, &date}) {
            for (const PageItem& item : part->items)
                slice.items.append(translated(item, {0, slice.height + height - part->height}));
        }
        slice.height += height;
    }
    return {slice};
}

} // namespace ow
