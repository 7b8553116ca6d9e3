#pragma once

// MaterialsStep: the materials step of the intake: the merged checklist with the state of each entry,
// and for the selected one the ways to satisfy it (pages from files, drops or the document camera, an
// electronic licence, a file of the record, the original seen, a commitment). Keyboard first: the
// checklist has the focus, Alt keys act, Enter goes on, Esc goes back. Everything goes through the
// IntakeSession; errors appear inline and change nothing.

#include "core/MaterialChecklist.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>
#include <optional>

class QAbstractItemView;
class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class DocumentCamera;
class IntakeSession;
class MaterialChecklistModel;
class MaterialDetailPanel;
class MaterialMessageBar;
struct Error;

class MaterialsStep : public QWidget
{
    Q_OBJECT

public:
    MaterialsStep(IntakeSession& session, QWidget* parent = nullptr);

    // The document camera for "Capture"; none (the default) hides the button. Not owned.
    void setCamera(DocumentCamera* camera);

    // For tests and the intake page.
    QAbstractItemView* checklistView() const;
    void selectEntry(const QString& name);
    QString selectedEntry() const { return m_selected; }
    QString entryStateText(const QString& name) const;
    QString lastMessage() const; // the inline error or information text
    bool lastMessageIsError() const;

public slots:
    // Adds these files as pages of the selected entry, in order; what is refused is said inline.
    void importFiles(const QStringList& paths);
    // Adds a camera still (or any image) as a JPEG page of the selected entry.
    void addCapturedImage(const QImage& image);
    void openImportDialog(); // Ctrl+O, Alt+I
    void capture();          // Alt+P

signals:
    void finished();      // done with the materials: on to the review
    void backRequested(); // Esc: back to the items

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildFooter();
    void refresh();
    void showSelected();
    std::optional<ChecklistEntry> selectedChecklistEntry() const;
    void goOn(); // Enter
    void importInto(const QString& requirementName, const QStringList& paths);
    void addStill(const QString& requirementName, const QImage& image);
    void onStill(int id, const QImage& image);
    void onCameraError(const Error& error);
    void showMessage(const QString& text, bool error);

    IntakeSession& m_session;
    MaterialChecklistModel* m_model = nullptr;
    QTableView* m_checklist = nullptr;
    QLabel* m_noItems = nullptr;
    MaterialDetailPanel* m_panel = nullptr;
    MaterialMessageBar* m_messages = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_review = nullptr;
    QString m_selected; // the name of the selected entry
    bool m_refreshing = false;
    QString m_lastDirectory;
    QPointer<DocumentCamera> m_camera;
    QHash<int, QString> m_pendingStills; // capture request id → the entry it was taken for
    bool m_capturing = false;
};

} // namespace ow
