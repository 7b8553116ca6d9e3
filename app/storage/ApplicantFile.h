#pragma once

// ApplicantFile: the applicant's file (一人一企一档) as the intake shows it: the stored profile, earlier
// cases with their state, files on record that can be reused, electronic licences and the contact
// details given before.

#include "core/Applicant.h"
#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/ElectronicLicence.h"
#include "core/Result.h"

#include <QList>
#include <optional>

namespace ow {

class Database;

// A material with pages kept from an earlier case, offered for reuse instead of a new copy.
struct ReusableMaterial
{
    QString name;
    QUuid fromCase;
    QString acceptanceNumber;
    QDateTime acceptedAt;
    int pageCount = 0;
    QStringList blobHashes;
};

struct ApplicantFileView
{
    Applicant applicant;
    QList<CaseRecord> cases; // newest first
    QList<ReusableMaterial> reusable;
    QList<ElectronicLicence> licences;
    QList<ContactDetails> contacts; // most recently used first
};

class ApplicantFile
{
public:
    ApplicantFile(Database& database, const Clock& clock);

    // The file of the applicant with this ID number or credit code; nothing when unknown.
    Result<std::optional<ApplicantFileView>> load(ApplicantKind kind, const QString& key);

    // Pages of earlier cases that were accepted (not refused or returned), newest first, one per
    // material name.
    static QList<ReusableMaterial> reusableFrom(const QList<CaseRecord>& cases);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
