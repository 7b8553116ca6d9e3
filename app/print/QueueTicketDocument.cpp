#include "print/QueueTicketDocument.h"

#include "print/PrintLabels.h"

namespace ow {

QueueTicketData QueueTicketData::from(const QueueTicket& ticket, const QString& serviceName, int peopleAhead)
{
    return {ticket.number, serviceName, peopleAhead, ticket.issuedAt};
}

PrintDocument QueueTicketDocument::build(const QueueTicketData& data, const PrintSiteConfig& site)
{
    PrintDocument document(DocumentKind::QueueTicket, tr("Queue Ticket"), site);
    document.addText(data.number, FontRole::Huge, Qt::AlignHCenter, 0);
    document.addText(data.serviceName, FontRole::Heading, Qt::AlignHCenter, 1.0);
    document.addText(data.peopleAhead == 0 ? tr("You are next.")
                                           : tr("%n person(s) ahead of you", nullptr, data.peopleAhead),
                     FontRole::Body, Qt::AlignHCenter, 2.0);
    document.addText(PrintLabels::dateTime(data.issuedAt), FontRole::Small, Qt::AlignHCenter, 1.0);
    document.addText(tr("Please wait for your number to be called and shown on the screen. A number "
                        "called three times without answer is passed."),
                     FontRole::Small, Qt::AlignLeft, 2.0);
    return document;
}

} // namespace ow
