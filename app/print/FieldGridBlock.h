#pragma once

// FieldGridBlock: label/value pairs in one or more columns (values wrap, never clip), optionally with
// a QR code set beside them; the "who, what, when" part of every form.

#include "print/PrintBlock.h"

#include <QImage>
#include <QString>

namespace ow {

struct PrintField
{
    QString label;
    QString value;
    FontRole valueRole = FontRole::Body;
    bool wide = false; // takes a whole row (addresses, item lists)
};

class FieldGridBlock : public PrintBlock
{
public:
    explicit FieldGridBlock(QList<PrintField> fields, int columns = 2);

    // A QR code (one pixel per module) printed at the right, sizeMm square, with a caption below it.
    // The grid then stays in one piece.
    void setQr(QImage modules, qreal sizeMm, QString caption);

    QList<BlockSlice> layout(const LayoutContext& context) const override;

private:
    struct Row
    {
        QList<PrintField> fields;
    };
    QList<Row> rows() const;
    BlockSlice layoutRow(const Row& row, const LayoutContext& context, qreal width, qreal labelWidth) const;
    qreal labelWidth(const LayoutContext& context, qreal columnWidth) const;
    BlockSlice qrSlice(const LayoutContext& context, qreal x) const;

    QList<PrintField> m_fields;
    int m_columns;
    QImage m_qr;
    qreal m_qrSizeMm = 0;
    QString m_qrCaption;
};

} // namespace ow
