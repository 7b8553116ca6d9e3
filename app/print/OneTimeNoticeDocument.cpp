#include "print/OneTimeNoticeDocument.h"

#include "print/PrintLabels.h"
#include "print/TableBlock.h"

namespace ow {

PrintDocument OneTimeNoticeDocument::build(const OneTimeNoticeData& data, const PrintSiteConfig& site)
{
    PrintDocument document(DocumentKind::OneTimeNotice, tr("One-time Notice of Missing Materials"), site);
    QList<PrintField> fields = ApplicantFields::of(data.applicant, false);
    fields.append({tr("Service item"), data.itemName, FontRole::Body, true});
    fields.append({tr("Date"), PrintLabels::date(data.at.date())});
    document.addFields(fields, 2);

    document.addText(tr("To complete your application, bring all of the following materials. This list is "
                        "complete: nothing else will be asked for this application."),
                     FontRole::Body, Qt::AlignLeft, 4.0);
    document.addHeading(tr("Materials still needed"));
    QList<QStringList> rows;
    for (const NoticeMaterial& material : data.missing)
        rows.append({QString::number(rows.size() + 1), material.name,
                     PrintLabels::materialForm(material.form, material.copies), material.note});
    document.add(std::make_shared<TableBlock>(
        QList<TableColumn>{
            {tr("No."), 0.5, Qt::AlignHCenter}, {tr("Material"), 3.0}, {tr("Form"), 1.6}, {tr("Notes"), 2.4}},
        rows));
    if (!data.received.isEmpty()) {
        document.addHeading(tr("Already checked, not needed again"));
        document.addText(data.received.join(QStringLiteral("; ")));
    }
    QString where = tr("Bring them to any comprehensive window of %1.").arg(site.hallName);
    if (!site.hallPhone.isEmpty())
        where += QLatin1Char(' ') + tr("Questions: %1.").arg(site.hallPhone);
    document.addText(where, FontRole::Body, Qt::AlignLeft, 4.0);
    document.addSignatures({tr("Received by the applicant (signature)")});
    document.addText(PrintLabels::windowAndClerk(data.window, data.clerkName), FontRole::Small,
                     Qt::AlignRight);
    return document;
}

} // namespace ow
