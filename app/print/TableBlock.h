#pragma once

// TableBlock: a ruled table whose cells wrap; it paginates row by row, repeats its header on every
// page it continues on and can end with a totals row.

#include "print/PrintBlock.h"

#include <QString>
#include <QStringList>

namespace ow {

struct TableColumn
{
    QString title;
    qreal weight = 1; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

class TableBlock : public PrintBlock
{
public:
    TableBlock(QList<TableColumn> columns, QList<QStringList> rows);

    // A last row in bold, e.g. {"Total", "", "42"}; missing cells stay empty.
    void setTotals(QStringList totals);
    // 9 pt instead of 10 pt, for long lists.
    void setCompact(bool compact) { m_compact = compact; }

    QList<BlockSlice> layout(const LayoutContext& context) const override;

private:
    BlockSlice layoutRow(const QStringList& cells, FontRole role, bool shaded, const LayoutContext& context,
                         const QList<qreal>& widths) const;

    QList<TableColumn> m_columns;
    QList<QStringList> m_rows;
    QStringList m_totals;
    bool m_compact = false;
};

} // namespace ow
