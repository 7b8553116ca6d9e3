#pragma once

// IntakeReadiness: what still stands between an intake draft and its acceptance (blocking problems),
// and what the clerk should look at before deciding (warnings, e.g. an expired ID card).

#include "core/IntakeDraft.h"
#include "core/MaterialChecklist.h"
#include "core/RegionTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace ow {

class IntakeReadiness
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeReadiness)

public:
    // Empty when the case can be accepted: the applicant (and for an enterprise the person at the
    // window) identified with valid numbers, at least one item, every required material satisfied,
    // an address for mailing.
    static QStringList problems(const IntakeDraft& draft, const QList<ChecklistEntry>& checklist,
                                const RegionTable& regions, QDate today);

    // Things to look at that do not block: an ID card past its validity, an agent's expired card.
    static QStringList warnings(const IntakeDraft& draft, QDate today);

    // Whether the applicant part alone is complete (the intake can move on to the items).
    static bool applicantIdentified(const IntakeDraft& draft, const RegionTable& regions, QDate today);

    static bool cardExpired(const NaturalPerson& person, QDate today);

private:
    static QStringList applicantProblems(const IntakeDraft& draft, const RegionTable& regions, QDate today);
};

} // namespace ow
