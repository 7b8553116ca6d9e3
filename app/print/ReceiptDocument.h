#pragma once

// ReceiptDocument: builds the acceptance receipt (受理回执), A4 or A5: the acceptance number and query
// code with their QR code, applicant, items, materials and how each was received, promised date,
// delivery and how to follow the case.

#include "core/CaseRecord.h"
#include "core/Result.h"
#include "core/ServiceItem.h"
#include "core/WorkingCalendar.h"
#include "print/PrintApplicant.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

struct ReceiptItem
{
    QString name;
    QString department;
    int promisedDays = 0;
};

// Everything the receipt prints; personal data is given in full and masked by the document.
struct ReceiptData
{
    QString window; // as the hall names it, e.g. "7"
    QString clerkName;
    QDateTime acceptedAt;
    QString acceptanceNumber; // compact or grouped
    QString queryCode;        // shown once, here
    PrintApplicant applicant;
    QString themeName; // the 一事联办 theme, if the case is one
    QList<ReceiptItem> items;
    QList<CaseMaterial> materials;
    Deadline deadline;      // promised completion date
    int promisedDays = 0;   // working days
    Deadline commitmentDue; // when materials missing under commitment are due
    DeliveryMethod delivery = DeliveryMethod::Counter;
    QString mailingAddress; // for DeliveryMethod::Mail; printed masked
};

class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::ReceiptDocument)

public:
    // Fails when the acceptance number or the query code is malformed (they go into the QR code).
    static Result<PrintDocument> build(const ReceiptData& data, const PrintSiteConfig& site);

    // The QR code's size on paper, in millimetres.
    static constexpr qreal qrSizeMm = 28.0;

private:
    static void addApplicant(PrintDocument& document, const ReceiptData& data);
    static void addItems(PrintDocument& document, const ReceiptData& data);
    static void addMaterials(PrintDocument& document, const ReceiptData& data);
    static void addFollowUp(PrintDocument& document, const ReceiptData& data);
};

} // namespace ow
