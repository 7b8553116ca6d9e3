#pragma once

// OutboxOperationsModel: the operations waiting for the central server as the sync panel lists them:
// what each one is, its state (waiting, retrying, refused and why) and an upload's progress.

#include "core/OutboxOperation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ow {

class OutboxOperationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhatColumn,
        StateColumn,
        ProgressColumn,
        ColumnCount
    };
    // ProgressColumn, this role: the share sent in percent (0-100), or -1 when nothing was sent yet.
    static constexpr int PercentRole = Qt::UserRole + 1;

    explicit OutboxOperationsModel(QObject* parent = nullptr);

    // Replaces the list; the progress of operations still listed is kept.
    void setOperations(const QList<OutboxOperation>& operations);
    // An upload's progress, by the material's SHA-256 (what the sync engine reports).
    void setProgress(const QString& sha256, qint64 sent, qint64 total);
    const OutboxOperation* operationAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Case report 420800-01-007-…", "Page upload 3fa4c2…" (for tests and the list).
    static QString describe(const OutboxOperation& operation);
    static QString describeState(const OutboxOperation& operation);

private:
    struct Progress
    {
        qint64 sent = 0;
        qint64 total = 0;
    };
    int percentOf(const OutboxOperation& operation) const;

    QList<OutboxOperation> m_operations;
    QHash<QString, Progress> m_progress; // by material SHA-256
};

} // namespace ow
