#include "ui/intake/ApplicantStep.h"

#include "core/CreditCode.h"
#include "devices/IdCardData.h"
#include "devices/ScanClassifier.h"
#include "ui/intake/ApplicantFilePanel.h"
#include "ui/intake/CodeLineEdit.h"
#include "ui/intake/IntakeSession.h"
#include "ui/intake/PersonFields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ow {

namespace {

NaturalPerson personOf(const IdCardData& card)
{
    NaturalPerson p;
    p.idNumber = card.idNumber;
    p.name = card.name.isEmpty() ? card.englishName : card.name;
    p.gender = card.gender == IdCardData::Gender::Male     ? Gender::Male
               : card.gender == IdCardData::Gender::Female ? Gender::Female
                                                           : Gender::Unknown;
    p.ethnicity = card.ethnicity;
    p.birthDate = card.birthDate;
    p.address = card.address;
    p.idValidUntil = card.validIndefinitely ? QDate() : card.validUntil;
    p.idValidLongTerm = card.validIndefinitely;
    return p;
}

} // namespace

ApplicantStep::ApplicantStep(IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    const RegionTable& regions = *session.services().regions;
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    layout->addLayout(left, 3);

    auto* modes = new QHBoxLayout;
    m_personMode = new QRadioButton(tr("&1 Person"), this);
    m_personMode->setObjectName(QStringLiteral("mode.person"));
    m_enterpriseMode = new QRadioButton(tr("&2 Enterprise"), this);
    m_enterpriseMode->setObjectName(QStringLiteral("mode.enterprise"));
    m_personMode->setChecked(true);
    modes->addWidget(m_personMode);
    modes->addWidget(m_enterpriseMode);
    modes->addStretch(1);
    auto* hint =
        new QLabel(tr("F2 reads the ID card · scan a business licence's code · Enter moves on"), this);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    modes->addWidget(hint);
    left->addLayout(modes);

    m_personBox = new QGroupBox(tr("Applicant"), this);
    auto* personLayout = new QVBoxLayout(m_personBox);
    m_person = new PersonFields(regions, session.today(), false, m_personBox);
    personLayout->addWidget(m_person);
    left->addWidget(m_personBox);

    m_enterpriseBox = new QGroupBox(tr("Enterprise"), this);
    auto* enterpriseForm = new QFormLayout(m_enterpriseBox);
    m_creditCode = new CodeLineEdit(18, m_enterpriseBox);
    m_creditCode->setObjectName(QStringLiteral("creditCode"));
    m_creditCode->setPlaceholderText(tr("Unified social credit code, 18 characters"));
    m_creditProblem = new QLabel(m_enterpriseBox);
    m_creditProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_creditProblem->setWordWrap(true);
    m_creditProblem->hide();
    m_enterpriseName = new QLineEdit(m_enterpriseBox);
    m_enterpriseName->setObjectName(QStringLiteral("enterpriseName"));
    m_legalRepresentative = new QLineEdit(m_enterpriseBox);
    m_enterpriseAddress = new QLineEdit(m_enterpriseBox);
    m_enterprisePhone = new QLineEdit(m_enterpriseBox);
    m_enterprisePhone->setAttribute(Qt::WA_InputMethodEnabled, false);
    enterpriseForm->addRow(tr("Credit code"), m_creditCode);
    enterpriseForm->addRow(QString(), m_creditProblem);
    enterpriseForm->addRow(tr("Name"), m_enterpriseName);
    enterpriseForm->addRow(tr("Legal representative"), m_legalRepresentative);
    enterpriseForm->addRow(tr("Address"), m_enterpriseAddress);
    enterpriseForm->addRow(tr("Phone"), m_enterprisePhone);
    left->addWidget(m_enterpriseBox);

    m_hasAgent = new QCheckBox(tr("Someone &acts for the applicant (agent)"), this);
    m_hasAgent->setObjectName(QStringLiteral("hasAgent"));
    left->addWidget(m_hasAgent);
    m_agentBox = new QGroupBox(tr("Person at the window (agent)"), this);
    auto* agentLayout = new QVBoxLayout(m_agentBox);
    m_agent = new PersonFields(regions, session.today(), true, m_agentBox);
    m_agent->setObjectName(QStringLiteral("agentFields"));
    agentLayout->addWidget(m_agent);
    left->addWidget(m_agentBox);
    left->addStretch(1);

    m_file = new ApplicantFilePanel(this);
    layout->addWidget(m_file, 2);

    connect(m_personMode, &QRadioButton::toggled, this, [this] {
        updateVisibility();
        pushToSession();
    });
    connect(m_hasAgent, &QCheckBox::toggled, this, [this] {
        updateVisibility();
        pushToSession();
    });
    connect(m_person, &PersonFields::edited, this, &ApplicantStep::pushToSession);
    connect(m_agent, &PersonFields::edited, this, &ApplicantStep::pushToSession);
    connect(m_creditCode, &QLineEdit::textChanged, this, [this] {
        validateCreditCode();
        pushToSession();
    });
    for (QLineEdit* edit : {m_enterpriseName, m_legalRepresentative, m_enterpriseAddress, m_enterprisePhone})
        connect(edit, &QLineEdit::textEdited, this, &ApplicantStep::pushToSession);
    connect(&m_session, &IntakeSession::applicantFileChanged, this, [this] {
        const auto& file = m_session.applicantFile();
        m_file->showFile(file, m_session.today());
        if (!file || m_loading)
            return;
        if (file->applicant.isPerson() && !isEnterprise()) {
            m_person->setKnownContacts(file->contacts);
        } else if (!file->applicant.isPerson() && isEnterprise()) {
            if (m_enterpriseName->text().isEmpty())
                m_enterpriseName->setText(file->applicant.enterprise.name);
            if (m_legalRepresentative->text().isEmpty())
                m_legalRepresentative->setText(file->applicant.enterprise.legalRepresentative);
            if (m_enterpriseAddress->text().isEmpty())
                m_enterpriseAddress->setText(file->applicant.enterprise.address);
            if (m_enterprisePhone->text().isEmpty())
                m_enterprisePhone->setText(file->applicant.enterprise.phone);
        }
        pushToSession();
    });
    for (QWidget* field : findChildren<QWidget*>()) {
        if (field->focusPolicy() != Qt::NoFocus)
            field->installEventFilter(this);
    }
    updateVisibility();
}

bool ApplicantStep::isEnterprise() const
{
    return m_enterpriseMode->isChecked();
}

QLineEdit* ApplicantStep::creditCodeEdit() const
{
    return m_creditCode;
}

void ApplicantStep::setEnterprise(bool enterprise)
{
    (enterprise ? m_enterpriseMode : m_personMode)->setChecked(true);
}

void ApplicantStep::updateVisibility()
{
    const bool enterprise = isEnterprise();
    m_personBox->setVisible(!enterprise);
    m_enterpriseBox->setVisible(enterprise);
    m_hasAgent->setVisible(!enterprise);
    m_agentBox->setVisible(enterprise || m_hasAgent->isChecked());
}

void ApplicantStep::validateCreditCode()
{
    const QString typed = m_creditCode->text().trimmed();
    if (typed.size() < 18) {
        m_creditProblem->hide();
        m_creditCode->setStyleSheet(QString());
        return;
    }
    const auto code = CreditCode::parse(typed, *m_session.services().regions);
    m_creditProblem->setVisible(!code);
    if (!code)
        m_creditProblem->setText(code.error().message);
    m_creditCode->setStyleSheet(code ? QStringLiteral("QLineEdit { border: 2px solid #2e7d32; }")
                                     : QStringLiteral("QLineEdit { border: 2px solid #b3261e; }"));
}

void ApplicantStep::pushToSession()
{
    if (m_loading)
        return;
    Applicant applicant;
    if (isEnterprise()) {
        applicant.kind = ApplicantKind::Enterprise;
        applicant.enterprise =
            Enterprise{m_creditCode->text().trimmed(), m_enterpriseName->text().trimmed(),
                       m_legalRepresentative->text().trimmed(), m_enterpriseAddress->text().trimmed(),
                       m_enterprisePhone->text().trimmed()};
    } else {
        applicant.person = m_person->person();
    }
    const bool withAgent = isEnterprise() || m_hasAgent->isChecked();
    m_session.setAgent(withAgent ? std::optional<NaturalPerson>(m_agent->person()) : std::nullopt);
    m_session.setApplicant(applicant);
}

void ApplicantStep::loadFromDraft()
{
    m_loading = true;
    const IntakeDraft& draft = m_session.draft();
    setEnterprise(!draft.applicant.isPerson());
    m_person->setPerson(draft.applicant.person);
    const Enterprise& e = draft.applicant.enterprise;
    m_creditCode->setText(e.creditCode);
    m_enterpriseName->setText(e.name);
    m_legalRepresentative->setText(e.legalRepresentative);
    m_enterpriseAddress->setText(e.address);
    m_enterprisePhone->setText(e.phone);
    m_hasAgent->setChecked(draft.agent.has_value() && draft.applicant.isPerson());
    m_agent->setPerson(draft.agent.value_or(NaturalPerson{}));
    m_file->showFile(m_session.applicantFile(), m_session.today());
    updateVisibility();
    m_loading = false;
}

void ApplicantStep::applyCard(const IdCardData& card)
{
    const NaturalPerson read = personOf(card);
    const bool toAgent =
        isEnterprise() || (m_hasAgent->isChecked() && !m_person->person().idNumber.isEmpty() &&
                           m_person->person().idNumber != read.idNumber);
    PersonFields* target = toAgent ? m_agent : m_person;
    NaturalPerson merged = read;
    merged.phone = target->person().phone;
    target->setPerson(merged);
    pushToSession();
}

void ApplicantStep::applyScan(const ScanResult& scan)
{
    if (scan.kind == ScanResult::Kind::CreditCode) {
        setEnterprise(true);
        m_creditCode->setText(scan.value);
        m_enterpriseName->setFocus();
    } else if (scan.kind == ScanResult::Kind::ResidentId) {
        PersonFields* target = (isEnterprise() || m_agent->isAncestorOf(focusWidget())) ? m_agent : m_person;
        target->idEdit()->setText(scan.value);
        target->nameEdit()->setFocus();
    }
}

void ApplicantStep::focusFirstField()
{
    (isEnterprise() ? static_cast<QWidget*>(m_creditCode) : m_person->idEdit())->setFocus();
}

bool ApplicantStep::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            emit backRequested();
            return true;
        }
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            emit finished();
            return true;
        }
        if (enter) {
            const bool agentShown = m_agentBox->isVisible();
            const bool lastOfApplicant =
                watched == m_person->lastField() || watched == static_cast<QObject*>(m_enterprisePhone);
            if (watched == m_agent->lastField() || (lastOfApplicant && !agentShown)) {
                emit finished();
            } else if (lastOfApplicant) {
                m_agent->idEdit()->setFocus();
            } else {
                focusNextChild();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ow
