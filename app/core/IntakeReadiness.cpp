#include "core/IntakeReadiness.h"

#include "core/CreditCode.h"
#include "core/ResidentId.h"

namespace ow {

bool IntakeReadiness::cardExpired(const NaturalPerson& person, QDate today)
{
    return !person.idValidLongTerm && person.idValidUntil.isValid() && person.idValidUntil < today;
}

QStringList IntakeReadiness::applicantProblems(const IntakeDraft& draft, const RegionTable& regions,
                                               QDate today)
{
    QStringList problems;
    const Applicant& applicant = draft.applicant;
    if (applicant.isPerson()) {
        if (applicant.person.idNumber.isEmpty()) {
            problems << tr("Identify the applicant: read the ID card or type the ID number.");
        } else if (const auto id = ResidentId::parse(applicant.person.idNumber, regions, today); !id) {
            problems << tr("The applicant's ID number is not valid: %1").arg(id.error().message);
        }
        if (applicant.person.name.trimmed().isEmpty())
            problems << tr("Enter the applicant's name.");
    } else {
        if (applicant.enterprise.creditCode.isEmpty()) {
            problems << tr("Identify the enterprise: scan its business licence or type its credit code.");
        } else if (const auto code = CreditCode::parse(applicant.enterprise.creditCode, regions); !code) {
            problems << tr("The enterprise's credit code is not valid: %1").arg(code.error().message);
        }
        if (applicant.enterprise.name.trimmed().isEmpty())
            problems << tr("Enter the enterprise's name.");
        if (!draft.agent)
            problems << tr("Identify the person at the window who acts for the enterprise.");
    }
    if (draft.agent) {
        if (const auto id = ResidentId::parse(draft.agent->idNumber, regions, today); !id)
            problems << tr("The agent's ID number is not valid: %1").arg(id.error().message);
        if (draft.agent->name.trimmed().isEmpty())
            problems << tr("Enter the agent's name.");
    }
    return problems;
}

bool IntakeReadiness::applicantIdentified(const IntakeDraft& draft, const RegionTable& regions, QDate today)
{
    return applicantProblems(draft, regions, today).isEmpty();
}

QStringList IntakeReadiness::problems(const IntakeDraft& draft, const QList<ChecklistEntry>& checklist,
                                      const RegionTable& regions, QDate today)
{
    QStringList problems = applicantProblems(draft, regions, today);
    if (draft.itemCodes.isEmpty())
        problems << tr("Choose at least one service item.");
    const QList<ChecklistEntry> missing = MaterialChecklist::missing(checklist, draft);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const ChecklistEntry& entry : missing)
            names << entry.name;
        problems << tr("%n required material(s) missing: %1", nullptr, static_cast<int>(missing.size()))
                        .arg(names.join(QStringLiteral("、")));
    }
    if (draft.delivery == DeliveryMethod::Mail && draft.mailingAddress.trimmed().isEmpty())
        problems << tr("Enter the mailing address, or choose another way to deliver the result.");
    return problems;
}

QStringList IntakeReadiness::warnings(const IntakeDraft& draft, QDate today)
{
    QStringList warnings;
    const QLocale locale;
    if (draft.applicant.isPerson() && cardExpired(draft.applicant.person, today)) {
        warnings << tr("The applicant's ID card expired on %1.")
                        .arg(locale.toString(draft.applicant.person.idValidUntil, QLocale::LongFormat));
    }
    if (draft.agent && cardExpired(*draft.agent, today)) {
        warnings << tr("The agent's ID card expired on %1.")
                        .arg(locale.toString(draft.agent->idValidUntil, QLocale::LongFormat));
    }
    return warnings;
}

} // namespace ow
