#pragma once

// ApplicantStep: the first step of an intake: who applies (a person, or an enterprise with the person
// who came to the window), filled from the ID-card reader or a scanned code or typed with live
// validation, beside the applicant's file.

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ow {

class ApplicantFilePanel;
class CodeLineEdit;
class IntakeSession;
class PersonFields;
struct IdCardData;
struct ScanResult;

class ApplicantStep : public QWidget
{
    Q_OBJECT

public:
    ApplicantStep(IntakeSession& session, QWidget* parent = nullptr);

    // Shows the session's draft (a new or resumed intake); edits afterwards flow to the session.
    void loadFromDraft();
    // A card read: fills the person at the window (the agent when an enterprise applies or the
    // applicant is already there and someone acts for them; else the applicant).
    void applyCard(const IdCardData& card);
    // A scanned business licence fills the enterprise; a scanned ID number the person field in focus.
    void applyScan(const ScanResult& scan);
    void focusFirstField();

    bool isEnterprise() const;
    PersonFields* applicantFields() const { return m_person; }
    PersonFields* agentFields() const { return m_agent; }
    QLineEdit* creditCodeEdit() const;
    QLineEdit* enterpriseNameEdit() const { return m_enterpriseName; }
    QCheckBox* agentToggle() const { return m_hasAgent; }
    ApplicantFilePanel* filePanel() const { return m_file; }

signals:
    void finished();      // Enter on the last field: on to the items
    void backRequested(); // Esc: leave an intake not started

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setEnterprise(bool enterprise);
    void pushToSession();
    void updateVisibility();
    void validateCreditCode();

    IntakeSession& m_session;
    bool m_loading = false;
    QRadioButton* m_personMode = nullptr;
    QRadioButton* m_enterpriseMode = nullptr;
    PersonFields* m_person = nullptr;
    QGroupBox* m_enterpriseBox = nullptr;
    CodeLineEdit* m_creditCode = nullptr;
    QLabel* m_creditProblem = nullptr;
    QLineEdit* m_enterpriseName = nullptr;
    QLineEdit* m_legalRepresentative = nullptr;
    QLineEdit* m_enterpriseAddress = nullptr;
    QLineEdit* m_enterprisePhone = nullptr;
    QGroupBox* m_personBox = nullptr;
    QCheckBox* m_hasAgent = nullptr;
    QGroupBox* m_agentBox = nullptr;
    PersonFields* m_agent = nullptr;
    ApplicantFilePanel* m_file = nullptr;
};

} // namespace ow
