#pragma once

// MaterialDetailPanel: the ways to satisfy the checklist entry selected in the materials step: its
// pages (strip, reorder, delete, preview), an electronic licence, a file of the applicant's record,
// the original seen and returned, a commitment (容缺), or back to missing. Choices go to the session;
// importing and capturing are asked of the step, which owns the file dialog and the camera.

#include "core/MaterialChecklist.h"
#include "storage/ApplicantFile.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace ow {

class IntakeSession;
class PageStrip;

class MaterialDetailPanel : public QGroupBox
{
    Q_OBJECT

public:
    MaterialDetailPanel(IntakeSession& session, QWidget* parent = nullptr);

    // Shows this entry (or nothing) as the session has it now.
    void showEntry(const std::optional<ChecklistEntry>& entry);
    void setCaptureAvailable(bool available);
    // Alt+I import, Alt+P capture, Alt+L licence, Alt+R reuse, Alt+O original seen, Alt+C commitment,
    // Alt+M missing: active while the focus is anywhere in scope. The keys are shown on the buttons.
    void bindShortcuts(QWidget* scope);
    PageStrip* strip() const { return m_strip; }

public slots:
    void previewPage(int index);

signals:
    void importRequested();
    void captureRequested();
    void message(const QString& text, bool error);

private:
    QWidget* buildPagesBox();
    QWidget* buildOtherWays();
    void updatePageButtons();
    void pressed(QPushButton* button);
    void showFacts(const ChecklistEntry& entry);
    void showLicences(const ChecklistEntry& entry);
    void showReusable(const ChecklistEntry& entry);
    void showLicenceDetails();
    void chooseSource(MaterialSource source);
    void chooseLicence();
    void chooseReuse();
    void movePage(int from, int to);
    void removePage(int index);

    IntakeSession& m_session;
    std::optional<ChecklistEntry> m_entry;
    QList<ElectronicLicence> m_licences;
    std::optional<ReusableMaterial> m_reusable;

    QLabel* m_facts = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_capture = nullptr;
    PageStrip* m_strip = nullptr;
    QPushButton* m_earlier = nullptr;
    QPushButton* m_later = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_preview = nullptr;
    QComboBox* m_licenceChoice = nullptr;
    QLabel* m_licenceInfo = nullptr;
    QPushButton* m_licence = nullptr;
    QLabel* m_reuseInfo = nullptr;
    QPushButton* m_reuse = nullptr;
    QPushButton* m_originalSeen = nullptr;
    QPushButton* m_commitment = nullptr;
    QLabel* m_commitmentInfo = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace ow
