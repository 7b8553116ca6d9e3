#pragma once

// ApplicantRoutes: the applicant file (一人一企一档) by ID number or credit code, its upsert, and the
// electronic licence library: lookup by holder and type, and fetching a licence's document.

#include <QJsonObject>
#include <QString>

namespace ow::central {

class ApiRouter;
class CentralDatabase;
class JsonReader;

class ApplicantRoutes
{
public:
    static void add(ApiRouter& router);

    // The applicant's key (ID number or credit code, upper case) after checking its check character;
    // 422 applicant.invalidKey otherwise. `applicant` is {kind: person|enterprise, idNumber|creditCode, ...}.
    static QString checkedKey(const JsonReader& applicant);
    // Stores the applicant (fields given replace those held), e.g. from a case; returns the key.
    static QString upsert(CentralDatabase& db, const JsonReader& applicant, const QString& now);
};

} // namespace ow::central
