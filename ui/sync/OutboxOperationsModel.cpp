#include "ui/sync/OutboxOperationsModel.h"

#include "core/AcceptanceNumber.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace ow {

namespace {

QString payloadField(const OutboxOperation& operation, QLatin1String field)
{
    return QJsonDocument::fromJson(operation.payload).object().value(field).toString();
}

} // namespace

OutboxOperationsModel::OutboxOperationsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OutboxOperationsModel::setOperations(const QList<OutboxOperation>& operations)
{
    beginResetModel();
    m_operations = operations;
    QHash<QString, Progress> kept;
    for (const OutboxOperation& operation : operations) {
        const QString sha256 = payloadField(operation, QLatin1String("sha256"));
        if (const auto it = m_progress.constFind(sha256); it != m_progress.constEnd())
            kept.insert(sha256, *it);
    }
    m_progress = kept;
    endResetModel();
}

void OutboxOperationsModel::setProgress(const QString& sha256, qint64 sent, qint64 total)
{
    m_progress.insert(sha256, {sent, total});
    for (int row = 0; row < m_operations.size(); ++row) {
        if (m_operations.at(row).kind == QLatin1String("material.upload") &&
            payloadField(m_operations.at(row), QLatin1String("sha256")) == sha256) {
            const QModelIndex cell = index(row, ProgressColumn);
            emit dataChanged(cell, cell);
            return;
        }
    }
}

const OutboxOperation* OutboxOperationsModel::operationAt(int row) const
{
    return row >= 0 && row < m_operations.size() ? &m_operations.at(row) : nullptr;
}

int OutboxOperationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OutboxOperationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxOperationsModel::describe(const OutboxOperation& operation)
{
    if (operation.kind == QLatin1String("case.upsert")) {
        const QString number = payloadField(operation, QLatin1String("acceptanceNumber"));
        return tr("Case report %1")
            .arg(number.isEmpty() ? tr("(no number)") : AcceptanceNumber::display(number));
    }
    if (operation.kind == QLatin1String("material.upload"))
        return tr("Page upload %1…").arg(payloadField(operation, QLatin1String("sha256")).left(12));
    if (operation.kind == QLatin1String("rating.submit"))
        return tr("Rating");
    if (operation.kind == QLatin1String("audit.event"))
        return tr("Audit record");
    return tr("Operation %1").arg(operation.kind);
}

QString OutboxOperationsModel::describeState(const OutboxOperation& operation)
{
    if (operation.state == OutboxState::Parked)
        return tr("Refused: %1").arg(operation.parkedReason);
    if (operation.attempts == 0)
        return tr("Waiting");
    return tr("Retrying: attempt %1, next at %2")
        .arg(operation.attempts + 1)
        .arg(operation.nextAttemptAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")));
}

int OutboxOperationsModel::percentOf(const OutboxOperation& operation) const
{
    if (operation.kind != QLatin1String("material.upload"))
        return -1;
    const auto it = m_progress.constFind(payloadField(operation, QLatin1String("sha256")));
    if (it == m_progress.constEnd() || it->total <= 0)
        return -1;
    return int(std::clamp<qint64>(it->sent * 100 / it->total, 0, 100));
}

QVariant OutboxOperationsModel::data(const QModelIndex& index, int role) const
{
    const OutboxOperation* operation = operationAt(index.row());
    if (operation == nullptr)
        return {};
    switch (index.column()) {
    case WhatColumn:
        if (role == Qt::DisplayRole)
            return describe(*operation);
        if (role == Qt::ToolTipRole)
            return operation->uuid.toString(QUuid::WithoutBraces);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return describeState(*operation);
        if (role == Qt::ForegroundRole && operation->state == OutboxState::Parked)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case ProgressColumn: {
        const int percent = percentOf(*operation);
        if (role == PercentRole)
            return percent;
        if (role == Qt::DisplayRole)
            return percent < 0 ? QString() : QStringLiteral("%1 %").arg(percent);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant OutboxOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("Operation");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Sent");
    default:
        return {};
    }
}

} // namespace ow
