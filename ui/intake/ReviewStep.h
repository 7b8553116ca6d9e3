#pragma once

// ReviewStep: the last step: everything of the intake on one screen (applicant, items, materials and how
// each is satisfied, promised date), the way the result is delivered, what still blocks acceptance and
// what to look at; from here the clerk accepts (F5), returns for materials or refuses.

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace ow {

class IntakeSession;

class ReviewStep : public QWidget
{
    Q_OBJECT

public:
    ReviewStep(IntakeSession& session, QWidget* parent = nullptr);

    void refresh();
    QString summaryText() const;
    QString problemsText() const;
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* returnButton() const { return m_return; }
    QPushButton* refuseButton() const { return m_refuse; }
    QLineEdit* mailingAddressEdit() const { return m_mailingAddress; }

signals:
    void acceptRequested();
    void returnRequested();
    void refuseRequested();
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void pushDelivery();

    IntakeSession& m_session;
    bool m_refreshing = false;
    QTextBrowser* m_summary = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_warnings = nullptr;
    QButtonGroup* m_delivery = nullptr;
    QRadioButton* m_counter = nullptr;
    QRadioButton* m_mail = nullptr;
    QRadioButton* m_electronic = nullptr;
    QLineEdit* m_mailingAddress = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_refuse = nullptr;
};

} // namespace ow
