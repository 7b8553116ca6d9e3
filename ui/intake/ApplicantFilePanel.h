#pragma once

// ApplicantFilePanel: the applicant's file beside the intake form: earlier cases with their state,
// files on record that can be reused, and electronic licences, so the clerk sees what need not be
// asked for again.

#include "storage/ApplicantFile.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;

namespace ow {

class ApplicantFilePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantFilePanel(QWidget* parent = nullptr);

    void showFile(const std::optional<ApplicantFileView>& file, QDate today);
    int caseCount() const;

    static QString statusText(CaseStatus status);

private:
    QLabel* m_heading = nullptr;
    QListWidget* m_cases = nullptr;
    QListWidget* m_reusable = nullptr;
    QListWidget* m_licences = nullptr;
};

} // namespace ow
