#pragma once

// IntakeOverviewPage: the clerk's start page: the service item catalog with a filter, and the clerk's
// open cases nearest their deadline. It shows what it is given; choosing an
// item or New intake starts the intake (IntakePage).

#include "core/ServiceItem.h"
#include "ui/OpenCaseRow.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class CatalogFilterModel;
class OpenCasesModel;
class ServiceItemTableModel;

class IntakeOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeOverviewPage(QWidget* parent = nullptr);

    void setCatalog(const QList<ServiceItem>& items);
    void setOpenCases(const QList<OpenCaseRow>& rows); // shown in the order given, nearest deadline first

    int visibleItemCount() const; // rows left after the filter
    QString filterText() const;

public slots:
    void focusFilter(); // Ctrl+F, and where the clerk starts typing

signals:
    // The clerk chose an item of the catalog (double click or Enter in the list).
    void itemActivated(const QString& itemCode);
    void newIntakeRequested();

private:
    QWidget* buildCatalogBox();
    QWidget* buildCasesBox();
    void updateCatalogCount();
    void updateCasesState();

    ServiceItemTableModel* m_catalogModel = nullptr;
    CatalogFilterModel* m_filterModel = nullptr;
    OpenCasesModel* m_casesModel = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_catalogView = nullptr;
    QTableView* m_casesView = nullptr;
    QLabel* m_catalogCount = nullptr;
    QLabel* m_catalogEmpty = nullptr;
    QLabel* m_casesEmpty = nullptr;
    QPushButton* m_newIntake = nullptr;
};

} // namespace ow
