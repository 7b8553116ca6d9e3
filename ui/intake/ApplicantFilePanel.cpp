#include "ui/intake/ApplicantFilePanel.h"

#include "core/AcceptanceNumber.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace ow {

namespace {

QListWidget* listIn(QVBoxLayout* layout, const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* inner = new QVBoxLayout(box);
    auto* list = new QListWidget(box);
    list->setFocusPolicy(Qt::NoFocus);
    list->setWordWrap(true);
    inner->addWidget(list);
    layout->addWidget(box, 1);
    return list;
}

} // namespace

ApplicantFilePanel::ApplicantFilePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("applicantFile"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_cases = listIn(layout, tr("Earlier cases"), this);
    m_reusable = listIn(layout, tr("Files on record (reusable)"), this);
    m_licences = listIn(layout, tr("Electronic licences"), this);
    showFile(std::nullopt, QDate());
}

QString ApplicantFilePanel::statusText(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Draft:
        return tr("Draft");
    case CaseStatus::Accepted:
        return tr("Accepted");
    case CaseStatus::Dispatched:
        return tr("Dispatched");
    case CaseStatus::InProcess:
        return tr("In process");
    case CaseStatus::Completed:
        return tr("Completed");
    case CaseStatus::ResultReady:
        return tr("Result ready");
    case CaseStatus::Delivered:
        return tr("Delivered");
    case CaseStatus::Refused:
        return tr("Refused");
    case CaseStatus::ReturnedForMaterials:
        return tr("Returned for materials");
    }
    return {};
}

int ApplicantFilePanel::caseCount() const
{
    return m_cases->count();
}

void ApplicantFilePanel::showFile(const std::optional<ApplicantFileView>& file, QDate today)
{
    m_cases->clear();
    m_reusable->clear();
    m_licences->clear();
    if (!file) {
        m_heading->setText(tr("Applicant's file: appears once the applicant is identified."));
        return;
    }
    const QLocale locale;
    m_heading->setText(
        tr("Applicant's file: %n earlier case(s)", nullptr, static_cast<int>(file->cases.size())));
    for (const CaseRecord& record : file->cases) {
        m_cases->addItem(tr("%1  %2  %3")
                             .arg(locale.toString(record.acceptedAt.date(), QLocale::ShortFormat),
                                  statusText(record.status),
                                  AcceptanceNumber::display(record.acceptanceNumber)));
    }
    for (const ReusableMaterial& material : file->reusable) {
        m_reusable->addItem(
            tr("%1 (%n page(s), %2)", nullptr, material.pageCount)
                .arg(material.name, locale.toString(material.acceptedAt.date(), QLocale::ShortFormat)));
    }
    for (const ElectronicLicence& licence : file->licences) {
        QString text = tr("%1, trust level %2").arg(licence.type, licence.trustLevel);
        if (!licence.isValidOn(today))
            text += tr(" (expired)");
        m_licences->addItem(text);
    }
}

} // namespace ow
