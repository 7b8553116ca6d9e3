#include "print/DispatchSlipDocument.h"

#include "core/AcceptanceNumber.h"
#include "print/FieldGridBlock.h"
#include "print/PrintLabels.h"
#include "print/QrCodeImage.h"
#include "print/TableBlock.h"

namespace ow {

QString DispatchSlipDocument::qrPayload(const QString& batchNumber)
{
    return QStringLiteral("OWD1:") + batchNumber.trimmed().toUpper();
}

Result<PrintDocument> DispatchSlipDocument::build(const DispatchSlipData& data, const PrintSiteConfig& site)
{
    const Result<QImage> qr = QrCodeImage::encode(qrPayload(data.batchNumber));
    if (!qr)
        return qr.error();
    PrintDocument document(DocumentKind::DispatchSlip, tr("Dispatch Slip"), site);
    // Every page says which batch and department it belongs to.
    document.setSubtitle(tr("Batch %1 to %2").arg(data.batchNumber, data.department));

    int materials = 0;
    int pages = 0;
    QList<QStringList> rows;
    for (const DispatchCase& c : data.cases) {
        rows.append({QString::number(rows.size() + 1), AcceptanceNumber::display(c.acceptanceNumber),
                     c.applicantName, c.itemName, QString::number(c.materialCount),
                     QString::number(c.pageCount), PrintLabels::deadline(c.deadline)});
        materials += c.materialCount;
        pages += c.pageCount;
    }
    const QString caseCount = tr("%n case(s)", nullptr, int(data.cases.size()));
    auto fields = std::make_shared<FieldGridBlock>(
        QList<PrintField>{
            {tr("Batch"), data.batchNumber, FontRole::Strong},
            {tr("Department"), data.department, FontRole::Strong},
            {tr("Created at"), PrintLabels::dateTime(data.createdAt)},
            {tr("Dispatched by"), data.dispatcher},
            {tr("Contents"), tr("%1, %2 material(s), %3 page(s)").arg(caseCount).arg(materials).arg(pages)}},
        1);
    fields->setQr(*qr, 22.0, tr("Scan at handover"));
    document.add(fields, 0);

    // Weights in millimetres of A4's 180 mm: a grouped acceptance number takes 52 mm at 9 pt.
    // The deadline column fits a Chinese date (2020年12月14日) on one line.
    auto table = std::make_shared<TableBlock>(QList<TableColumn>{{tr("No."), 10, Qt::AlignHCenter},
                                                                 {tr("Acceptance number"), 50},
                                                                 {tr("Applicant"), 29},
                                                                 {tr("Service item"), 31},
                                                                 {tr("Materials"), 15, Qt::AlignRight},
                                                                 {tr("Pages"), 12, Qt::AlignRight},
                                                                 {tr("Due"), 33}},
                                              rows);
    table->setCompact(true);
    table->setTotals(
        {QString(), tr("Total"), caseCount, QString(), QString::number(materials), QString::number(pages)});
    document.add(table, 4.0);
    document.addText(tr("The receiving department checks the cases and materials against this slip before "
                        "signing; a missing or extra item is noted on the slip."),
                     FontRole::Small);
    document.addSignatures(
        {tr("Handed over by (signature)"), tr("Received by, for the department (signature)")});
    return document;
}

} // namespace ow
