#include "storage/LicenceStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace ow {

namespace {

QString what()
{
    return QCoreApplication::translate("ow::LicenceStore", "read the electronic licences");
}

} // namespace

LicenceStore::LicenceStore(Database& database)
    : m_database(database)
{}

Result<void> LicenceStore::replaceFor(qint64 applicantId, const QList<ElectronicLicence>& licences)
{
    return m_database.transaction([&](QSqlDatabase& db) -> Result<void> {
        auto clear =
            sql::prepare(db, QStringLiteral("DELETE FROM applicant_licences WHERE applicant_id = ?"));
        if (!clear)
            return clear.error();
        clear.value().addBindValue(applicantId);
        if (auto done = sql::exec(clear.value(), what()); !done)
            return done;
        auto insert =
            sql::prepare(db, QStringLiteral("INSERT OR REPLACE INTO applicant_licences (applicant_id, "
                                            "type, number, issuer, trust_level, valid_until) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        for (const ElectronicLicence& licence : licences) {
            QSqlQuery& q = insert.value();
            q.bindValue(0, applicantId);
            q.bindValue(1, sql::text(licence.type));
            q.bindValue(2, sql::text(licence.number));
            q.bindValue(3, sql::text(licence.issuer));
            q.bindValue(4, sql::text(licence.trustLevel));
            q.bindValue(5, sql::fromDate(licence.validUntil));
            if (auto done = sql::exec(q, what()); !done)
                return done;
        }
        return {};
    });
}

Result<QList<ElectronicLicence>> LicenceStore::listFor(qint64 applicantId)
{
    auto query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT type, number, issuer, trust_level, valid_until FROM "
                                    "applicant_licences WHERE applicant_id = ? ORDER BY type, number"));
    if (!query)
        return query.error();
    query.value().addBindValue(applicantId);
    if (auto done = sql::exec(query.value(), what()); !done)
        return done.error();
    QList<ElectronicLicence> licences;
    for (QSqlQuery& q = query.value(); q.next();) {
        licences.append(ElectronicLicence{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), sql::toDate(q.value(4))});
    }
    return licences;
}

} // namespace ow
