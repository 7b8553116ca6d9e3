#pragma once

// IntakeRecorder: turns a finished intake draft into a case: accepted (受理), refused (不予受理) or
// returned for missing materials (一次性告知). One transaction stores the applicant and agent, the
// numbered case with its history entry, its outbox operations and audit entry, and drops the draft.

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/IntakeDraft.h"
#include "core/Result.h"
#include "core/ServiceItem.h"
#include "core/SiteConfig.h"
#include "core/WorkingCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <optional>

namespace ow {

class Database;

// What was recorded, with what the printouts need.
struct IntakeOutcome
{
    CaseRecord record;
    Applicant applicant;                // with its stored id
    std::optional<NaturalPerson> agent; // as stored
    QString queryCode;                  // accepted cases only; shown once on the receipt, kept only hashed
    Deadline deadline;                  // accepted cases only
    Deadline commitmentDue;             // when materials missing under commitment are due; else invalid
    QStringList missingMaterials;       // for a return: what the one-time notice lists
};

class IntakeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ow::IntakeRecorder)

public:
    IntakeRecorder(Database& database, const Clock& clock, const WorkingCalendar& calendar, SiteConfig site,
                   QRandomGenerator& random);

    // The draft must be ready (see IntakeReadiness::problems); items are the draft's items.
    Result<IntakeOutcome> accept(const IntakeDraft& draft, const QList<ServiceItem>& items);
    // reason is one of refusalReasons() or free text; details are added to it.
    Result<IntakeOutcome> refuse(const IntakeDraft& draft, const QString& reason, const QString& details);
    Result<IntakeOutcome> returnForMaterials(const IntakeDraft& draft, const QList<ServiceItem>& items);

    // The promised deadline: the longest of the items' promised working days from the acceptance day.
    static Deadline promisedDeadline(const QList<ServiceItem>& items, QDate acceptedOn,
                                     const WorkingCalendar& calendar);
    // Materials missing under a commitment are due within this many working days (not after the
    // promised deadline).
    static constexpr int commitmentWorkingDays = 5;

    // The reasons a window refuses to accept (不予受理), translated.
    static QStringList refusalReasons();

private:
    Result<IntakeOutcome> record(const IntakeDraft& draft, CaseStatus status, const QString& note,
                                 const std::function<void(IntakeOutcome&)>& complete);

    Database& m_database;
    const Clock& m_clock;
    const WorkingCalendar& m_calendar;
    SiteConfig m_site;
    QRandomGenerator& m_random;
};

} // namespace ow
