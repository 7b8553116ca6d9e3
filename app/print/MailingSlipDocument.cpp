#include "print/MailingSlipDocument.h"

#include "core/AcceptanceNumber.h"
#include "print/FieldGridBlock.h"
#include "print/PrintLabels.h"

namespace ow {

PrintDocument MailingSlipDocument::build(const MailingSlipData& data, const PrintSiteConfig& site)
{
    PrintDocument document(DocumentKind::MailingSlip, tr("Free Mailing Slip"), site);
    document.setSubtitle(tr("Postage paid by the hall"));

    document.addHeading(tr("Recipient"));
    document.addFields({{tr("Name"), data.recipientName, FontRole::Large, true},
                        {tr("Phone"), data.recipientPhone, FontRole::Large, true},
                        {tr("Address"), data.recipientAddress, FontRole::Large, true},
                        {tr("Postal code"), data.postalCode}},
                       1);

    document.addHeading(tr("Sender"));
    document.addFields({{tr("Sender"), site.hallName, FontRole::Body, true},
                        {tr("Address"), site.hallAddress, FontRole::Body, true},
                        {tr("Phone"), site.hallPhone}},
                       1);

    document.addHeading(tr("Shipment"));
    document.addFields(
        {{tr("Acceptance number"), AcceptanceNumber::display(data.acceptanceNumber), FontRole::Strong},
         {tr("Carrier"), data.carrier},
         {tr("Posted on"), PrintLabels::date(data.at.date())}},
        1);
    if (data.trackingNumber.isEmpty())
        document.addSignatures({tr("Tracking number")}, false);
    else
        document.addFields({{tr("Tracking number"), data.trackingNumber, FontRole::Strong}}, 1);
    return document;
}

} // namespace ow
