#pragma once

// ItemStep: the second step: find service items as you type (name, pinyin initials or full pinyin,
// code prefix; one department or all), or a "one thing" theme (一事联办) that brings several items,
// and gather them for the intake.

#include "core/CatalogSearchIndex.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ow {

class IntakeSession;

class ItemStep : public QWidget
{
    Q_OBJECT

public:
    ItemStep(IntakeSession& session, QWidget* parent = nullptr);

    // Builds the search over the session's catalog and themes; usage ranks the window's usual items first.
    void rebuildIndex(const QHash<QString, int>& usage);
    void focusSearch();

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* resultList() const { return m_results; }
    QListWidget* chosenList() const { return m_chosen; }
    QComboBox* departmentFilter() const { return m_department; }

signals:
    void finished();      // on to the materials
    void backRequested(); // Esc in an empty search

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void addCurrent();
    void refreshChosen();

    IntakeSession& m_session;
    CatalogSearchIndex m_items;
    CatalogSearchIndex m_themes;
    QLineEdit* m_search = nullptr;
    QComboBox* m_department = nullptr;
    QListWidget* m_results = nullptr;
    QListWidget* m_chosen = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace ow
