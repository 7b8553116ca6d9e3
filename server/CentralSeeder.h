#pragma once

// CentralSeeder: fills an empty central database with the demo data set: the hall's staff with their
// roles and windows (resources/demo/site.json, passwords "demo-<login>"), the catalog at demo size (355
// items) or full scale (155,811, SyntheticCatalog), the themes, the shipped holiday arrangements, and
// the demo applicants with their electronic licences.

#include "ServerConfig.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow::central {

class CentralDatabase;

class CentralSeeder
{
public:
    CentralSeeder(CentralDatabase& db, int passwordIterations);

    // Seeds once: a database that was seeded before is left as it is (and says so in the log).
    Result<void> seed(SeedKind kind);

    static QString demoPassword(const QString& login) { return QStringLiteral("demo-") + login; }
    // Whether this build can seed the full-scale catalog (core/SyntheticCatalog).
    static bool fullCatalogAvailable();

private:
    void seedStaff(const QString& now);
    void seedCatalog(SeedKind kind, const QString& now);
    void seedThemes(const QString& now);
    void seedHolidays(const QString& now);
    void seedApplicants(const QString& now);
    void setRevision(const QString& feed, qint64 value);

    CentralDatabase& m_db;
    int m_iterations;
};

} // namespace ow::central
