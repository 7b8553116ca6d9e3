#include "storage/ApplicantStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString normalisedKey(const QString& key)
{
    return key.trimmed().toUpper();
}

Result<void> remember(const QSqlDatabase& db, qint64 applicantId, const QString& address,
                      const QString& phone, const QDateTime& at)
{
    if (address.trimmed().isEmpty() && phone.trimmed().isEmpty())
        return {};
    auto query =
        sql::prepare(db, QStringLiteral("INSERT INTO applicant_contacts (applicant_id, address, phone, "
                                        "last_used_at) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT DO UPDATE SET last_used_at = excluded.last_used_at"));
    if (!query)
        return query.error();
    query.value().addBindValue(applicantId);
    query.value().addBindValue(sql::text(address.trimmed()));
    query.value().addBindValue(sql::text(phone.trimmed()));
    query.value().addBindValue(sql::fromDateTime(at));
    return sql::exec(query.value(),
                     QCoreApplication::translate("ow::ApplicantStore", "remember the contact details"));
}

} // namespace

ApplicantStore::ApplicantStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<qint64> ApplicantStore::upsert(const Applicant& applicant)
{
    const QString key = normalisedKey(applicant.key());
    if (key.isEmpty()) {
        return Error{QStringLiteral("storage.applicantWithoutNumber"),
                     QCoreApplication::translate(
                         "ow::ApplicantStore",
                         "The applicant has no ID number or credit code, so the profile cannot be saved. "
                         "Read the card or type the number first.")};
    }
    const NaturalPerson& person = applicant.person;
    const bool isPerson = applicant.isPerson();
    qint64 id = 0;
    auto saved = m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto query = sql::prepare(
            db,
            QStringLiteral(
                "INSERT INTO applicants (kind, key, name, gender, ethnicity, birth_date, address, phone, "
                " id_valid_until, id_long_term, legal_representative, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET "
                " name = coalesce(nullif(excluded.name, ''), name),"
                " gender = CASE excluded.gender WHEN 0 THEN gender ELSE excluded.gender END,"
                " ethnicity = coalesce(excluded.ethnicity, ethnicity),"
                " birth_date = coalesce(excluded.birth_date, birth_date),"
                " address = coalesce(excluded.address, address),"
                " phone = coalesce(excluded.phone, phone),"
                " id_valid_until = CASE WHEN excluded.id_long_term = 1 OR excluded.id_valid_until IS NOT NULL"
                "  THEN excluded.id_valid_until ELSE id_valid_until END,"
                " id_long_term = CASE WHEN excluded.id_long_term = 1 OR excluded.id_valid_until IS NOT NULL"
                "  THEN excluded.id_long_term ELSE id_long_term END,"
                " legal_representative = coalesce(excluded.legal_representative, legal_representative),"
                " updated_at = excluded.updated_at "
                "RETURNING id"));
        if (!query)
            return query.error();
        QSqlQuery& q = query.value();
        q.addBindValue(static_cast<int>(applicant.kind));
        q.addBindValue(key);
        q.addBindValue(sql::text(applicant.name().trimmed()));
        q.addBindValue(isPerson ? static_cast<int>(person.gender) : 0);
        q.addBindValue(sql::fromText(isPerson ? person.ethnicity : QString()));
        q.addBindValue(sql::fromDate(isPerson ? person.birthDate : QDate()));
        q.addBindValue(sql::fromText(applicant.address().trimmed()));
        q.addBindValue(sql::fromText(applicant.phone().trimmed()));
        q.addBindValue(sql::fromDate(isPerson && !person.idValidLongTerm ? person.idValidUntil : QDate()));
        q.addBindValue(isPerson && person.idValidLongTerm ? 1 : 0);
        q.addBindValue(sql::fromText(isPerson ? QString() : applicant.enterprise.legalRepresentative));
        q.addBindValue(sql::fromDateTime(m_clock.now()));
        if (auto done = sql::exec(q, QCoreApplication::translate("ow::ApplicantStore", "save the applicant"));
            !done)
            return done;
        if (!q.next())
            return sql::error(q.lastError(),
                              QCoreApplication::translate("ow::ApplicantStore", "save the applicant"));
        id = q.value(0).toLongLong();
        q.finish();
        return remember(db, id, applicant.address(), applicant.phone(), m_clock.now());
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<std::optional<Applicant>> ApplicantStore::findById(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), {id});
}

Result<std::optional<Applicant>> ApplicantStore::findByIdNumber(const QString& idNumber)
{
    return findWhere(QStringLiteral("kind = ? AND key = ?"),
                     {static_cast<int>(ApplicantKind::Person), normalisedKey(idNumber)});
}

Result<std::optional<Applicant>> ApplicantStore::findByCreditCode(const QString& creditCode)
{
    return findWhere(QStringLiteral("kind = ? AND key = ?"),
                     {static_cast<int>(ApplicantKind::Enterprise), normalisedKey(creditCode)});
}

Result<std::optional<Applicant>> ApplicantStore::findWhere(const QString& condition,
                                                           const QVariantList& values)
{
    auto query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT id, kind, key, name, gender, ethnicity, birth_date, address, "
                                    "phone, id_valid_until, id_long_term, legal_representative "
                                    "FROM applicants WHERE ") +
                         condition);
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (auto done = sql::exec(q, QCoreApplication::translate("ow::ApplicantStore", "look up the applicant"));
        !done)
        return done.error();
    if (!q.next())
        return std::optional<Applicant>();
    Applicant applicant;
    applicant.id = q.value(0).toLongLong();
    applicant.kind = static_cast<ApplicantKind>(q.value(1).toInt());
    if (applicant.isPerson()) {
        NaturalPerson& person = applicant.person;
        person.idNumber = q.value(2).toString();
        person.name = q.value(3).toString();
        person.gender = static_cast<Gender>(q.value(4).toInt());
        person.ethnicity = q.value(5).toString();
        person.birthDate = sql::toDate(q.value(6));
        person.address = q.value(7).toString();
        person.phone = q.value(8).toString();
        person.idValidUntil = sql::toDate(q.value(9));
        person.idValidLongTerm = q.value(10).toInt() != 0;
    } else {
        Enterprise& enterprise = applicant.enterprise;
        enterprise.creditCode = q.value(2).toString();
        enterprise.name = q.value(3).toString();
        enterprise.address = q.value(7).toString();
        enterprise.phone = q.value(8).toString();
        enterprise.legalRepresentative = q.value(11).toString();
    }
    return std::optional<Applicant>(std::move(applicant));
}

Result<void> ApplicantStore::rememberContact(qint64 applicantId, const QString& address, const QString& phone)
{
    return m_database.transaction(
        [&](QSqlDatabase& db) { return remember(db, applicantId, address, phone, m_clock.now()); });
}

Result<QList<ContactDetails>> ApplicantStore::recentContacts(qint64 applicantId, int limit)
{
    auto query = sql::prepare(m_database.connection(),
                              QStringLiteral("SELECT address, phone, last_used_at FROM applicant_contacts "
                                             "WHERE applicant_id = ? ORDER BY last_used_at DESC LIMIT ?"));
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    q.addBindValue(applicantId);
    q.addBindValue(limit);
    if (auto done =
            sql::exec(q, QCoreApplication::translate("ow::ApplicantStore", "read the contact details"));
        !done)
        return done.error();
    QList<ContactDetails> contacts;
    while (q.next())
        contacts.append({q.value(0).toString(), q.value(1).toString(), sql::toDateTime(q.value(2))});
    return contacts;
}

} // namespace ow
