#include "ui/intake/ReviewStep.h"

#include "core/IntakeReadiness.h"
#include "core/MaterialChecklist.h"
#include "ui/intake/IntakeSession.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ow {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReviewStep::ReviewStep(IntakeSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_summary, 3);

    auto* side = new QVBoxLayout;
    layout->addLayout(side, 2);
    auto* deliveryBox = new QGroupBox(tr("Delivery of the result"), this);
    auto* deliveryLayout = new QVBoxLayout(deliveryBox);
    m_delivery = new QButtonGroup(this);
    m_counter = new QRadioButton(tr("Pick-up at the delivery counter"), deliveryBox);
    m_mail = new QRadioButton(tr("Free mailing"), deliveryBox);
    m_electronic = new QRadioButton(tr("Electronic delivery"), deliveryBox);
    m_delivery->addButton(m_counter, static_cast<int>(DeliveryMethod::Counter));
    m_delivery->addButton(m_mail, static_cast<int>(DeliveryMethod::Mail));
    m_delivery->addButton(m_electronic, static_cast<int>(DeliveryMethod::Electronic));
    m_mailingAddress = new QLineEdit(deliveryBox);
    m_mailingAddress->setObjectName(QStringLiteral("mailingAddress"));
    m_mailingAddress->setPlaceholderText(tr("Mailing address"));
    for (QWidget* w : {static_cast<QWidget*>(m_counter), static_cast<QWidget*>(m_mail),
                       static_cast<QWidget*>(m_mailingAddress), static_cast<QWidget*>(m_electronic)})
        deliveryLayout->addWidget(w);
    side->addWidget(deliveryBox);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("reviewProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("reviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    side->addWidget(m_warnings);
    side->addWidget(m_problems);
    side->addStretch(1);

    m_accept = new QPushButton(tr("Accept (F5)"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    QFont big = m_accept->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_accept->setFont(big);
    m_accept->setMinimumHeight(48);
    m_return = new QPushButton(tr("Return for missing materials (F6)"), this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_refuse = new QPushButton(tr("Refuse to accept… (F7)"), this);
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    side->addWidget(m_accept);
    side->addWidget(m_return);
    side->addWidget(m_refuse);

    connect(m_accept, &QPushButton::clicked, this, &ReviewStep::acceptRequested);
    connect(m_return, &QPushButton::clicked, this, &ReviewStep::returnRequested);
    connect(m_refuse, &QPushButton::clicked, this, &ReviewStep::refuseRequested);
    connect(m_delivery, &QButtonGroup::idClicked, this, [this] { pushDelivery(); });
    connect(m_mailingAddress, &QLineEdit::textEdited, this, [this] { pushDelivery(); });
    connect(&m_session, &IntakeSession::draftChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void ReviewStep::pushDelivery()
{
    if (m_refreshing)
        return;
    const auto method = static_cast<DeliveryMethod>(std::max(1, m_delivery->checkedId()));
    m_session.setDelivery(method, m_mailingAddress->text().trimmed());
}

void ReviewStep::refresh()
{
    m_refreshing = true;
    const IntakeDraft& draft = m_session.draft();
    const QList<ServiceItem> items = m_session.items();
    DeliveryMethods offered = items.isEmpty() ? DeliveryMethods(DeliveryMethod::Counter) : DeliveryMethods();
    for (qsizetype i = 0; i < items.size(); ++i)
        offered = i == 0 ? items.at(i).deliveryOptions : offered & items.at(i).deliveryOptions;
    offered |= DeliveryMethod::Counter; // pick-up is always possible
    m_mail->setEnabled(offered.testFlag(DeliveryMethod::Mail));
    m_electronic->setEnabled(offered.testFlag(DeliveryMethod::Electronic));
    if (QAbstractButton* chosen = m_delivery->button(static_cast<int>(draft.delivery)))
        chosen->setChecked(true);
    m_mailingAddress->setEnabled(draft.delivery == DeliveryMethod::Mail);
    if (draft.delivery == DeliveryMethod::Mail && draft.mailingAddress.isEmpty() &&
        m_mailingAddress->text().isEmpty())
        m_mailingAddress->setText(draft.applicant.address());
    else if (m_mailingAddress->text() != draft.mailingAddress && !m_mailingAddress->hasFocus())
        m_mailingAddress->setText(draft.mailingAddress);

    const QLocale locale;
    QString html;
    const Applicant& a = draft.applicant;
    html += QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                .arg(escaped(a.isPerson() ? tr("Applicant") : tr("Enterprise")), escaped(a.name()),
                     escaped(a.key()));
    if (draft.agent) {
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(escaped(tr("Agent:")), escaped(draft.agent->name), escaped(draft.agent->idNumber));
    }
    html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Items")));
    if (const auto theme = m_session.theme(draft.themeCode))
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("One thing: %1").arg(theme->name)));
    for (const ServiceItem& item : items) {
        html += QStringLiteral("<li>%1 — %2, %3</li>")
                    .arg(escaped(item.name), escaped(item.department),
                         escaped(tr("%n working day(s)", nullptr, item.promisedDays)));
    }
    html += QStringLiteral("</ul>");
    if (!items.isEmpty()) {
        const Deadline deadline =
            IntakeRecorder::promisedDeadline(items, m_session.today(), *m_session.services().calendar);
        html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                    .arg(escaped(tr("Promised completion:")),
                         escaped(locale.toString(deadline.date, QLocale::LongFormat)),
                         deadline.provisional ? escaped(tr(" (provisional)")) : QString());
    }
    html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Materials")));
    for (const ChecklistEntry& entry : m_session.checklist()) {
        const MaterialChoice* choice = draft.choiceFor(entry.name);
        QString state = tr("missing");
        if (choice && MaterialChecklist::satisfies(entry, *choice)) {
            switch (*choice->source) {
            case MaterialSource::Pages:
                state = tr("%n page(s)", nullptr, static_cast<int>(choice->blobHashes.size()));
                break;
            case MaterialSource::ElectronicLicence:
                state = tr("electronic licence");
                break;
            case MaterialSource::Reused:
                state = tr("reused from the file");
                break;
            case MaterialSource::OriginalSeen:
                state = tr("original seen and returned");
                break;
            case MaterialSource::Commitment:
                state = tr("under commitment");
                break;
            }
        } else if (!entry.required) {
            state = tr("optional, not given");
        }
        html += QStringLiteral("<li>%1 — <i>%2</i></li>").arg(escaped(entry.name), escaped(state));
    }
    html += QStringLiteral("</ul>");
    m_summary->setHtml(html);

    const QStringList problems = m_session.problems();
    const QStringList warnings = m_session.warnings();
    m_problems->setText(problems.isEmpty() ? QString()
                                           : QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_accept->setEnabled(problems.isEmpty());
    const bool identified =
        IntakeReadiness::applicantIdentified(draft, *m_session.services().regions, m_session.today());
    m_return->setEnabled(identified && !items.isEmpty() &&
                         !MaterialChecklist::missing(m_session.checklist(), draft).isEmpty());
    m_refuse->setEnabled(identified);
    m_refreshing = false;
}

QString ReviewStep::summaryText() const
{
    return m_summary->toPlainText();
}

QString ReviewStep::problemsText() const
{
    return m_problems->text();
}

void ReviewStep::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_accept->isEnabled() &&
        !m_mailingAddress->hasFocus()) {
        emit acceptRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ow
