#include "ui/ServiceItemTableModel.h"

namespace ow {

ServiceItemTableModel::ServiceItemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ServiceItemTableModel::setItems(const QList<ServiceItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const ServiceItem* ServiceItemTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ServiceItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ServiceItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceItemTableModel::limitText(int workingDays)
{
    if (workingDays == 0)
        return tr("Immediate");
    if (workingDays == 1)
        return tr("1 working day");
    return tr("%1 working days").arg(workingDays);
}

QVariant ServiceItemTableModel::data(const QModelIndex& index, int role) const
{
    const ServiceItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    if (role == CodeRole)
        return item->code;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return item->code;
        case NameColumn:
            return item->name;
        case DepartmentColumn:
            return item->department;
        case PromisedColumn:
            return limitText(item->promisedDays);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == PromisedColumn)
        return tr("Promised: %1 · legal limit: %2")
            .arg(limitText(item->promisedDays), limitText(item->legalDays));
    if (role == Qt::TextAlignmentRole && index.column() == PromisedColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ServiceItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Service item");
    case DepartmentColumn:
        return tr("Department");
    case PromisedColumn:
        return tr("Promised limit");
    default:
        return {};
    }
}

} // namespace ow
