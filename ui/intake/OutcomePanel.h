#pragma once

// OutcomePanel: what the clerk reads out after recording an intake: the acceptance number in large
// type, the query code, the promised date, and what was printed; Enter starts the next intake.

#include "storage/IntakeRecorder.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class OutcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomePanel(QWidget* parent = nullptr);

    void showOutcome(const IntakeOutcome& outcome);
    void setPrintState(const QString& text);
    QString numberText() const;
    QString detailText() const;

signals:
    void nextIntakeRequested();
    void reprintRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_print = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_reprint = nullptr;
};

} // namespace ow
