#include "print/PrintApplicant.h"

#include "core/Masking.h"
#include "print/PrintLabels.h"

namespace ow {

PrintApplicant PrintApplicant::from(const Applicant& applicant, const Applicant* agent)
{
    PrintApplicant printed{applicant.kind, applicant.name(), applicant.key(), applicant.phone(), {}, {}};
    if (agent) {
        printed.agentName = agent->name();
        printed.agentIdNumber = agent->key();
    }
    return printed;
}

QList<PrintField> ApplicantFields::of(const PrintApplicant& applicant, bool withPhone)
{
    QList<PrintField> fields{
        {applicant.kind == ApplicantKind::Person ? tr("Name") : tr("Enterprise"), applicant.name},
        {PrintLabels::identityLabel(applicant.kind), PrintLabels::identity(applicant.kind, applicant.key)},
    };
    if (withPhone && !applicant.phone.isEmpty())
        fields.append({tr("Phone"), maskPhone(applicant.phone)});
    if (!applicant.agentName.isEmpty()) {
        fields.append({tr("Agent"), applicant.agentName});
        fields.append({tr("Agent's ID number"), maskIdNumber(applicant.agentIdNumber)});
    }
    return fields;
}

} // namespace ow
