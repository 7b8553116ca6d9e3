#pragma once

// MailingSlipDocument: builds the slip for free mailing (免费邮寄) of a result: recipient, phone and
// address in full (the courier needs them), sender (the hall, from configuration), acceptance number
// and the carrier's tracking number.

#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ow {

struct MailingSlipData
{
    QString recipientName;
    QString recipientPhone;
    QString recipientAddress;
    QString postalCode;
    QString acceptanceNumber;
    QString carrier;        // e.g. 中国邮政 EMS
    QString trackingNumber; // empty until the carrier gives one: a line is left to write it on
    QDateTime at;
};

class MailingSlipDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::MailingSlipDocument)

public:
    static PrintDocument build(const MailingSlipData& data, const PrintSiteConfig& site);
};

} // namespace ow
