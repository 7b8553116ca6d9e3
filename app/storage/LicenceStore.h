#pragma once

// LicenceStore: the electronic licences known for each applicant. A stand-in for the central
// licence library (filled from the demo data, later from the central lookup), read at intake.

#include "core/ElectronicLicence.h"
#include "core/Result.h"

#include <QList>

namespace ow {

class Database;

class LicenceStore
{
public:
    explicit LicenceStore(Database& database);

    // Replaces the applicant's licences with these.
    Result<void> replaceFor(qint64 applicantId, const QList<ElectronicLicence>& licences);
    // Sorted by type, then number.
    Result<QList<ElectronicLicence>> listFor(qint64 applicantId);

private:
    Database& m_database;
};

} // namespace ow
