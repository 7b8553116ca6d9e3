#pragma once

// MaterialChecklistModel: the merged materials checklist of an intake as a table, one row per entry
// with its form, whether it is required, the items asking for it and its state. It shows the rows
// it is given; the materials step works out their texts.

#include "ui/intake/MaterialOptions.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ow {

class MaterialChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FormColumn,
        RequiredColumn,
        ItemsColumn,
        StateColumn,
        ColumnCount
    };

    explicit MaterialChecklistModel(QObject* parent = nullptr);

    // Replaces the rows; when the names are the same as before the rows are updated in place, so that
    // the view keeps its current row and scroll position.
    void setRows(const QList<MaterialRow>& rows);
    const QList<MaterialRow>& rows() const { return m_rows; }
    int rowOf(const QString& name) const; // -1 when no entry has that name

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MaterialRow> m_rows;
};

} // namespace ow
