#pragma once

// OpenCasesModel: "my open cases" as a table (acceptance number, applicant, item, deadline), in the
// order given, coloured by the urgency the caller decided: yellow due soon, red overdue.

#include "ui/OpenCaseRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace ow {

class OpenCasesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ApplicantColumn,
        ItemColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role
    {
        UrgencyRole = Qt::UserRole + 1
    }; // DeadlineUrgency as int, in every column

    explicit OpenCasesModel(QObject* parent = nullptr);

    void setRows(const QList<OpenCaseRow>& rows);
    const QList<OpenCaseRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString deadlineText(const OpenCaseRow& row) const;

    QList<OpenCaseRow> m_rows;
};

} // namespace ow
