#pragma once

// DispatchSlipDocument: builds the dispatch slip (派件单) that hands a batch of accepted cases and
// their paper materials to one department: one row per case, totals, a code to scan at handover and
// signature lines; as many pages as the batch needs, numbered.

#include "core/WorkingCalendar.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow {

struct DispatchCase
{
    QString acceptanceNumber;
    QString applicantName;
    QString itemName;
    int materialCount = 0;
    int pageCount = 0;
    Deadline deadline;
};

struct DispatchSlipData
{
    QString batchNumber; // the hall's number of the batch: digits, capitals and '-' only
    QString department;
    QDateTime createdAt;
    QString dispatcher; // who hands the batch over
    QList<DispatchCase> cases;
};

class DispatchSlipDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::DispatchSlipDocument)

public:
    // Fails only when the batch number cannot go into a QR code.
    static Result<PrintDocument> build(const DispatchSlipData& data, const PrintSiteConfig& site);

    // "OWD1:<batch number>": what scanning the slip at handover reads.
    static QString qrPayload(const QString& batchNumber);
};

} // namespace ow
