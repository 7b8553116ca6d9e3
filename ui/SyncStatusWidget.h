#pragma once

// SyncStatusWidget: the status-bar indicator of the link to the central server and of the
// operations waiting in the outbox; it shows what it is given, honestly, and decides nothing.

#include "sync/SyncStatus.h"

#include <QWidget>

class QLabel;

namespace ow {

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    const SyncStatus& status() const { return m_status; }
    QString text() const; // the sentence shown

public slots:
    void setStatus(const ow::SyncStatus& status);
    void setWaitingOperations(int count);

private:
    void refresh();

    SyncStatus m_status;
    QLabel* m_light = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace ow
