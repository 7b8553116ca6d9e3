#pragma once

// ServiceItemTableModel: the service item catalog as a table (code, name, department, promised limit)
// for the intake's item list.

#include "core/ServiceItem.h"

#include <QAbstractTableModel>
#include <QList>

namespace ow {

class ServiceItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        DepartmentColumn,
        PromisedColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1
    }; // the item code, in every column

    explicit ServiceItemTableModel(QObject* parent = nullptr);

    void setItems(const QList<ServiceItem>& items);
    const QList<ServiceItem>& items() const { return m_items; }
    const ServiceItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Immediate" for 0 (即办), else the count of working days.
    static QString limitText(int workingDays);

private:
    QList<ServiceItem> m_items;
};

} // namespace ow
