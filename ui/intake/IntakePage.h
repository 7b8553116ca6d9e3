#pragma once

// IntakePage: the intake at the window, keyboard first: four steps (applicant, items, materials,
// review) under a step bar, then the outcome. F2 reads the card, F3 items, F4 materials, F5 accepts,
// F6 returns for materials, F7 refuses, F8 prints again, Ctrl+N starts over; Enter moves on, Esc steps
// back. Card reads and scans land in the right field wherever the focus is.

#include "core/IntakeDraft.h"
#include "print/PrintDocument.h"
#include "print/PrintSiteConfig.h"
#include "storage/IntakeRecorder.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <optional>

class QLabel;
class QStackedWidget;

namespace ow {

class ApplicantStep;
class DocumentCamera;
class IntakeSession;
class ItemStep;
class MaterialsStep;
class OutcomePanel;
class ReviewStep;
struct IdCardData;
struct ScanResult;
struct Theme;

class IntakePage : public QWidget
{
    Q_OBJECT

public:
    IntakePage(IntakeSession& session, PrintSiteConfig printSite, QWidget* parent = nullptr);

    void setCatalog(const QList<ServiceItem>& items, const QList<Theme>& themes,
                    const QHash<QString, int>& usage);
    void setCamera(DocumentCamera* camera);

    // Starts a new intake, optionally with a first item (chosen on the overview).
    void startNew(const QString& firstItemCode = {});
    // Continues a stored draft where it was left.
    void resume(const IntakeDraft& draft);

    IntakeStep currentStep() const;
    bool showingOutcome() const;
    void goTo(IntakeStep step);

    IntakeSession& session() const { return m_session; }
    ApplicantStep* applicantStep() const { return m_applicant; }
    ItemStep* itemStep() const { return m_items; }
    MaterialsStep* materialsStep() const { return m_materials; }
    ReviewStep* reviewStep() const { return m_review; }
    OutcomePanel* outcomePanel() const { return m_outcome; }
    const std::optional<IntakeOutcome>& lastOutcome() const { return m_lastOutcome; }

public slots:
    void applyCard(const ow::IdCardData& card);
    void applyScan(const ow::ScanResult& scan);
    void accept();
    void returnForMaterials();
    void refuse();
    // Records a refusal without asking (the dialog calls this; tests too).
    void refuseWith(const QString& reason, const QString& details);
    void setPrintState(const QString& text);

signals:
    void readCardRequested();                                       // F2
    void documentsReady(const QList<ow::PrintDocument>& documents); // after an outcome, and on F8
    void closeRequested();                                          // Esc on an empty first step
    void message(const QString& text);                              // for the status bar
    void caseRecorded(const ow::IntakeOutcome& outcome);

private:
    void buildShortcuts();
    void updateStepBar();
    void stepBack();
    void showOutcome(Result<IntakeOutcome> outcome);
    void printOutcome();

    IntakeSession& m_session;
    PrintSiteConfig m_printSite;
    QList<QLabel*> m_stepLabels;
    QStackedWidget* m_stack = nullptr;
    ApplicantStep* m_applicant = nullptr;
    ItemStep* m_items = nullptr;
    MaterialsStep* m_materials = nullptr;
    ReviewStep* m_review = nullptr;
    OutcomePanel* m_outcome = nullptr;
    QLabel* m_error = nullptr;
    std::optional<IntakeOutcome> m_lastOutcome;
    QList<ServiceItem> m_lastItems;
    QString m_lastTheme;
};

} // namespace ow
