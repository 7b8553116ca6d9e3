#pragma once

// RefusalNoticeDocument: builds the notice of refusal (不予受理通知书): what was applied for, why it is
// not accepted, where to go instead and how to contest the decision.

#include "print/PrintApplicant.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ow {

struct RefusalNoticeData
{
    PrintApplicant applicant;
    QString noticeNumber; // the hall's document number, may be empty
    QDateTime at;
    QString itemName;   // what the applicant asked for
    QString reason;     // from the hall's list of reasons, possibly completed by the clerk
    QString legalBasis; // optional
    QString referral;   // optional: the authority or hall that handles it instead
    QString window;
    QString clerkName;
};

class RefusalNoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::RefusalNoticeDocument)

public:
    static PrintDocument build(const RefusalNoticeData& data, const PrintSiteConfig& site);
};

} // namespace ow
