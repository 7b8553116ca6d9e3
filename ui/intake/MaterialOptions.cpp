#include "ui/intake/MaterialOptions.h"

#include "ui/intake/IntakeSession.h"

#include <QLocale>

namespace ow {

namespace {

constexpr qsizetype minimumContainedName = 4;

QString shortDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

QList<MaterialRow> MaterialOptions::rows(const IntakeSession& session, const QList<ChecklistEntry>& entries)
{
    const IntakeDraft& draft = session.draft();
    QList<MaterialRow> rows;
    for (const ChecklistEntry& entry : entries) {
        MaterialRow row;
        row.entry = entry;
        const MaterialChoice* choice = draft.choiceFor(entry.name);
        row.satisfied = choice && MaterialChecklist::satisfies(entry, *choice);
        row.underCommitment = row.satisfied && choice->source == MaterialSource::Commitment;
        row.stateText = stateText(entry, choice, session.applicantFile());
        const int askedBy = static_cast<int>(entry.itemCodes.size());
        if (askedBy == 1)
            row.itemsText = entry.itemCodes.first();
        else if (askedBy == draft.itemCodes.size())
            row.itemsText = tr("All %n items", nullptr, askedBy);
        else
            row.itemsText = tr("%n item(s)", nullptr, askedBy);
        QStringList tips;
        for (const QString& code : entry.itemCodes) {
            const std::optional<ServiceItem> item = session.catalogItem(code);
            tips.append(item ? code + QLatin1Char(' ') + item->name : code);
        }
        row.itemsToolTip = tips.join(QLatin1Char('\n'));
        rows.append(row);
    }
    return rows;
}

QString MaterialOptions::formText(const ChecklistEntry& entry)
{
    QString form;
    switch (entry.form) {
    case MaterialForm::Original:
        form = tr("Original");
        break;
    case MaterialForm::Copy:
        form = tr("Copy");
        break;
    case MaterialForm::OriginalAndCopy:
        form = tr("Original and copy");
        break;
    }
    if (entry.copies > 1)
        return tr("%1, %n copies", nullptr, entry.copies).arg(form);
    return form;
}

QString MaterialOptions::requiredText(const ChecklistEntry& entry)
{
    if (entry.forAgentOnly)
        return tr("Required (agent)");
    return entry.required ? tr("Required") : tr("Optional");
}

QString MaterialOptions::stateText(const ChecklistEntry& entry, const MaterialChoice* choice,
                                   const File& file)
{
    if (!choice || !choice->source)
        return tr("Missing");
    if (!MaterialChecklist::satisfies(entry, *choice)) {
        switch (*choice->source) {
        case MaterialSource::Commitment:
            return tr("Missing: commitment not allowed");
        case MaterialSource::ElectronicLicence:
            return tr("Missing: licence not accepted");
        default:
            return tr("Missing");
        }
    }
    const int pages = static_cast<int>(choice->blobHashes.size());
    switch (*choice->source) {
    case MaterialSource::Pages:
        return tr("%n page(s)", nullptr, pages);
    case MaterialSource::ElectronicLicence: {
        const QString shown = QString(choice->reference).replace(QLatin1Char(':'), QLatin1Char(' '));
        if (auto licence = licenceOf(*choice, file))
            return tr("Electronic licence %1 (trust %2)").arg(shown, licence->trustLevel);
        return tr("Electronic licence %1").arg(shown);
    }
    case MaterialSource::Reused: {
        const QString number = caseNumberOf(*choice, file);
        if (number.isEmpty())
            return tr("Reused from an earlier case, %n page(s)", nullptr, pages);
        return tr("Reused from case %1, %n page(s)", nullptr, pages).arg(number);
    }
    case MaterialSource::OriginalSeen:
        return tr("Original seen and returned");
    case MaterialSource::Commitment:
        return tr("Under commitment");
    }
    return tr("Missing");
}

QList<ElectronicLicence> MaterialOptions::licencesFor(const ChecklistEntry& entry, const File& file,
                                                      QDate day, bool expired)
{
    QList<ElectronicLicence> found;
    if (!file)
        return found;
    for (const ElectronicLicence& licence : file->licences) {
        if (entry.licenceTypes.contains(licence.type) && licence.isValidOn(day) != expired)
            found.append(licence);
    }
    return found;
}

std::optional<ElectronicLicence> MaterialOptions::licenceOf(const MaterialChoice& choice, const File& file)
{
    if (!file)
        return std::nullopt;
    for (const ElectronicLicence& licence : file->licences) {
        if (licence.reference() == choice.reference)
            return licence;
    }
    return std::nullopt;
}

QString MaterialOptions::licenceText(const ElectronicLicence& licence)
{
    QStringList parts{licence.type + QLatin1Char(' ') + licence.number};
    if (!licence.issuer.isEmpty())
        parts.append(licence.issuer);
    if (!licence.trustLevel.isEmpty())
        parts.append(tr("trust level %1").arg(licence.trustLevel));
    if (licence.validUntil.isValid())
        parts.append(tr("valid until %1").arg(shortDate(licence.validUntil)));
    return parts.join(QStringLiteral(" · "));
}

std::optional<ReusableMaterial> MaterialOptions::reusableFor(const ChecklistEntry& entry, const File& file)
{
    if (!file)
        return std::nullopt;
    const QString wanted = MaterialChecklist::comparableName(entry.name);
    for (const ReusableMaterial& material : file->reusable) {
        if (MaterialChecklist::comparableName(material.name) == wanted)
            return material;
    }
    for (const ReusableMaterial& material : file->reusable) {
        const QString kept = MaterialChecklist::comparableName(material.name);
        const QString& shorter = kept.size() < wanted.size() ? kept : wanted;
        const QString& longer = kept.size() < wanted.size() ? wanted : kept;
        if (shorter.size() >= minimumContainedName && longer.contains(shorter))
            return material;
    }
    return std::nullopt;
}

QString MaterialOptions::reusableText(const ReusableMaterial& material)
{
    const QString number = material.acceptanceNumber.isEmpty()
                               ? material.fromCase.toString(QUuid::WithoutBraces)
                               : material.acceptanceNumber;
    return tr("“%1” of case %2, accepted %3, %n page(s)", nullptr, material.pageCount)
        .arg(material.name, number, shortDate(material.acceptedAt.date()));
}

QString MaterialOptions::caseNumberOf(const MaterialChoice& choice, const File& file)
{
    if (!file)
        return {};
    const QUuid uuid(choice.reference);
    for (const ReusableMaterial& material : file->reusable) {
        if (material.fromCase == uuid && !material.acceptanceNumber.isEmpty())
            return material.acceptanceNumber;
    }
    for (const CaseRecord& record : file->cases) {
        if (record.uuid == uuid)
            return record.acceptanceNumber;
    }
    return {};
}

} // namespace ow
