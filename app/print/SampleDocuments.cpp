#include "print/SampleDocuments.h"

#include "core/AcceptanceNumber.h"
#include "print/CommitmentLetterDocument.h"
#include "print/DispatchSlipDocument.h"
#include "print/MailingSlipDocument.h"
#include "print/OneTimeNoticeDocument.h"
#include "print/QueueTicketDocument.h"
#include "print/ReceiptDocument.h"
#include "print/RefusalNoticeDocument.h"

namespace ow {

namespace {

// A fixed moment, so that a sample looks the same every time it is printed.
const QDateTime sampleMoment{QDate(2024, 3, 18), QTime(9, 30)};

QString sampleAcceptanceNumber(int sequence)
{
    const Result<QString> number =
        AcceptanceNumber::compose({QStringLiteral("420000"), 1, 1, sampleMoment.date(), sequence});
    return number ? *number : QString();
}

PrintApplicant sampleApplicant()
{
    PrintApplicant applicant;
    applicant.name = SampleDocuments::sampleName();
    applicant.key = QStringLiteral("110101199003070000");
    applicant.phone = QStringLiteral("13800000000");
    return applicant;
}

ReceiptData sampleReceipt()
{
    ReceiptData data;
    data.window = QStringLiteral("1");
    data.clerkName = SampleDocuments::sampleName();
    data.acceptedAt = sampleMoment;
    data.acceptanceNumber = sampleAcceptanceNumber(1);
    data.queryCode = QStringLiteral("XXXXXX"); // of the query-code alphabet, plainly not a real one
    data.applicant = sampleApplicant();
    data.items = {{QStringLiteral("样例事项"), QStringLiteral("样例部门"), 3}};
    data.materials = {{QStringLiteral("样例申请书"), MaterialSource::Pages, {}, 2, {}},
                      {QStringLiteral("身份证明"), MaterialSource::OriginalSeen, {}, 0, {}}};
    data.deadline = {sampleMoment.date().addDays(3), false};
    data.promisedDays = 3;
    return data;
}

CommitmentLetterData sampleCommitment()
{
    CommitmentLetterData data;
    data.applicant = sampleApplicant();
    data.acceptanceNumber = sampleAcceptanceNumber(2);
    data.acceptedAt = sampleMoment;
    data.itemNames = {QStringLiteral("样例事项")};
    data.missingMaterials = {QStringLiteral("样例证明")};
    data.due = {sampleMoment.date().addDays(10), false};
    data.window = QStringLiteral("1");
    data.clerkName = SampleDocuments::sampleName();
    return data;
}

RefusalNoticeData sampleRefusal()
{
    RefusalNoticeData data;
    data.applicant = sampleApplicant();
    data.at = sampleMoment;
    data.itemName = QStringLiteral("样例事项");
    data.reason = QStringLiteral("样例理由。");
    data.window = QStringLiteral("1");
    data.clerkName = SampleDocuments::sampleName();
    return data;
}

OneTimeNoticeData sampleOneTimeNotice()
{
    OneTimeNoticeData data;
    data.applicant = sampleApplicant();
    data.at = sampleMoment;
    data.itemName = QStringLiteral("样例事项");
    data.missing = {{QStringLiteral("样例证明"), MaterialForm::Original, 1, {}}};
    data.received = {QStringLiteral("身份证明")};
    data.window = QStringLiteral("1");
    data.clerkName = SampleDocuments::sampleName();
    return data;
}

DispatchSlipData sampleDispatch()
{
    DispatchSlipData data;
    data.batchNumber = QStringLiteral("SAMPLE-0001");
    data.department = QStringLiteral("样例部门");
    data.createdAt = sampleMoment;
    data.dispatcher = SampleDocuments::sampleName();
    data.cases = {{sampleAcceptanceNumber(1),
                   SampleDocuments::sampleName(),
                   QStringLiteral("样例事项"),
                   2,
                   3,
                   {sampleMoment.date().addDays(3), false}}};
    return data;
}

MailingSlipData sampleMailing()
{
    MailingSlipData data;
    data.recipientName = SampleDocuments::sampleName();
    data.recipientPhone = QStringLiteral("13800000000");
    data.recipientAddress = QStringLiteral("样例地址");
    data.postalCode = QStringLiteral("000000");
    data.acceptanceNumber = sampleAcceptanceNumber(3);
    data.at = sampleMoment;
    return data;
}

} // namespace

QString SampleDocuments::sampleName()
{
    return QStringLiteral("样例");
}

PrintDocument SampleDocuments::sample(DocumentKind kind, const PrintSiteConfig& site)
{
    return marked(build(kind, site));
}

PrintDocument SampleDocuments::build(DocumentKind kind, const PrintSiteConfig& site)
{
    switch (kind) {
    case DocumentKind::Receipt:
        if (Result<PrintDocument> receipt = ReceiptDocument::build(sampleReceipt(), site))
            return std::move(receipt).value();
        break;
    case DocumentKind::CommitmentLetter:
        return CommitmentLetterDocument::build(sampleCommitment(), site);
    case DocumentKind::RefusalNotice:
        return RefusalNoticeDocument::build(sampleRefusal(), site);
    case DocumentKind::OneTimeNotice:
        return OneTimeNoticeDocument::build(sampleOneTimeNotice(), site);
    case DocumentKind::DispatchSlip:
        if (Result<PrintDocument> slip = DispatchSlipDocument::build(sampleDispatch(), site))
            return std::move(slip).value();
        break;
    case DocumentKind::MailingSlip:
        return MailingSlipDocument::build(sampleMailing(), site);
    case DocumentKind::QueueTicket:
        return QueueTicketDocument::build(
            {QStringLiteral("A001"), QStringLiteral("样例业务"), 0, sampleMoment}, site);
    }
    // Not reached with the fixed data above; still a page that says what it is.
    return PrintDocument(kind, QString(), site);
}

PrintDocument SampleDocuments::marked(const PrintDocument& document)
{
    PrintDocument sample(document.kind(), tr("%1 (sample)").arg(document.title()), document.site());
    sample.setSubtitle(document.subtitle());
    sample.addText(tr("%1 · Sample for trying the printer, not a valid document").arg(sampleName()),
                   FontRole::Strong, Qt::AlignCenter, 0);
    for (const PrintDocument::Entry& entry : document.entries())
        sample.add(entry.block, entry.spaceBeforeMm);
    return sample;
}

} // namespace ow
