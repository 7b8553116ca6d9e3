#include "storage/ApplicantFile.h"

#include "core/MaterialChecklist.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/LicenceStore.h"

#include <QSet>

namespace ow {

ApplicantFile::ApplicantFile(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QList<ReusableMaterial> ApplicantFile::reusableFrom(const QList<CaseRecord>& cases)
{
    QList<ReusableMaterial> reusable;
    QSet<QString> seen;
    for (const CaseRecord& record : cases) {
        if (record.status == CaseStatus::Refused || record.status == CaseStatus::ReturnedForMaterials ||
            record.status == CaseStatus::Draft)
            continue;
        for (const CaseMaterial& material : record.materials) {
            if (material.source != MaterialSource::Pages || material.pageCount <= 0)
                continue;
            const QString key = MaterialChecklist::comparableName(material.requirementName);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            reusable.append(ReusableMaterial{material.requirementName, record.uuid, record.acceptanceNumber,
                                             record.acceptedAt, material.pageCount, material.blobHashes});
        }
    }
    return reusable;
}

Result<std::optional<ApplicantFileView>> ApplicantFile::load(ApplicantKind kind, const QString& key)
{
    ApplicantStore applicants(m_database, m_clock);
    auto found =
        kind == ApplicantKind::Person ? applicants.findByIdNumber(key) : applicants.findByCreditCode(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<ApplicantFileView>();
    ApplicantFileView view;
    view.applicant = **found;
    auto cases = CaseStore(m_database, m_clock).listForApplicant(view.applicant.id);
    if (!cases)
        return cases.error();
    view.cases = *cases;
    view.reusable = reusableFrom(view.cases);
    auto licences = LicenceStore(m_database).listFor(view.applicant.id);
    if (!licences)
        return licences.error();
    view.licences = *licences;
    auto contacts = applicants.recentContacts(view.applicant.id);
    if (!contacts)
        return contacts.error();
    view.contacts = *contacts;
    return std::optional<ApplicantFileView>(std::move(view));
}

} // namespace ow
