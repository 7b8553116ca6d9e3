#include "core/MaterialChecklist.h"

#include <QHash>

namespace ow {

namespace {

MaterialForm stricter(MaterialForm a, MaterialForm b)
{
    if (a == b)
        return a;
    return MaterialForm::OriginalAndCopy;
}

} // namespace

QString MaterialChecklist::comparableName(const QString& name)
{
    QString comparable = name.normalized(QString::NormalizationForm_KC);
    comparable.remove(QChar(u'《'));
    comparable.remove(QChar(u'》'));
    comparable.remove(QChar(u' '));
    return comparable;
}

bool MaterialChecklist::isAgentMaterial(const QString& name)
{
    return name.contains(QStringLiteral("委托代理时提供"));
}

QList<ChecklistEntry> MaterialChecklist::build(const QList<ServiceItem>& items, bool hasAgent)
{
    QList<ChecklistEntry> entries;
    QHash<QString, qsizetype> indexOf;
    for (const ServiceItem& item : items) {
        for (const MaterialRequirement& requirement : item.materials) {
            const bool agentOnly = isAgentMaterial(requirement.name);
            if (agentOnly && !hasAgent)
                continue;
            const bool required = requirement.required || agentOnly;
            const QString key = comparableName(requirement.name);
            const auto found = indexOf.constFind(key);
            if (found == indexOf.constEnd()) {
                indexOf.insert(key, entries.size());
                entries.append(ChecklistEntry{requirement.name,
                                              requirement.form,
                                              requirement.copies,
                                              required,
                                              requirement.licenceTypes,
                                              !required || requirement.commitmentAllowed,
                                              {item.code},
                                              agentOnly});
                continue;
            }
            ChecklistEntry& entry = entries[*found];
            entry.form = stricter(entry.form, requirement.form);
            entry.copies = std::max(entry.copies, requirement.copies);
            if (required)
                entry.commitmentAllowed = entry.commitmentAllowed && requirement.commitmentAllowed;
            if (required && !entry.required) {
                entry.required = true;
                entry.commitmentAllowed = requirement.commitmentAllowed;
            }
            for (const QString& type : requirement.licenceTypes) {
                if (!entry.licenceTypes.contains(type))
                    entry.licenceTypes.append(type);
            }
            if (!entry.itemCodes.contains(item.code))
                entry.itemCodes.append(item.code);
        }
    }
    return entries;
}

bool MaterialChecklist::satisfies(const ChecklistEntry& entry, const MaterialChoice& choice)
{
    if (!choice.source)
        return false;
    switch (*choice.source) {
    case MaterialSource::Pages:
        return !choice.blobHashes.isEmpty();
    case MaterialSource::ElectronicLicence:
        return std::any_of(entry.licenceTypes.cbegin(), entry.licenceTypes.cend(),
                           [&](const QString& type) { return choice.reference.startsWith(type); });
    case MaterialSource::Commitment:
        return entry.commitmentAllowed;
    case MaterialSource::Reused:
    case MaterialSource::OriginalSeen:
        return true;
    }
    return false;
}

QList<ChecklistEntry> MaterialChecklist::missing(const QList<ChecklistEntry>& checklist,
                                                 const IntakeDraft& draft)
{
    QList<ChecklistEntry> result;
    for (const ChecklistEntry& entry : checklist) {
        const MaterialChoice* choice = draft.choiceFor(entry.name);
        if (entry.required && (!choice || !satisfies(entry, *choice)))
            result.append(entry);
    }
    return result;
}

QList<ChecklistEntry> MaterialChecklist::underCommitment(const QList<ChecklistEntry>& checklist,
                                                         const IntakeDraft& draft)
{
    QList<ChecklistEntry> result;
    for (const ChecklistEntry& entry : checklist) {
        const MaterialChoice* choice = draft.choiceFor(entry.name);
        if (choice && choice->source == MaterialSource::Commitment && satisfies(entry, *choice))
            result.append(entry);
    }
    return result;
}

} // namespace ow
