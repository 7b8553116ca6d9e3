#include "ui/intake/ItemStep.h"

#include "storage/IntakeRecorder.h"
#include "ui/intake/IntakeSession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int codeRole = Qt::UserRole;
constexpr int themeRole = Qt::UserRole + 1;
constexpr int resultLimit = 60;

} // namespace

ItemStep::ItemStep(IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    layout->addLayout(left, 3);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("itemSearch"));
    m_search->setPlaceholderText(tr("Item name, pinyin (e.g. gtsh) or code; Enter adds the first"));
    m_search->setClearButtonEnabled(true);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_department);
    left->addLayout(searchRow);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("itemResults"));
    m_results->setUniformItemSizes(true);
    left->addWidget(m_results, 1);

    auto* right = new QGroupBox(tr("Items of this intake"), this);
    auto* rightLayout = new QVBoxLayout(right);
    m_chosen = new QListWidget(right);
    m_chosen->setObjectName(QStringLiteral("chosenItems"));
    m_chosen->setWordWrap(true);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    auto* hint = new QLabel(tr("Del removes an item · Ctrl+Enter: on to the materials"), right);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    hint->setWordWrap(true);
    rightLayout->addWidget(m_chosen, 1);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(hint);
    layout->addWidget(right, 2);

    connect(m_search, &QLineEdit::textChanged, this, &ItemStep::runSearch);
    connect(m_department, &QComboBox::currentIndexChanged, this, &ItemStep::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this] { addCurrent(); });
    connect(&m_session, &IntakeSession::draftChanged, this, &ItemStep::refreshChosen);
    for (QWidget* watched :
         {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_results), static_cast<QWidget*>(m_chosen)})
        watched->installEventFilter(this);
}

void ItemStep::rebuildIndex(const QHash<QString, int>& usage)
{
    m_items = CatalogSearchIndex(m_session.catalog());
    m_items.setUsageCounts(usage);
    QList<ServiceItem> themeItems;
    for (const Theme& theme : m_session.themes()) {
        ServiceItem asItem;
        asItem.code = theme.code;
        asItem.name = theme.name;
        themeItems.append(asItem);
    }
    m_themes = CatalogSearchIndex(themeItems);
    const QString current = m_department->currentData().toString();
    m_department->blockSignals(true);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    for (const QString& department : m_items.departments())
        m_department->addItem(department, department);
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
    m_department->blockSignals(false);
    runSearch();
    refreshChosen();
}

void ItemStep::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ItemStep::runSearch()
{
    m_results->clear();
    const QString query = m_search->text();
    const QString department = m_department->currentData().toString();
    if (department.isEmpty() && !query.trimmed().isEmpty()) {
        for (const CatalogSearchIndex::Hit& hit : m_themes.search(query, {}, 5)) {
            auto* row = new QListWidgetItem(tr("[One thing] %1").arg(m_themes.name(hit.item)), m_results);
            row->setData(codeRole, m_themes.code(hit.item));
            row->setData(themeRole, true);
            QFont bold = row->font();
            bold.setBold(true);
            row->setFont(bold);
        }
    }
    QList<std::pair<QString, QString>> rows; // code, department
    if (query.trimmed().isEmpty() && !department.isEmpty()) {
        for (const ServiceItem& item : m_session.catalog()) {
            if (item.department == department)
                rows.append({item.code, item.department});
        }
    } else {
        for (const CatalogSearchIndex::Hit& hit : m_items.search(query, department, resultLimit))
            rows.append({m_items.code(hit.item), m_items.department(hit.item)});
    }
    for (const auto& [code, itemDepartment] : rows) {
        const std::optional<ServiceItem> item = m_session.catalogItem(code);
        if (!item)
            continue;
        auto* row = new QListWidgetItem(tr("%1 — %2 · %n working day(s) · %3", nullptr, item->promisedDays)
                                            .arg(item->name, itemDepartment, code),
                                        m_results);
        row->setData(codeRole, code);
        row->setData(themeRole, false);
        if (m_session.draft().itemCodes.contains(code))
            row->setForeground(QColor(0x5f, 0x63, 0x68));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void ItemStep::addCurrent()
{
    const QListWidgetItem* row = m_results->currentItem();
    if (!row)
        return;
    const QString code = row->data(codeRole).toString();
    if (row->data(themeRole).toBool())
        m_session.applyTheme(code);
    else
        m_session.addItem(code);
    m_search->clear();
    m_search->setFocus();
}

void ItemStep::refreshChosen()
{
    const int current = m_chosen->currentRow();
    m_chosen->clear();
    const QList<ServiceItem> items = m_session.items();
    for (const ServiceItem& item : items) {
        auto* row = new QListWidgetItem(
            tr("%1\n%2 · %n working day(s)", nullptr, item.promisedDays).arg(item.name, item.department),
            m_chosen);
        row->setData(codeRole, item.code);
    }
    if (m_chosen->count() > 0)
        m_chosen->setCurrentRow(std::clamp(current, 0, m_chosen->count() - 1));
    QString summary;
    if (const auto theme = m_session.theme(m_session.draft().themeCode))
        summary = tr("One thing: %1").arg(theme->name) + QLatin1Char('\n');
    if (!items.isEmpty()) {
        const Deadline deadline =
            IntakeRecorder::promisedDeadline(items, m_session.today(), *m_session.services().calendar);
        summary += tr("Promised by %1 if accepted today")
                       .arg(QLocale().toString(deadline.date, QLocale::LongFormat));
        if (deadline.provisional)
            summary += tr(" (provisional: next year's holidays are not published yet)");
    } else {
        summary += tr("No item chosen yet.");
    }
    m_summary->setText(summary);
}

bool ItemStep::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (key->modifiers() & Qt::ControlModifier)) {
        emit finished();
        return true;
    }
    if (watched == m_search) {
        if (enter) {
            if (m_search->text().trimmed().isEmpty() && !m_session.draft().itemCodes.isEmpty())
                emit finished();
            else
                addCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_search->text().isEmpty()) {
            emit backRequested();
            return true;
        }
    } else if (watched == m_chosen && key->key() == Qt::Key_Delete) {
        if (const QListWidgetItem* row = m_chosen->currentItem())
            m_session.removeItem(row->data(codeRole).toString());
        return true;
    } else if (watched == m_results && enter) {
        addCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
