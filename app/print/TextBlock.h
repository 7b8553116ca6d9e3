#pragma once

// TextBlock: a wrapped paragraph (or several, split at '\n') in one font role and alignment, one
// slice per line so that long text flows across pages.

#include "print/PrintBlock.h"

#include <QString>

namespace ow {

class TextBlock : public PrintBlock
{
public:
    explicit TextBlock(QString text, FontRole role = FontRole::Body, Qt::Alignment alignment = Qt::AlignLeft);

    // A heading keeps with what follows it.
    TextBlock& setKeepWithNext(bool keep);
    // Left indent in millimetres (for numbered notes and quoted reasons).
    TextBlock& setIndentMm(qreal indentMm);

    QList<BlockSlice> layout(const LayoutContext& context) const override;

private:
    QString m_text;
    FontRole m_role;
    Qt::Alignment m_alignment;
    bool m_keepWithNext = false;
    qreal m_indentMm = 0;
};

} // namespace ow
