#include "core/IntakeDraft.h"

namespace ow {

bool IntakeDraft::isEmpty() const
{
    return applicant.key().isEmpty() && applicant.name().isEmpty() && !agent && itemCodes.isEmpty() &&
           materials.isEmpty();
}

const MaterialChoice* IntakeDraft::choiceFor(const QString& requirementName) const
{
    for (const MaterialChoice& choice : materials) {
        if (choice.requirementName == requirementName)
            return &choice;
    }
    return nullptr;
}

void IntakeDraft::setChoice(const MaterialChoice& choice)
{
    for (MaterialChoice& existing : materials) {
        if (existing.requirementName == choice.requirementName) {
            existing = choice;
            return;
        }
    }
    materials.append(choice);
}

} // namespace ow
