#include "ui/intake/OutcomeDocuments.h"

#include "core/MaterialChecklist.h"
#include "print/CommitmentLetterDocument.h"
#include "print/OneTimeNoticeDocument.h"
#include "print/ReceiptDocument.h"
#include "print/RefusalNoticeDocument.h"

namespace ow {

namespace {

PrintApplicant printApplicant(const IntakeOutcome& outcome)
{
    Applicant agent;
    if (outcome.agent)
        agent.person = *outcome.agent;
    return PrintApplicant::from(outcome.applicant, outcome.agent ? &agent : nullptr);
}

QStringList itemNames(const QList<ServiceItem>& items)
{
    QStringList names;
    for (const ServiceItem& item : items)
        names << item.name;
    return names;
}

} // namespace

Result<QList<PrintDocument>> OutcomeDocuments::build(const IntakeOutcome& outcome,
                                                     const QList<ServiceItem>& items,
                                                     const QString& themeName, const QString& clerkName,
                                                     const PrintSiteConfig& site)
{
    const CaseRecord& record = outcome.record;
    const PrintApplicant applicant = printApplicant(outcome);
    QList<PrintDocument> documents;
    switch (record.status) {
    case CaseStatus::Accepted: {
        ReceiptData receipt;
        receipt.window = record.window;
        receipt.clerkName = clerkName;
        receipt.acceptedAt = record.acceptedAt;
        receipt.acceptanceNumber = record.acceptanceNumber;
        receipt.queryCode = outcome.queryCode;
        receipt.applicant = applicant;
        receipt.themeName = themeName;
        for (const ServiceItem& item : items) {
            receipt.items.append(ReceiptItem{item.name, item.department, item.promisedDays});
            receipt.promisedDays = std::max(receipt.promisedDays, item.promisedDays);
        }
        receipt.materials = record.materials;
        receipt.deadline = outcome.deadline;
        receipt.commitmentDue = outcome.commitmentDue;
        receipt.delivery = record.delivery;
        auto built = ReceiptDocument::build(receipt, site);
        if (!built)
            return built.error();
        documents.append(*built);
        QStringList underCommitment;
        for (const CaseMaterial& material : record.materials) {
            if (material.source == MaterialSource::Commitment)
                underCommitment << material.requirementName;
        }
        if (!underCommitment.isEmpty()) {
            documents.append(CommitmentLetterDocument::build(
                CommitmentLetterData{applicant, record.acceptanceNumber, record.acceptedAt, itemNames(items),
                                     underCommitment, outcome.commitmentDue, record.window, clerkName},
                site));
        }
        break;
    }
    case CaseStatus::Refused: {
        const QString note = record.history.isEmpty() ? QString() : record.history.constFirst().note;
        RefusalNoticeData notice{applicant,
                                 record.acceptanceNumber,
                                 record.acceptedAt,
                                 itemNames(items).join(QStringLiteral("、")),
                                 note,
                                 {},
                                 {},
                                 record.window,
                                 clerkName};
        documents.append(RefusalNoticeDocument::build(notice, site));
        break;
    }
    case CaseStatus::ReturnedForMaterials: {
        const QList<ChecklistEntry> checklist = MaterialChecklist::build(items, outcome.agent.has_value());
        OneTimeNoticeData notice;
        notice.applicant = applicant;
        notice.at = record.acceptedAt;
        notice.itemName = itemNames(items).join(QStringLiteral("、"));
        notice.window = record.window;
        notice.clerkName = clerkName;
        for (const ChecklistEntry& entry : checklist) {
            if (outcome.missingMaterials.contains(entry.name))
                notice.missing.append(NoticeMaterial{entry.name, entry.form, entry.copies, {}});
        }
        for (const CaseMaterial& material : record.materials)
            notice.received << material.requirementName;
        documents.append(OneTimeNoticeDocument::build(notice, site));
        break;
    }
    default:
        break;
    }
    return documents;
}

} // namespace ow
