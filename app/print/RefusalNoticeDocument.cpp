#include "print/RefusalNoticeDocument.h"

#include "print/PrintLabels.h"
#include "print/TextBlock.h"

namespace ow {

PrintDocument RefusalNoticeDocument::build(const RefusalNoticeData& data, const PrintSiteConfig& site)
{
    PrintDocument document(DocumentKind::RefusalNotice, tr("Notice of Refusal"), site);
    if (!data.noticeNumber.isEmpty())
        document.setSubtitle(tr("No. %1").arg(data.noticeNumber));
    document.addFields(ApplicantFields::of(data.applicant, false), 2);

    document.addText(
        tr("On %1 you applied to this hall for \"%2\". After examination, the application is not "
           "accepted, for the following reason:")
            .arg(PrintLabels::date(data.at.date()), data.itemName),
        FontRole::Body, Qt::AlignLeft, 4.0);
    auto reason = std::make_shared<TextBlock>(data.reason, FontRole::Strong);
    reason->setIndentMm(8);
    document.add(reason);
    if (!data.legalBasis.isEmpty())
        document.addFields({{tr("Legal basis"), data.legalBasis, FontRole::Body, true}}, 1);
    if (!data.referral.isEmpty())
        document.addFields({{tr("Where to apply"), data.referral, FontRole::Body, true}}, 1);
    document.addText(
        tr("If you disagree with this decision, you may apply for administrative reconsideration "
           "within 60 days of receiving this notice, or bring an administrative lawsuit before a "
           "people's court within 6 months."),
        FontRole::Body, Qt::AlignLeft, 3.0);

    document.addText(site.hallName, FontRole::Strong, Qt::AlignRight, 10.0);
    document.addText(tr("(seal)"), FontRole::Small, Qt::AlignRight, 0);
    document.addText(PrintLabels::date(data.at.date()), FontRole::Body, Qt::AlignRight, 0);
    document.addSignatures({tr("Received by the applicant (signature)")});
    document.addText(PrintLabels::windowAndClerk(data.window, data.clerkName), FontRole::Small,
                     Qt::AlignRight);
    return document;
}

} // namespace ow
