#include "ui/IntakeOverviewPage.h"

#include "ui/CatalogFilterModel.h"
#include "ui/OpenCasesModel.h"
#include "ui/ServiceItemTableModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QLabel* makeNote(QWidget* parent, const QString& name, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); padding: 24px; }"));
    return label;
}

} // namespace

IntakeOverviewPage::IntakeOverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_catalogModel(new ServiceItemTableModel(this))
    , m_filterModel(new CatalogFilterModel(this))
    , m_casesModel(new OpenCasesModel(this))
{
    setObjectName(QStringLiteral("page.intakeOverview"));
    m_filterModel->setSourceModel(m_catalogModel);

    auto* title = new QLabel(tr("Intake"), this);
    title->setStyleSheet(QStringLiteral("QLabel { font-size: 18pt; font-weight: 600; }"));
    m_newIntake = new QPushButton(tr("New intake (Ctrl+N)"), this);
    m_newIntake->setObjectName(QStringLiteral("newIntake"));
    m_newIntake->setToolTip(tr("Identify the applicant, choose the items, capture the materials and accept; "
                               "F2 reads the ID card."));
    connect(m_newIntake, &QPushButton::clicked, this, &IntakeOverviewPage::newIntakeRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_newIntake);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildCatalogBox());
    splitter->addWidget(buildCasesBox());
    splitter->setStretchFactor(0, 2); // the open cases carry more columns than the catalog
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &IntakeOverviewPage::focusFilter);
    updateCatalogCount();
    updateCasesState();
}

QWidget* IntakeOverviewPage::buildCatalogBox()
{
    auto* box = new QGroupBox(tr("Service item catalog"), this);
    m_filterEdit = new QLineEdit(box);
    m_filterEdit->setObjectName(QStringLiteral("catalogFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by item name or code (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_catalogCount = new QLabel(box);
    m_catalogCount->setObjectName(QStringLiteral("catalogCount"));

    m_catalogView = makeTable(box, QStringLiteral("catalogView"));
    m_catalogView->setModel(m_filterModel);
    QHeaderView* columns = m_catalogView->horizontalHeader();
    columns->setSectionResizeMode(ServiceItemTableModel::CodeColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ServiceItemTableModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ServiceItemTableModel::DepartmentColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ServiceItemTableModel::PromisedColumn, QHeaderView::ResizeToContents);
    m_catalogEmpty = makeNote(box, QStringLiteral("catalogEmpty"),
                              tr("The catalog is empty. It is filled from the central server, or from the "
                                 "demo data when OneWindow runs with --demo."));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_catalogCount);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(filterRow);
    layout->addWidget(m_catalogView, 1);
    layout->addWidget(m_catalogEmpty, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filterModel->setFilterText(text);
        updateCatalogCount();
    });
    // Enter in the filter picks the first match, as the clerk expects after typing.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filterModel->rowCount() > 0)
            emit itemActivated(m_filterModel->index(0, 0).data(ServiceItemTableModel::CodeRole).toString());
    });
    connect(m_catalogView, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit itemActivated(index.data(ServiceItemTableModel::CodeRole).toString());
    });
    return box;
}

QWidget* IntakeOverviewPage::buildCasesBox()
{
    auto* box = new QGroupBox(tr("My open cases, nearest deadline first"), this);
    m_casesView = makeTable(box, QStringLiteral("openCasesView"));
    m_casesView->setModel(m_casesModel);
    m_casesView->setAlternatingRowColors(false); // the row colours carry the urgency
    QHeaderView* columns = m_casesView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Enterprise names are long: the applicant column keeps a fixed share and elides the rest.
    columns->setSectionResizeMode(OpenCasesModel::ApplicantColumn, QHeaderView::Interactive);
    columns->resizeSection(OpenCasesModel::ApplicantColumn, 150);
    columns->setSectionResizeMode(OpenCasesModel::ItemColumn, QHeaderView::Stretch);
    m_casesEmpty = makeNote(box, QStringLiteral("openCasesEmpty"), tr("No open cases."));
    auto* legend = new QLabel(tr("Yellow: due soon · Red: overdue"), box);
    legend->setObjectName(QStringLiteral("openCasesLegend"));

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_casesView, 1);
    layout->addWidget(m_casesEmpty, 1);
    layout->addWidget(legend);
    return box;
}

void IntakeOverviewPage::setCatalog(const QList<ServiceItem>& items)
{
    m_catalogModel->setItems(items);
    updateCatalogCount();
}

void IntakeOverviewPage::setOpenCases(const QList<OpenCaseRow>& rows)
{
    m_casesModel->setRows(rows);
    updateCasesState();
}

int IntakeOverviewPage::visibleItemCount() const
{
    return m_filterModel->rowCount();
}

QString IntakeOverviewPage::filterText() const
{
    return m_filterEdit->text();
}

void IntakeOverviewPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void IntakeOverviewPage::updateCatalogCount()
{
    const int total = m_catalogModel->rowCount();
    const int shown = m_filterModel->rowCount();
    m_catalogCount->setText(shown == total ? tr("%1 items").arg(total)
                                           : tr("%1 of %2 items").arg(shown).arg(total));
    m_catalogView->setVisible(total > 0);
    m_catalogEmpty->setVisible(total == 0);
    m_filterEdit->setEnabled(total > 0);
}

void IntakeOverviewPage::updateCasesState()
{
    const bool any = m_casesModel->rowCount() > 0;
    m_casesView->setVisible(any);
    m_casesEmpty->setVisible(!any);
}

} // namespace ow
