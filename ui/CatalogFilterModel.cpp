#include "ui/CatalogFilterModel.h"

#include "ui/ServiceItemTableModel.h"

namespace ow {

CatalogFilterModel::CatalogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void CatalogFilterModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel* source = sourceModel();
    for (int column : {int(ServiceItemTableModel::NameColumn), int(ServiceItemTableModel::CodeColumn)}) {
        const QString value = source->index(sourceRow, column, sourceParent).data().toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ow
