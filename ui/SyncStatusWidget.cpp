#include "ui/SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ow {

namespace {

QString lightStyle(const QString& colour)
{
    return QStringLiteral("QLabel { background: %1; border-radius: 5px; }").arg(colour);
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_light(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_light->setFixedSize(10, 10);
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_light);
    layout->addWidget(m_label);
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_status.describe();
}

void SyncStatusWidget::setStatus(const SyncStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

void SyncStatusWidget::setWaitingOperations(int count)
{
    SyncStatus next = m_status;
    next.pending = count;
    setStatus(next);
}

void SyncStatusWidget::refresh()
{
    QString colour = QStringLiteral("#9e9e9e"); // grey: nothing is being sent
    if (m_status.needsAttention())
        colour = QStringLiteral("#d32f2f");
    else if (m_status.state == SyncStatus::State::Offline)
        colour = QStringLiteral("#f9a825");
    else if (m_status.state == SyncStatus::State::Online)
        colour = QStringLiteral("#2e7d32");
    m_light->setStyleSheet(lightStyle(colour));
    m_label->setText(text());
    setToolTip(m_status.state == SyncStatus::State::NotConfigured
                   ? tr("No central server is set up for this window: every case is kept on this computer, "
                        "and the operations waiting are delivered once a server is configured.")
                   : QString());
}

} // namespace ow
