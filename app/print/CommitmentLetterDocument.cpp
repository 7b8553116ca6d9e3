#include "print/CommitmentLetterDocument.h"

#include "core/AcceptanceNumber.h"
#include "print/PrintLabels.h"
#include "print/TableBlock.h"

namespace ow {

PrintDocument CommitmentLetterDocument::build(const CommitmentLetterData& data, const PrintSiteConfig& site)
{
    PrintDocument document(DocumentKind::CommitmentLetter, tr("Letter of Commitment"), site);
    document.setSubtitle(tr("Acceptance with materials missing"));
    QList<PrintField> fields = ApplicantFields::of(data.applicant);
    fields.append(
        {tr("Acceptance number"), AcceptanceNumber::display(data.acceptanceNumber), FontRole::Body, true});
    fields.append({tr("Accepted at"), PrintLabels::dateTime(data.acceptedAt), FontRole::Body, true});
    fields.append({tr("Service items"), data.itemNames.join(QStringLiteral("; ")), FontRole::Body, true});
    document.addFields(fields, 2);

    document.addHeading(tr("Materials to be supplied"));
    QList<QStringList> rows;
    for (const QString& material : data.missingMaterials)
        rows.append({QString::number(rows.size() + 1), material, PrintLabels::deadline(data.due)});
    document.add(std::make_shared<TableBlock>(
        QList<TableColumn>{{tr("No."), 0.5, Qt::AlignHCenter}, {tr("Material"), 4.5}, {tr("Supply by"), 1.8}},
        rows));

    document.addHeading(tr("Commitment"));
    document.addText(tr("I (we) undertake to supply the materials listed above to %1 by %2, complete and "
                        "true. I (we) understand that the case was accepted before they were supplied; that "
                        "if they are not supplied by that date the case will not be approved and will be "
                        "closed; and that a false commitment is recorded in the credit file and bears legal "
                        "consequences.")
                         .arg(site.hallName, PrintLabels::deadline(data.due)));
    if (data.due.provisional)
        document.addText(PrintLabels::provisionalNote(), FontRole::Small);
    document.addSignatures({tr("Applicant or agent (signature)"), tr("Clerk (signature)")});
    document.addText(PrintLabels::windowAndClerk(data.window, data.clerkName), FontRole::Small,
                     Qt::AlignRight);
    return document;
}

} // namespace ow
