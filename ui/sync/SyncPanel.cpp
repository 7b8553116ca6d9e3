#include "ui/sync/SyncPanel.h"

#include "core/OutboxOperation.h"
#include "ui/sync/OutboxOperationsModel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int refreshIntervalMs = 2000;
constexpr int listedAtMost = 500;

// Draws an upload's progress as a bar in its cell; nothing before the first byte is sent.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int percent = index.data(OutboxOperationsModel::PercentRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

SyncPanel::SyncPanel(Loader loader, QWidget* parent)
    : QDialog(parent)
    , m_loader(std::move(loader))
    , m_model(new OutboxOperationsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_lastError(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Sync with the central server"));
    setObjectName(QStringLiteral("dialog.sync"));
    QFont bigger = m_status->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_status->setFont(bigger);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("sync.operations"));
    m_table->setItemDelegateForColumn(OutboxOperationsModel::ProgressColumn,
                                      new ProgressBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxOperationsModel::WhatColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxOperationsModel::StateColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxOperationsModel::ProgressColumn,
                                                      QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(OutboxOperationsModel::ProgressColumn, 120);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_syncNow = buttons->addButton(tr("Sync now (F5)"), QDialogButtonBox::ActionRole);
    m_retry = buttons->addButton(tr("Retry refused"), QDialogButtonBox::ActionRole);
    m_escalate = buttons->addButton(tr("Report to supervisor"), QDialogButtonBox::ActionRole);
    m_retry->setToolTip(
        tr("Puts the selected refused operations back into the queue, after the cause was fixed."));
    m_escalate->setToolTip(tr("Records the selected refused operations for the supervisor; they stay here."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPanel::syncNowRequested);
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, this,
            &SyncPanel::syncNowRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        emit retryRequested(selectedRefused());
        refresh();
    });
    connect(m_escalate, &QPushButton::clicked, this, [this] { emit escalateRequested(selectedRefused()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncPanel::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_lastError);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);

    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refreshTimer->start();
    setStatus({});
    refresh();
}

QString SyncPanel::statusText() const
{
    return m_status->text();
}

void SyncPanel::refresh()
{
    const QList<QUuid> selected = [this] {
        QList<QUuid> uuids;
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
            if (const OutboxOperation* operation = m_model->operationAt(row.row()))
                uuids.append(operation->uuid);
        }
        return uuids;
    }();
    QList<OutboxOperation> operations = m_loader();
    if (operations.size() > listedAtMost)
        operations.resize(listedAtMost);
    m_model->setOperations(operations);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (selected.contains(m_model->operationAt(row)->uuid))
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void SyncPanel::setStatus(const SyncStatus& status)
{
    const QString& lastError = status.lastError;
    m_status->setText(status.describe());
    m_lastError->setText(lastError.isEmpty() ? QString() : tr("Last error: %1").arg(lastError));
    m_lastError->setVisible(!lastError.isEmpty());
}

void SyncPanel::setMaterialProgress(const QString& sha256, qint64 sent, qint64 total)
{
    m_model->setProgress(sha256, sent, total);
}

QList<QUuid> SyncPanel::selectedRefused() const
{
    QList<QUuid> refused;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const OutboxOperation* operation = m_model->operationAt(row.row());
        if (operation != nullptr && operation->state == OutboxState::Parked)
            refused.append(operation->uuid);
    }
    return refused;
}

void SyncPanel::updateButtons()
{
    const bool anyRefused = !selectedRefused().isEmpty();
    m_retry->setEnabled(anyRefused);
    m_escalate->setEnabled(anyRefused);
}

} // namespace ow
