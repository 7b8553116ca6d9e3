#pragma once

// SyncPanel: what waits for the central server and what it refused, for the clerk and IT: the link's
// state and last error, every waiting operation with an upload's progress, "sync now", and retry or
// escalation of a refused operation. It decides nothing: the sync engine does what it is asked.

#include "sync/SyncStatus.h"

#include <QDialog>
#include <QList>
#include <QUuid>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace ow {

struct OutboxOperation;
class OutboxOperationsModel;

class SyncPanel : public QDialog
{
    Q_OBJECT
public:
    using Loader = std::function<QList<OutboxOperation>()>;
    // loader lists the waiting operations (OutboxStore::listWaiting); it is asked again on refresh().
    explicit SyncPanel(Loader loader, QWidget* parent = nullptr);

    OutboxOperationsModel* model() const { return m_model; }
    QString statusText() const;

public slots:
    void refresh();
    void setStatus(const ow::SyncStatus& status);
    void setMaterialProgress(const QString& sha256, qint64 sent, qint64 total);

signals:
    void syncNowRequested();
    void retryRequested(const QList<QUuid>& operations);    // refused ones, back into the queue
    void escalateRequested(const QList<QUuid>& operations); // refused ones, reported to the supervisor

private:
    QList<QUuid> selectedRefused() const;
    void updateButtons();

    Loader m_loader;
    OutboxOperationsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lastError = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_escalate = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

} // namespace ow
