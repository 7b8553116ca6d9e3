#pragma once

// OutcomeDocuments: the printouts an intake's outcome calls for: the receipt (and the commitment
// letter when materials are missing under commitment) for an accepted case, the refusal notice, or
// the one-time notice listing everything still missing.

#include "core/Result.h"
#include "print/PrintDocument.h"
#include "print/PrintSiteConfig.h"
#include "storage/IntakeRecorder.h"

#include <QCoreApplication>
#include <QList>

namespace ow {

class OutcomeDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ow::OutcomeDocuments)

public:
    // items are the case's items, themeName the theme's name or empty; clerkName as printed.
    static Result<QList<PrintDocument>> build(const IntakeOutcome& outcome, const QList<ServiceItem>& items,
                                              const QString& themeName, const QString& clerkName,
                                              const PrintSiteConfig& site);
};

} // namespace ow
