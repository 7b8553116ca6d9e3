#pragma once

// ApplicantStore: the applicants' profiles (一人一企一档), found by ID number or credit code, and the
// contact details they gave before, offered again on the next visit.

#include "core/Applicant.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QList>
#include <optional>

namespace ow {

class Database;

class ApplicantStore
{
public:
    ApplicantStore(Database& database, const Clock& clock);

    // Inserts or updates the applicant with this ID number / credit code and returns its internal id.
    // Empty fields keep what is on file (a typed number does not erase what the card filled in); the
    // address and phone given are remembered as contact details.
    Result<qint64> upsert(const Applicant& applicant);

    Result<std::optional<Applicant>> findById(qint64 id);
    Result<std::optional<Applicant>> findByIdNumber(const QString& idNumber);
    Result<std::optional<Applicant>> findByCreditCode(const QString& creditCode);

    Result<void> rememberContact(qint64 applicantId, const QString& address, const QString& phone);
    // Most recently used first.
    Result<QList<ContactDetails>> recentContacts(qint64 applicantId, int limit = 5);

private:
    Result<std::optional<Applicant>> findWhere(const QString& condition, const QVariantList& values);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace ow
