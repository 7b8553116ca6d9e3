#pragma once

// QueueTicketDocument: builds the queue ticket (排队号票) for the 80 mm thermal roll: the number, large,
// the service, how many people wait ahead and when it was taken.

#include "core/QueueTicket.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ow {

struct QueueTicketData
{
    QString number;      // e.g. A012
    QString serviceName; // the queue's service, e.g. 个体工商户登记
    int peopleAhead = 0;
    QDateTime issuedAt;

    static QueueTicketData from(const QueueTicket& ticket, const QString& serviceName, int peopleAhead);
};

class QueueTicketDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::QueueTicketDocument)

public:
    static PrintDocument build(const QueueTicketData& data, const PrintSiteConfig& site);
};

} // namespace ow
