#include "ui/intake/IntakePage.h"

#include "devices/IdCardData.h"
#include "devices/ScanClassifier.h"
#include "ui/intake/ApplicantStep.h"
#include "ui/intake/IntakeSession.h"
#include "ui/intake/ItemStep.h"
#include "ui/intake/MaterialsStep.h"
#include "ui/intake/OutcomeDocuments.h"
#include "ui/intake/OutcomePanel.h"
#include "ui/intake/RefusalDialog.h"
#include "ui/intake/ReviewStep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ow {

namespace {

constexpr int outcomeIndex = 4;

} // namespace

IntakePage::IntakePage(IntakeSession& session, PrintSiteConfig printSite, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_printSite(std::move(printSite))
{
    setObjectName(QStringLiteral("page.intakeFlow"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    const QStringList titles{tr("1 Applicant (F2)"), tr("2 Items (F3)"), tr("3 Materials (F4)"),
                             tr("4 Review and accept (F5)")};
    for (const QString& title : titles) {
        auto* label = new QLabel(title, this);
        label->setAlignment(Qt::AlignCenter);
        label->setMargin(6);
        m_stepLabels.append(label);
        bar->addWidget(label, 1);
    }
    layout->addLayout(bar);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_stack = new QStackedWidget(this);
    m_applicant = new ApplicantStep(session, m_stack);
    m_items = new ItemStep(session, m_stack);
    m_materials = new MaterialsStep(session, m_stack);
    m_review = new ReviewStep(session, m_stack);
    m_outcome = new OutcomePanel(m_stack);
    for (QWidget* page : {static_cast<QWidget*>(m_applicant), static_cast<QWidget*>(m_items),
                          static_cast<QWidget*>(m_materials), static_cast<QWidget*>(m_review),
                          static_cast<QWidget*>(m_outcome)})
        m_stack->addWidget(page);
    layout->addWidget(m_stack, 1);

    connect(m_applicant, &ApplicantStep::finished, this, [this] { goTo(IntakeStep::Items); });
    connect(m_applicant, &ApplicantStep::backRequested, this, &IntakePage::stepBack);
    connect(m_items, &ItemStep::finished, this, [this] { goTo(IntakeStep::Materials); });
    connect(m_items, &ItemStep::backRequested, this, &IntakePage::stepBack);
    connect(m_materials, &MaterialsStep::finished, this, [this] { goTo(IntakeStep::Review); });
    connect(m_materials, &MaterialsStep::backRequested, this, &IntakePage::stepBack);
    connect(m_review, &ReviewStep::acceptRequested, this, &IntakePage::accept);
    connect(m_review, &ReviewStep::returnRequested, this, &IntakePage::returnForMaterials);
    connect(m_review, &ReviewStep::refuseRequested, this, &IntakePage::refuse);
    connect(m_review, &ReviewStep::backRequested, this, &IntakePage::stepBack);
    connect(m_outcome, &OutcomePanel::nextIntakeRequested, this, [this] { startNew(); });
    connect(m_outcome, &OutcomePanel::reprintRequested, this, &IntakePage::printOutcome);
    connect(&m_session, &IntakeSession::saveFailed, this, [this](const QString& text) {
        m_error->setText(tr("The intake could not be saved: %1").arg(text));
        m_error->show();
    });
    buildShortcuts();
    updateStepBar();
}

void IntakePage::buildShortcuts()
{
    const auto add = [this](const QKeySequence& keys, auto handler) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, handler);
    };
    add(QKeySequence(Qt::Key_F2), [this] {
        if (showingOutcome())
            startNew();
        goTo(IntakeStep::Applicant);
        emit readCardRequested();
    });
    add(QKeySequence(Qt::Key_F3), [this] { goTo(IntakeStep::Items); });
    add(QKeySequence(Qt::Key_F4), [this] { goTo(IntakeStep::Materials); });
    add(QKeySequence(Qt::Key_F5), [this] {
        if (currentStep() == IntakeStep::Review && !showingOutcome())
            accept();
        else
            goTo(IntakeStep::Review);
    });
    add(QKeySequence(Qt::Key_F6), [this] { returnForMaterials(); });
    add(QKeySequence(Qt::Key_F7), [this] { refuse(); });
    add(QKeySequence(Qt::Key_F8), [this] { printOutcome(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { startNew(); });
}

void IntakePage::setCatalog(const QList<ServiceItem>& items, const QList<Theme>& themes,
                            const QHash<QString, int>& usage)
{
    m_session.setCatalog(items, themes);
    m_items->rebuildIndex(usage);
}

void IntakePage::setCamera(DocumentCamera* camera)
{
    m_materials->setCamera(camera);
}

IntakeStep IntakePage::currentStep() const
{
    return m_session.draft().step;
}

bool IntakePage::showingOutcome() const
{
    return m_stack->currentIndex() == outcomeIndex;
}

void IntakePage::startNew(const QString& firstItemCode)
{
    m_error->hide();
    m_session.startNew();
    m_applicant->loadFromDraft();
    if (!firstItemCode.isEmpty())
        m_session.addItem(firstItemCode);
    goTo(IntakeStep::Applicant);
}

void IntakePage::resume(const IntakeDraft& draft)
{
    m_error->hide();
    if (!m_session.resume(draft))
        return;
    m_applicant->loadFromDraft();
    const IntakeStep step = draft.step;
    m_session.setStep(IntakeStep::Applicant);
    goTo(step);
    emit message(tr("The unfinished intake was restored as it was left."));
}

void IntakePage::goTo(IntakeStep step)
{
    if (showingOutcome() && step != IntakeStep::Applicant)
        return;
    m_session.setStep(step);
    m_stack->setCurrentIndex(static_cast<int>(step));
    switch (step) {
    case IntakeStep::Applicant:
        m_applicant->focusFirstField();
        break;
    case IntakeStep::Items:
        m_items->focusSearch();
        break;
    case IntakeStep::Materials:
        m_materials->setFocus();
        break;
    case IntakeStep::Review:
        m_review->refresh();
        m_review->setFocus();
        break;
    }
    updateStepBar();
}

void IntakePage::stepBack()
{
    if (showingOutcome())
        return;
    const int step = static_cast<int>(currentStep());
    if (step == 0) {
        if (m_session.draft().isEmpty())
            emit closeRequested();
        return;
    }
    goTo(static_cast<IntakeStep>(step - 1));
}

void IntakePage::updateStepBar()
{
    const int current = showingOutcome() ? -1 : static_cast<int>(currentStep());
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        m_stepLabels.at(i)->setStyleSheet(
            i == current
                ? QStringLiteral("background: #1a73e8; color: white; font-weight: bold; border-radius: 4px;")
                : QStringLiteral("background: #e8eaed; color: #3c4043; border-radius: 4px;"));
    }
}

void IntakePage::applyCard(const IdCardData& card)
{
    if (showingOutcome())
        startNew();
    if (currentStep() != IntakeStep::Applicant)
        goTo(IntakeStep::Applicant);
    m_applicant->applyCard(card);
    emit message(tr("ID card read."));
}

void IntakePage::applyScan(const ScanResult& scan)
{
    switch (scan.kind) {
    case ScanResult::Kind::ResidentId:
    case ScanResult::Kind::CreditCode:
        if (showingOutcome())
            startNew();
        if (currentStep() != IntakeStep::Applicant)
            goTo(IntakeStep::Applicant);
        m_applicant->applyScan(scan);
        break;
    default:
        emit message(
            tr("The scanned code is not an ID number or a business licence; nothing was filled in."));
        break;
    }
}

void IntakePage::showOutcome(Result<IntakeOutcome> outcome)
{
    if (!outcome) {
        m_error->setText(outcome.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_lastOutcome = *outcome;
    m_outcome->showOutcome(*outcome);
    m_stack->setCurrentIndex(outcomeIndex);
    m_outcome->setFocus();
    updateStepBar();
    emit caseRecorded(*outcome);
    printOutcome();
}

void IntakePage::accept()
{
    if (showingOutcome())
        return;
    if (!m_session.problems().isEmpty()) {
        goTo(IntakeStep::Review);
        return;
    }
    m_lastItems = m_session.items();
    m_lastTheme = m_session.theme(m_session.draft().themeCode).value_or(Theme{}).name;
    showOutcome(m_session.accept());
}

void IntakePage::returnForMaterials()
{
    if (showingOutcome() || !m_review->returnButton()->isEnabled())
        return;
    m_lastItems = m_session.items();
    m_lastTheme.clear();
    showOutcome(m_session.returnForMaterials());
}

void IntakePage::refuse()
{
    if (showingOutcome() || !m_review->refuseButton()->isEnabled())
        return;
    auto* dialog = new RefusalDialog(IntakeRecorder::refusalReasons(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { refuseWith(dialog->reason(), dialog->details()); });
    dialog->open();
}

void IntakePage::refuseWith(const QString& reason, const QString& details)
{
    m_lastItems = m_session.items();
    m_lastTheme.clear();
    showOutcome(m_session.refuse(reason, details));
}

void IntakePage::printOutcome()
{
    if (!m_lastOutcome || !showingOutcome())
        return;
    auto documents = OutcomeDocuments::build(*m_lastOutcome, m_lastItems, m_lastTheme,
                                             m_session.services().site.staff.name, m_printSite);
    if (!documents) {
        m_outcome->setPrintState(documents.error().message);
        return;
    }
    emit documentsReady(*documents);
}

void IntakePage::setPrintState(const QString& text)
{
    m_outcome->setPrintState(text);
}

} // namespace ow
