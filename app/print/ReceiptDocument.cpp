#include "print/ReceiptDocument.h"

#include "core/AcceptanceNumber.h"
#include "core/Masking.h"
#include "core/ReceiptQrPayload.h"
#include "print/FieldGridBlock.h"
#include "print/PrintLabels.h"
#include "print/QrCodeImage.h"
#include "print/TableBlock.h"

namespace ow {

Result<PrintDocument> ReceiptDocument::build(const ReceiptData& data, const PrintSiteConfig& site)
{
    const Result<QString> payload = ReceiptQrPayload::compose(data.acceptanceNumber, data.queryCode);
    if (!payload)
        return payload.error();
    const Result<QImage> qr = QrCodeImage::encode(*payload);
    if (!qr)
        return qr.error();

    PrintDocument document(DocumentKind::Receipt, tr("Acceptance Receipt"), site);
    // On every page, so that a second page still says whose case it is.
    document.setSubtitle(tr("Acceptance number %1").arg(AcceptanceNumber::display(data.acceptanceNumber)));
    QString promise = PrintLabels::deadline(data.deadline);
    if (data.promisedDays > 0)
        promise = tr("%1, within %2").arg(promise, PrintLabels::workingDays(data.promisedDays));
    auto key = std::make_shared<FieldGridBlock>(
        QList<PrintField>{
            {tr("Acceptance number"), AcceptanceNumber::display(data.acceptanceNumber), FontRole::Large},
            {tr("Query code"), data.queryCode, FontRole::Large},
            {tr("Accepted at"), PrintLabels::dateTime(data.acceptedAt)},
            {tr("Window"), PrintLabels::windowAndClerk(data.window, data.clerkName)},
            {tr("Promised completion"), promise, FontRole::Strong},
        },
        1);
    key->setQr(*qr, qrSizeMm, tr("Scan to follow the case"));
    document.add(key, 0);

    addApplicant(document, data);
    addItems(document, data);
    addMaterials(document, data);
    addFollowUp(document, data);
    document.addSignatures({tr("Clerk (signature)"), tr("Applicant (signature)")});
    return document;
}

void ReceiptDocument::addApplicant(PrintDocument& document, const ReceiptData& data)
{
    document.addHeading(tr("Applicant"));
    document.addFields(ApplicantFields::of(data.applicant), 2);
}

void ReceiptDocument::addItems(PrintDocument& document, const ReceiptData& data)
{
    document.addHeading(tr("Service items"));
    if (!data.themeName.isEmpty())
        document.addFields({{tr("One-thing theme"), data.themeName, FontRole::Body, true}}, 1);
    QList<QStringList> rows;
    for (const ReceiptItem& item : data.items)
        rows.append({QString::number(rows.size() + 1), item.name, item.department,
                     item.promisedDays > 0 ? PrintLabels::workingDays(item.promisedDays) : QString()});
    document.add(std::make_shared<TableBlock>(QList<TableColumn>{{tr("No."), 0.5, Qt::AlignHCenter},
                                                                 {tr("Service item"), 3.2},
                                                                 {tr("Department"), 2.0},
                                                                 {tr("Time limit"), 1.3}},
                                              rows));
}

void ReceiptDocument::addMaterials(PrintDocument& document, const ReceiptData& data)
{
    document.addHeading(tr("Materials"));
    QList<QStringList> rows;
    bool committed = false;
    for (const CaseMaterial& material : data.materials) {
        rows.append({QString::number(rows.size() + 1), material.requirementName,
                     PrintLabels::materialSource(material.source, material.pageCount)});
        committed = committed || material.source == MaterialSource::Commitment;
    }
    auto table = std::make_shared<TableBlock>(QList<TableColumn>{{tr("No."), 0.5, Qt::AlignHCenter},
                                                                 {tr("Material"), 3.6},
                                                                 {tr("How it was received"), 2.9}},
                                              rows);
    table->setTotals({QString(), tr("%n material(s)", nullptr, int(data.materials.size()))});
    document.add(table);
    if (committed && data.commitmentDue.date.isValid())
        document.addText(tr("Materials missing under commitment must be supplied by %1, as the signed "
                            "commitment letter says.")
                             .arg(PrintLabels::deadline(data.commitmentDue)),
                         FontRole::Strong);
}

void ReceiptDocument::addFollowUp(PrintDocument& document, const ReceiptData& data)
{
    document.addHeading(tr("Delivery and follow-up"));
    QString delivery = PrintLabels::deliveryMethod(data.delivery);
    if (data.delivery == DeliveryMethod::Mail && !data.mailingAddress.isEmpty())
        delivery = tr("%1, to %2").arg(delivery, maskAddress(data.mailingAddress));
    document.addFields({{tr("Result delivery"), delivery, FontRole::Body, true}}, 1);
    if (!document.site().progressHint.isEmpty())
        document.addText(document.site().progressHint);
    document.addText(tr("Keep this receipt. The query code is printed only here: with the acceptance number "
                        "and the query code you can follow the case and collect its result."));
    if (data.deadline.provisional)
        document.addText(PrintLabels::provisionalNote(), FontRole::Small);
}

} // namespace ow
