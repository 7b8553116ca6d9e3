#include "ui/OpenCasesModel.h"

#include "core/AcceptanceNumber.h"

#include <QBrush>
#include <QColor>

namespace ow {

OpenCasesModel::OpenCasesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OpenCasesModel::setRows(const QList<OpenCaseRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OpenCasesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpenCasesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The colour is never the only cue: the deadline cell also says it in words.
QString OpenCasesModel::deadlineText(const OpenCaseRow& row) const
{
    const QString date = row.deadline.toString(Qt::ISODate);
    switch (row.urgency) {
    case DeadlineUrgency::Overdue:
        return tr("%1 · overdue").arg(date);
    case DeadlineUrgency::DueSoon:
        return tr("%1 · due soon").arg(date);
    case DeadlineUrgency::Normal:
        break;
    }
    return date;
}

QVariant OpenCasesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const OpenCaseRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return AcceptanceNumber::display(row.acceptanceNumber);
        case ApplicantColumn:
            return row.applicant;
        case ItemColumn:
            return row.itemName;
        case DeadlineColumn:
            return deadlineText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole: // the full text of a cell the view elides
        if (index.column() == ApplicantColumn)
            return row.applicant;
        if (index.column() == ItemColumn)
            return row.itemName;
        return {};
    case Qt::BackgroundRole:
        if (row.urgency == DeadlineUrgency::Overdue)
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        if (row.urgency == DeadlineUrgency::DueSoon)
            return QBrush(QColor(0xff, 0xf1, 0x9c));
        return {};
    case Qt::ForegroundRole:
        if (row.urgency != DeadlineUrgency::Normal)
            return QBrush(QColor(0x21, 0x21, 0x21)); // readable on the light fills in a dark theme too
        return {};
    case UrgencyRole:
        return int(row.urgency);
    default:
        return {};
    }
}

QVariant OpenCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Acceptance number");
    case ApplicantColumn:
        return tr("Applicant");
    case ItemColumn:
        return tr("Service item");
    case DeadlineColumn:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace ow
