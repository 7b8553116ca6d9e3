#include "ui/intake/MaterialsStep.h"

#include "devices/DocumentCamera.h"
#include "ui/intake/DroppedFiles.h"
#include "ui/intake/IntakeSession.h"
#include "ui/intake/MaterialChecklistModel.h"
#include "ui/intake/MaterialDetailPanel.h"
#include "ui/intake/MaterialMessageBar.h"
#include "ui/intake/MaterialOptions.h"
#include "ui/intake/PageStrip.h"

#include <QApplication>
#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace ow {

namespace {

// The wait cursor while files are checked and stored, put back however the import ends.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QShortcut* shortcut(const QKeySequence& key, QWidget* scope)
{
    auto* made = new QShortcut(key, scope);
    made->setContext(Qt::WidgetWithChildrenShortcut);
    return made;
}

} // namespace

MaterialsStep::MaterialsStep(IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MaterialChecklistModel(this))
    , m_messages(new MaterialMessageBar(this))
{
    setObjectName(QStringLiteral("step.materials"));
    setAcceptDrops(true);

    m_checklist = new QTableView(this);
    m_checklist->setObjectName(QStringLiteral("materialChecklist"));
    m_checklist->setAccessibleName(tr("Materials checklist"));
    m_checklist->setModel(m_model);
    m_checklist->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checklist->setTabKeyNavigation(false);
    m_checklist->setAlternatingRowColors(true);
    m_checklist->setWordWrap(false);
    m_checklist->verticalHeader()->hide();
    QHeaderView* columns = m_checklist->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(MaterialChecklistModel::NameColumn, QHeaderView::Stretch);
    m_noItems = new QLabel(tr("No service items chosen yet: their materials appear here."), this);
    m_noItems->setObjectName(QStringLiteral("materialNoItems"));
    m_noItems->setAlignment(Qt::AlignCenter);
    m_noItems->setWordWrap(true);

    auto* listBox = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_checklist, 1);
    listLayout->addWidget(m_noItems, 1);

    m_panel = new MaterialDetailPanel(session, this);
    m_panel->bindShortcuts(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listBox);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1); // room to spare goes to the list; the details keep what they need
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildFooter());

    connect(shortcut(QKeySequence::Open, this), &QShortcut::activated, this,
            &MaterialsStep::openImportDialog);
    connect(shortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &MaterialsStep::backRequested);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(shortcut(key, this), &QShortcut::activated, this, &MaterialsStep::finished);

    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_refreshing)
                    return;
                const QString name =
                    current.isValid() ? m_model->rows().at(current.row()).entry.name : QString();
                if (name == m_selected)
                    return;
                m_selected = name;
                if (!m_messages->isSticky())
                    m_messages->clearMessage();
                showSelected();
            });
    connect(m_panel, &MaterialDetailPanel::importRequested, this, &MaterialsStep::openImportDialog);
    connect(m_panel, &MaterialDetailPanel::captureRequested, this, &MaterialsStep::capture);
    connect(m_panel, &MaterialDetailPanel::message, this, &MaterialsStep::showMessage);
    connect(m_panel->strip(), &PageStrip::filesDropped, this, &MaterialsStep::importFiles);
    connect(&m_session, &IntakeSession::draftChanged, this, &MaterialsStep::refresh);
    connect(&m_session, &IntakeSession::applicantFileChanged, this, &MaterialsStep::refresh);
    connect(&m_session, &IntakeSession::saveFailed, this, [this](const QString& message) {
        m_messages->showMessage(message, true, true); // the clerk must see it even after moving on
    });
    refresh();
}

QWidget* MaterialsStep::buildFooter()
{
    auto* footer = new QWidget(this);
    m_summary = new QLabel(footer);
    m_summary->setObjectName(QStringLiteral("materialSummary"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* hint = new QLabel(tr("Enter: next missing material · Tab: the ways to give it"), footer);
    hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto* back = new QPushButton(
        tr("Back  %1").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)), footer);
    back->setObjectName(QStringLiteral("materialBack"));
    back->setFocusPolicy(Qt::TabFocus);
    m_review =
        new QPushButton(tr("Go to review  %1")
                            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
                        footer);
    m_review->setObjectName(QStringLiteral("materialReview"));
    m_review->setFocusPolicy(Qt::TabFocus);
    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(hint);
    layout->addWidget(back);
    layout->addWidget(m_review);
    connect(back, &QPushButton::clicked, this, &MaterialsStep::backRequested);
    connect(m_review, &QPushButton::clicked, this, &MaterialsStep::finished);
    return footer;
}

void MaterialsStep::setCamera(DocumentCamera* camera)
{
    if (m_camera)
        disconnect(m_camera, nullptr, this, nullptr);
    m_camera = camera;
    m_pendingStills.clear();
    if (camera) {
        connect(camera, &DocumentCamera::stillCaptured, this, &MaterialsStep::onStill);
        connect(camera, &DocumentCamera::error, this, &MaterialsStep::onCameraError);
    }
    m_panel->setCaptureAvailable(camera != nullptr);
}

QAbstractItemView* MaterialsStep::checklistView() const
{
    return m_checklist;
}

void MaterialsStep::selectEntry(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, MaterialChecklistModel::NameColumn);
    m_checklist->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_checklist->scrollTo(index);
}

QString MaterialsStep::entryStateText(const QString& name) const
{
    const int row = m_model->rowOf(name);
    return row < 0 ? QString() : m_model->rows().at(row).stateText;
}

std::optional<ChecklistEntry> MaterialsStep::selectedChecklistEntry() const
{
    const int row = m_model->rowOf(m_selected);
    if (row < 0)
        return std::nullopt;
    return m_model->rows().at(row).entry;
}

void MaterialsStep::refresh()
{
    const QList<ChecklistEntry> entries = m_session.checklist();
    const IntakeDraft& draft = m_session.draft();
    const QList<MaterialRow> rows = MaterialOptions::rows(m_session, entries);

    m_refreshing = true;
    m_model->setRows(rows);
    int current = m_model->rowOf(m_selected);
    if (current < 0) {
        for (qsizetype i = 0; i < rows.size() && current < 0; ++i) {
            if (rows.at(i).entry.required && !rows.at(i).satisfied)
                current = static_cast<int>(i);
        }
        if (current < 0 && !rows.isEmpty())
            current = 0;
    }
    if (current >= 0 && m_checklist->currentIndex().row() != current) {
        m_checklist->selectionModel()->setCurrentIndex(
            m_model->index(current, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_refreshing = false;
    m_selected = current >= 0 ? rows.at(current).entry.name : QString();

    m_checklist->setColumnHidden(MaterialChecklistModel::ItemsColumn, draft.itemCodes.size() <= 1);
    m_checklist->setVisible(!rows.isEmpty());
    m_noItems->setVisible(rows.isEmpty());

    const QList<ChecklistEntry> missing = MaterialChecklist::missing(entries, draft);
    const auto committed = MaterialChecklist::underCommitment(entries, draft).size();
    QStringList missingNames;
    for (const ChecklistEntry& entry : missing)
        missingNames.append(entry.name);
    QString summary; // none without entries: the list says that no items are chosen
    if (!entries.isEmpty() && missing.isEmpty())
        summary = tr("All required materials are given.");
    else if (!missing.isEmpty())
        summary = tr("%n required material(s) missing: %1.", nullptr, static_cast<int>(missing.size()))
                      .arg(QLocale().createSeparatedList(missingNames));
    if (committed > 0)
        summary += QLatin1Char(' ') + tr("%n under commitment.", nullptr, static_cast<int>(committed));
    m_summary->setText(summary);
    m_summary->setStyleSheet(missing.isEmpty() ? QString() : QStringLiteral("QLabel { color: #c62828; }"));
    showSelected();
}

void MaterialsStep::showSelected()
{
    m_panel->showEntry(selectedChecklistEntry());
}

void MaterialsStep::goOn()
{
    const QList<ChecklistEntry> missing =
        MaterialChecklist::missing(m_session.checklist(), m_session.draft());
    if (missing.isEmpty()) {
        emit finished();
        return;
    }
    const QList<MaterialRow>& rows = m_model->rows();
    const int current = m_model->rowOf(m_selected);
    if (current >= 0 && current == rows.size() - 1 && rows.at(current).satisfied) {
        emit finished(); // the clerk went through the whole list: the review lists what is missing
        return;
    }
    int next = -1;
    for (qsizetype step = 1; step <= rows.size() && next < 0; ++step) {
        const qsizetype row = (current + step) % rows.size();
        if (rows.at(row).entry.required && !rows.at(row).satisfied)
            next = static_cast<int>(row);
    }
    if (next >= 0)
        selectEntry(rows.at(next).entry.name);
    showMessage(tr("%n required material(s) still missing. Ctrl+Enter goes on to the review all the same.",
                   nullptr, static_cast<int>(missing.size())),
                false);
}

void MaterialsStep::openImportDialog()
{
    if (!selectedChecklistEntry()) {
        showMessage(tr("Choose a material in the list first."), true);
        return;
    }
    auto* dialog =
        new QFileDialog(this, tr("Import pages of “%1”").arg(m_selected), m_lastDirectory,
                        tr("Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf);;All files (*)"));
    dialog->setObjectName(QStringLiteral("materialImportDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_selected;
    connect(dialog, &QFileDialog::filesSelected, this, [this, dialog, name](const QStringList& files) {
        m_lastDirectory = dialog->directory().absolutePath();
        importInto(name, files);
    });
    dialog->open();
}

void MaterialsStep::importFiles(const QStringList& paths)
{
    importInto(m_selected, paths);
}

void MaterialsStep::importInto(const QString& name, const QStringList& paths)
{
    if (name.isEmpty() || m_model->rowOf(name) < 0) {
        showMessage(tr("Choose a material in the list first, then import its pages."), true);
        return;
    }
    if (paths.isEmpty())
        return;
    QStringList refused;
    int added = 0;
    {
        const WaitCursor wait;
        for (const QString& path : paths) {
            if (const Result<QString> page = m_session.importPageFile(name, path); page)
                ++added;
            else
                refused.append(page.error().message);
        }
    }
    if (added > 0) {
        selectEntry(name);
        m_panel->strip()->setCurrentPage(m_panel->strip()->count() - 1);
    }
    if (refused.isEmpty())
        showMessage(tr("%n page(s) added to “%1”.", nullptr, added).arg(name), false);
    else if (added > 0)
        showMessage(tr("%n page(s) added to “%1”. Not added:", nullptr, added).arg(name) + QLatin1Char('\n') +
                        refused.join(QLatin1Char('\n')),
                    true);
    else
        showMessage(refused.join(QLatin1Char('\n')), true);
}

void MaterialsStep::capture()
{
    if (!m_camera) {
        showMessage(tr("No document camera is set up at this window."), true);
        return;
    }
    if (!selectedChecklistEntry()) {
        showMessage(tr("Choose a material in the list first."), true);
        return;
    }
    if (!m_camera->isActive())
        m_camera->start();
    m_capturing = true;
    const int id = m_camera->captureStill();
    m_capturing = false;
    if (id >= 0) {
        m_pendingStills.insert(id, m_selected);
        showMessage(tr("Capturing a page of “%1”…").arg(m_selected), false);
    }
}

void MaterialsStep::addCapturedImage(const QImage& image)
{
    addStill(m_selected, image);
}

void MaterialsStep::onStill(int id, const QImage& image)
{
    const auto pending = m_pendingStills.constFind(id);
    if (pending == m_pendingStills.constEnd())
        return; // someone else's still
    const QString name = *pending;
    m_pendingStills.erase(pending);
    addStill(name, image);
}

void MaterialsStep::onCameraError(const Error& error)
{
    if (!m_capturing && m_pendingStills.isEmpty())
        return; // not about a capture of this step
    m_pendingStills.clear();
    showMessage(error.message, true);
}

void MaterialsStep::addStill(const QString& name, const QImage& image)
{
    if (name.isEmpty() || m_model->rowOf(name) < 0) {
        showMessage(tr("Choose a material in the list first."), true);
        return;
    }
    if (image.isNull()) {
        showMessage(tr("The camera delivered no picture. Check the camera and capture again."), true);
        return;
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 90)) {
        showMessage(tr("The captured page could not be saved as JPEG. Capture it again."), true);
        return;
    }
    const QString fileName = QStringLiteral("camera-%1.jpg")
                                 .arg(m_session.services().clock->now().toString(QStringLiteral("HHmmss")));
    const Result<QString> page = m_session.addPageBytes(name, jpeg, fileName);
    if (!page) {
        showMessage(page.error().message, true);
        return;
    }
    const MaterialChoice* choice = m_session.draft().choiceFor(name);
    const auto pages = choice ? choice->blobHashes.size() : 0;
    if (name == m_selected)
        m_panel->strip()->setCurrentPage(static_cast<int>(pages) - 1);
    showMessage(tr("Page %1 of “%2” captured.").arg(pages).arg(name), false);
}

void MaterialsStep::showMessage(const QString& text, bool error)
{
    m_messages->showMessage(text, error);
}

QString MaterialsStep::lastMessage() const
{
    return m_messages->text();
}

bool MaterialsStep::lastMessageIsError() const
{
    return m_messages->isError();
}

void MaterialsStep::keyPressEvent(QKeyEvent* event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
        goOn();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MaterialsStep::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!isAncestorOf(QApplication::focusWidget()))
        m_checklist->setFocus(Qt::OtherFocusReason);
}

void MaterialsStep::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedLocalFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MaterialsStep::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedLocalFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace ow
