#include "ui/intake/OutcomePanel.h"

#include "core/AcceptanceNumber.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ow {

OutcomePanel::OutcomePanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("acceptanceNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSize(34);
    big.setBold(true);
    m_number->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("outcomeDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    QFont detailFont = m_detail->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 1.3);
    m_detail->setFont(detailFont);
    m_print = new QLabel(this);
    m_print->setAlignment(Qt::AlignCenter);
    m_print->setWordWrap(true);
    m_print->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* buttons = new QHBoxLayout;
    m_reprint = new QPushButton(tr("Print again (F8)"), this);
    m_next = new QPushButton(tr("Next intake (Enter)"), this);
    m_next->setObjectName(QStringLiteral("nextIntake"));
    m_next->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_number),
                       static_cast<QWidget*>(m_detail), static_cast<QWidget*>(m_print)})
        layout->addWidget(w);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_next, &QPushButton::clicked, this, &OutcomePanel::nextIntakeRequested);
    connect(m_reprint, &QPushButton::clicked, this, &OutcomePanel::reprintRequested);
}

void OutcomePanel::showOutcome(const IntakeOutcome& outcome)
{
    const CaseRecord& record = outcome.record;
    const QLocale locale;
    m_number->setText(AcceptanceNumber::display(record.acceptanceNumber));
    switch (record.status) {
    case CaseStatus::Accepted: {
        m_title->setText(tr("Accepted"));
        QString detail =
            tr("Query code %1 · promised by %2")
                .arg(outcome.queryCode, locale.toString(outcome.deadline.date, QLocale::LongFormat));
        if (outcome.deadline.provisional)
            detail += tr(" (provisional: next year's holidays are not published yet)");
        if (outcome.commitmentDue.date.isValid())
            detail += QLatin1Char('\n') +
                      tr("Materials under commitment are due by %1")
                          .arg(locale.toString(outcome.commitmentDue.date, QLocale::LongFormat));
        m_detail->setText(detail);
        break;
    }
    case CaseStatus::Refused:
        m_title->setText(tr("Refused to accept"));
        m_detail->setText(record.history.isEmpty() ? QString() : record.history.constFirst().note);
        break;
    case CaseStatus::ReturnedForMaterials:
        m_title->setText(tr("Returned for materials"));
        m_detail->setText(tr("To bring: %1").arg(outcome.missingMaterials.join(QStringLiteral("、"))));
        break;
    default:
        break;
    }
    m_print->clear();
}

void OutcomePanel::setPrintState(const QString& text)
{
    m_print->setText(text);
}

QString OutcomePanel::numberText() const
{
    return m_number->text();
}

QString OutcomePanel::detailText() const
{
    return m_detail->text();
}

void OutcomePanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit nextIntakeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ow
