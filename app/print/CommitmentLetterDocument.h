#pragma once

// CommitmentLetterDocument: builds the commitment letter (承诺书) an applicant signs when a case is
// accepted with materials missing (容缺受理): which materials, by which date, and what follows if not.

#include "core/WorkingCalendar.h"
#include "print/PrintApplicant.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ow {

struct CommitmentLetterData
{
    PrintApplicant applicant;
    QString acceptanceNumber;
    QDateTime acceptedAt;
    QStringList itemNames;
    QStringList missingMaterials;
    Deadline due; // the date to supply them by
    QString window;
    QString clerkName;
};

class CommitmentLetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::CommitmentLetterDocument)

public:
    static PrintDocument build(const CommitmentLetterData& data, const PrintSiteConfig& site);
};

} // namespace ow
