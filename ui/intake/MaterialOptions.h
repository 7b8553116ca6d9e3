#pragma once

// MaterialOptions: what the materials step shows for one checklist entry: the texts of its form,
// requirement and state, and the electronic licences and record files that could satisfy it. It only
// looks things up; whether a choice satisfies an entry is MaterialChecklist's call.

#include "core/ElectronicLicence.h"
#include "core/IntakeDraft.h"
#include "core/MaterialChecklist.h"
#include "storage/ApplicantFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ow {

class IntakeSession;

// One line of the materials checklist as shown: the entry, and what it looks like now.
struct MaterialRow
{
    ChecklistEntry entry;
    bool satisfied = false;
    bool underCommitment = false;
    QString stateText;
    QString itemsText;    // the item's code, "2 items" or "All 2 items"
    QString itemsToolTip; // one line per item: code and name
};

class MaterialOptions
{
    Q_DECLARE_TR_FUNCTIONS(ow::MaterialOptions)

public:
    using File = std::optional<ApplicantFileView>;

    // The rows of the checklist as the session's draft satisfies it.
    static QList<MaterialRow> rows(const IntakeSession& session, const QList<ChecklistEntry>& entries);

    // "Copy", "Original and copy, 2 copies".
    static QString formText(const ChecklistEntry& entry);
    // "Required", "Optional", "Required (agent)".
    static QString requiredText(const ChecklistEntry& entry);
    // "Missing", "2 pages", "Electronic licence 营业执照 9142…", "Reused from case …", ...
    static QString stateText(const ChecklistEntry& entry, const MaterialChoice* choice, const File& file);

    // The applicant's licences of a type the entry accepts, valid on day (or, with expired, those
    // that have run out).
    static QList<ElectronicLicence> licencesFor(const ChecklistEntry& entry, const File& file, QDate day,
                                                bool expired = false);
    // The licence a choice refers to, when the applicant's file has it.
    static std::optional<ElectronicLicence> licenceOf(const MaterialChoice& choice, const File& file);
    // "营业执照 91420800MA4… · 荆门市市场监督管理局 · trust level A · valid until …".
    static QString licenceText(const ElectronicLicence& licence);

    // A file of the applicant's record kept for this material (same name once book-title marks,
    // spaces and widths are ignored, or one name containing the other when the shorter has at
    // least four characters).
    static std::optional<ReusableMaterial> reusableFor(const ChecklistEntry& entry, const File& file);
    // "Case 2020… of 25/09/2020, 2 pages".
    static QString reusableText(const ReusableMaterial& material);
    // The acceptance number of the case a reused choice comes from, if the file knows it.
    static QString caseNumberOf(const MaterialChoice& choice, const File& file);
};

} // namespace ow
