#pragma once

// CaseJson: the JSON shape of applicants and cases shared by the demo data, the intake drafts and the
// central API (see docs/central-api.md): names of statuses and material sources, and conversions.

#include "core/Applicant.h"
#include "core/CaseRecord.h"

#include <QJsonObject>
#include <QLatin1String>
#include <optional>

namespace ow {

class CaseJson
{
public:
    static QLatin1String statusName(CaseStatus status);
    static std::optional<CaseStatus> statusFromName(const QString& name);
    static QLatin1String sourceName(MaterialSource source);
    static std::optional<MaterialSource> sourceFromName(const QString& name);
    static QLatin1String deliveryName(DeliveryMethod method);
    static DeliveryMethod deliveryFromName(const QString& name); // unknown -> Counter

    // {kind: person, idNumber, name, gender, ethnicity, birthDate, address, phone, idValidUntil,
    // idValidLongTerm} or {kind: enterprise, creditCode, name, legalRepresentative, address, phone}
    static QJsonObject applicantToJson(const Applicant& applicant);
    static Applicant applicantFromJson(const QJsonObject& object);
    static QJsonObject personToJson(const NaturalPerson& person);
    static NaturalPerson personFromJson(const QJsonObject& object);

    static QJsonObject materialToJson(const CaseMaterial& material);
    static CaseMaterial materialFromJson(const QJsonObject& object);

    // The case as reported to the central server (case.upsert); applicant and agent are given by
    // the caller because the record only holds local ids.
    static QJsonObject caseToJson(const CaseRecord& record, const Applicant& applicant,
                                  const std::optional<NaturalPerson>& agent);
};

} // namespace ow
