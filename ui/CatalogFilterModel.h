#pragma once

// CatalogFilterModel: narrows the item catalog to the rows whose name or code contains the typed
// text (case-insensitive); pinyin-initial search replaces it in a later release.

#include <QSortFilterProxyModel>

namespace ow {

class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
};

} // namespace ow
