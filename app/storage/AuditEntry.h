#pragma once

// AuditEntry: one line of the audit trail: who did what, when, at which window, to which case.

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ow {

struct AuditEntry
{
    qint64 id = 0;  // set when stored
    QDateTime at;   // a missing time becomes now
    QString who;    // login
    QString action; // e.g. "case.accept", "applicant.view"
    QUuid caseUuid; // null when no case is concerned
    QString window;
    QString detail; // never an unmasked ID number
};

} // namespace ow
