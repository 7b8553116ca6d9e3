#pragma once

// PrintApplicant: who a document is about (applicant and agent), as the documents print them; and
// ApplicantFields, the one place that turns it into masked fields, so every document shows the same.

#include "core/Applicant.h"
#include "print/FieldGridBlock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

// Personal data is given in full; the documents mask it.
struct PrintApplicant
{
    ApplicantKind kind = ApplicantKind::Person;
    QString name;
    QString key;       // ID number (printed masked) or unified social credit code
    QString phone;     // printed masked
    QString agentName; // empty when the applicant came in person
    QString agentIdNumber;

    // From the profile; the agent is the person acting for the applicant, if any.
    static PrintApplicant from(const Applicant& applicant, const Applicant* agent = nullptr);
};

class ApplicantFields
{
    Q_DECLARE_TR_FUNCTIONS(ow::ApplicantFields)

public:
    // Name, ID number or credit code, phone, agent and agent's ID number, masked where personal.
    static QList<PrintField> of(const PrintApplicant& applicant, bool withPhone = true);
};

} // namespace ow
