#pragma once

// IntakeDraft: an intake in progress at the window (applicant, agent, items, how each material is
// satisfied), saved on every change so that a crash or a kill -9 loses nothing.

#include "core/Applicant.h"
#include "core/CaseRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace ow {

// Where the clerk is in the intake. Stored in drafts by value: append only.
enum class IntakeStep
{
    Applicant = 0,
    Items = 1,
    Materials = 2,
    Review = 3
};

// How one line of the materials checklist is satisfied; no source yet means still missing.
struct MaterialChoice
{
    QString requirementName; // the checklist entry's name
    std::optional<MaterialSource> source;
    QStringList blobHashes; // captured or reused pages, in page order
    QString reference;      // licence type and number, or the uuid of the case a file is reused from

    bool operator==(const MaterialChoice&) const = default;
};

struct IntakeDraft
{
    QUuid uuid;
    QString clerk; // the login of the clerk the draft belongs to
    QString window;
    QDateTime startedAt;
    QDateTime updatedAt;
    IntakeStep step = IntakeStep::Applicant;

    Applicant applicant;                // a person, or an enterprise
    std::optional<NaturalPerson> agent; // who came to the window for the applicant (代办人)
    QString themeCode;                  // the 一事联办 theme the items come from, if any
    QStringList itemCodes;
    QList<MaterialChoice> materials;
    DeliveryMethod delivery = DeliveryMethod::Counter;
    QString mailingAddress;
    QString ticketNumber; // the queue ticket being served, if any

    // Nothing entered yet: not worth keeping or offering back.
    bool isEmpty() const;
    // The choice recorded for a checklist entry, or nullptr.
    const MaterialChoice* choiceFor(const QString& requirementName) const;
    // Replaces (or adds) the choice for its requirement.
    void setChoice(const MaterialChoice& choice);
};

} // namespace ow
