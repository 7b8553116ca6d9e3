#pragma once

// MaterialChecklist: the materials an intake asks for, merged over all its items: a material two items
// both require is asked for once, with the stricter form, more copies and the licences either accepts.

#include "core/IntakeDraft.h"
#include "core/ServiceItem.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ow {

// One line of the merged checklist.
struct ChecklistEntry
{
    QString name;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    bool required = true;
    QStringList licenceTypes;       // any of these electronic licences replaces the paper
    bool commitmentAllowed = false; // every item that requires it allows acceptance without it (容缺)
    QStringList itemCodes;          // the items that ask for it, in intake order
    bool forAgentOnly = false; // asked for because someone acts for the applicant (委托代理时提供)
};

class MaterialChecklist
{
    Q_DECLARE_TR_FUNCTIONS(ow::MaterialChecklist)

public:
    // The merged list in the order materials first appear. A material marked as needed only when an
    // agent acts (委托代理时提供) is required when hasAgent and left out otherwise.
    static QList<ChecklistEntry> build(const QList<ServiceItem>& items, bool hasAgent);

    // Whether choice satisfies entry: pages need at least one page, a licence one of the entry's
    // licence types, a commitment an entry that allows it; "original seen" and reuse always do.
    static bool satisfies(const ChecklistEntry& entry, const MaterialChoice& choice);

    // Required entries the draft has not satisfied, in checklist order.
    static QList<ChecklistEntry> missing(const QList<ChecklistEntry>& checklist, const IntakeDraft& draft);

    // Entries satisfied under a commitment (容缺): the commitment letter lists them.
    static QList<ChecklistEntry> underCommitment(const QList<ChecklistEntry>& checklist,
                                                 const IntakeDraft& draft);

    // Names compare without book-title marks, spaces and full/half-width differences.
    static QString comparableName(const QString& name);
    static bool isAgentMaterial(const QString& name);
};

} // namespace ow
