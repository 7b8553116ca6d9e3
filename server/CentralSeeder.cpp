#include "CentralSeeder.h"

#include "ApiFailure.h"
#include "CentralDatabase.h"
#include "CentralLog.h"
#include "PasswordHasher.h"
#include "Session.h"
#include "TimeText.h"
#include "core/CatalogJson.h"
#include "core/HolidayArrangement.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#if __has_include("core/SyntheticCatalog.h")
#include "core/SyntheticCatalog.h"
#define OW_HAVE_SYNTHETIC_CATALOG 1
#else
#define OW_HAVE_SYNTHETIC_CATALOG 0
#endif

namespace ow::central {

namespace {

QJsonObject readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ApiFailure(ApiResponse::error(500, QStringLiteral("seed.missing"),
                                            QStringLiteral("The resource %1 is missing.").arg(path)));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullText()
{
    return QVariant();
}

} // namespace

CentralSeeder::CentralSeeder(CentralDatabase& db, int passwordIterations)
    : m_db(db)
    , m_iterations(passwordIterations)
{}

bool CentralSeeder::fullCatalogAvailable()
{
    return OW_HAVE_SYNTHETIC_CATALOG != 0;
}

Result<void> CentralSeeder::seed(SeedKind kind)
{
    if (kind == SeedKind::Full && !fullCatalogAvailable())
        return Error{QStringLiteral("seed.fullNotAvailable"),
                     QStringLiteral("--seed full is not available in this build: core/SyntheticCatalog (the "
                                    "full-scale catalog generator) is missing. Use --seed demo.")};
    try {
        const QVariant seeded = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE name = 'seed'"));
        if (seeded.isValid()) {
            qCInfo(lcCentral).noquote()
                << "the database was seeded before (" << seeded.toString() << "); not seeding again";
            return {};
        }
        QElapsedTimer timer;
        timer.start();
        const QString now = isoUtc(QDateTime::currentDateTimeUtc());
        m_db.begin();
        seedStaff(now);
        seedCatalog(kind, now);
        seedThemes(now);
        seedHolidays(now);
        seedApplicants(now);
        m_db.exec(QStringLiteral("INSERT INTO meta (name, value) VALUES ('seed', ?)"),
                  {kind == SeedKind::Full ? QStringLiteral("full") : QStringLiteral("demo")});
        m_db.commit();
        qCInfo(lcCentral) << "seeded the database in" << timer.elapsed() << "ms";
        return {};
    } catch (const ApiFailure& failure) {
        m_db.rollback();
        return Error{QStringLiteral("seed.failed"),
                     QStringLiteral("Seeding failed: %1").arg(QString::fromUtf8(failure.response().body()))};
    }
}

void CentralSeeder::seedStaff(const QString& now)
{
    const QJsonObject site = readResource(QStringLiteral(":/central/demo/site.json"));
    const QString region = site.value(QStringLiteral("regionCode")).toString();
    const int hall = site.value(QStringLiteral("hall")).toInt();
    QSet<int> windows;
    for (const QJsonValue& value : site.value(QStringLiteral("staff")).toArray()) {
        const QJsonObject person = value.toObject();
        const QString login = person.value(QStringLiteral("login")).toString();
        const QJsonValue window = person.value(QStringLiteral("window"));
        QVariant home = nullText();
        if (window.isDouble()) {
            windows.insert(window.toInt());
            home = WindowId{region, hall, window.toInt()}.key();
        }
        m_db.exec(QStringLiteral("INSERT INTO users (login, name, role, home_window, password_hash) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {login, person.value(QStringLiteral("name")).toString(),
                   person.value(QStringLiteral("role")).toString(), home,
                   PasswordHasher::hash(demoPassword(login), m_iterations)});
    }
    windows.insert(site.value(QStringLiteral("window")).toInt());
    for (int number : windows) {
        const WindowId id{region, hall, number};
        m_db.exec(QStringLiteral(
                      "INSERT INTO windows (window_key, region, hall, number, name) VALUES (?, ?, ?, ?, ?)"),
                  {id.key(), region, hall, number, QStringLiteral("%1号窗口").arg(number)});
    }
    Q_UNUSED(now)
}

void CentralSeeder::seedCatalog(SeedKind kind, const QString& now)
{
    const QJsonArray raw =
        readResource(QStringLiteral(":/central/demo/catalog.json")).value(QStringLiteral("items")).toArray();
    QList<QJsonObject> demo; // as shipped (keeps fields the client does not read, such as "subject")
    QList<ServiceItem> base;
    for (const QJsonValue& value : raw) {
        Result<ServiceItem> item = CatalogJson::itemFromJson(value.toObject());
        if (!item)
            throw ApiFailure(ApiResponse::error(500, item.error().code, item.error().message));
        demo << value.toObject();
        base << std::move(item).value();
    }
    QList<ServiceItem> full;
#if OW_HAVE_SYNTHETIC_CATALOG
    if (kind == SeedKind::Full)
        full = SyntheticCatalog::generate(base);
#else
    Q_UNUSED(kind)
#endif
    const qsizetype total = full.isEmpty() ? demo.size() : full.size();
    // Many rows per statement (155,811 single-row round trips take minutes on PostgreSQL; Qt's SQLite
    // driver looks every parameter up by name, so a few rows there), each row's JSON made only when its
    // statement is: the full catalog is never held as JSON all at once.
    const qsizetype rowsPerStatement = m_db.dialect() == SqlDialect::Postgres ? 250 : 16;
    const QString head =
        QStringLiteral("INSERT INTO catalog_items (code, revision, deleted, document, updated_at) VALUES ");
    qint64 revision = 0;
    for (qsizetype first = 0; first < total; first += rowsPerStatement) {
        const qsizetype count = qMin(rowsPerStatement, total - first);
        const QStringList rows(count, QStringLiteral("(?, ?, 0, ?, ?)"));
        QVariantList binds;
        binds.reserve(count * 4);
        for (qsizetype i = first; i < first + count; ++i) {
            const QJsonObject document = full.isEmpty() ? demo[i] : CatalogJson::itemToJson(full[i]);
            binds << document.value(QStringLiteral("code")).toString() << ++revision << compact(document)
                  << now;
        }
        m_db.exec(head + rows.join(QStringLiteral(", ")), binds);
    }
    setRevision(QStringLiteral("catalog"), revision);
}

void CentralSeeder::seedThemes(const QString& now)
{
    const QJsonArray themes =
        readResource(QStringLiteral(":/central/demo/themes.json")).value(QStringLiteral("themes")).toArray();
    qint64 revision = 0;
    for (const QJsonValue& value : themes) {
        const QJsonObject theme = value.toObject();
        m_db.exec(QStringLiteral("INSERT INTO themes (code, revision, deleted, document, updated_at) "
                                 "VALUES (?, ?, 0, ?, ?)"),
                  {theme.value(QStringLiteral("code")).toString(), ++revision, compact(theme), now});
    }
    setRevision(QStringLiteral("themes"), revision);
}

void CentralSeeder::seedHolidays(const QString& now)
{
    const QDir folder(QStringLiteral(":/onewindow/data/holidays-cn"));
    qint64 revision = 0;
    for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray json = file.readAll();
        const Result<HolidayArrangement> arrangement = HolidayArrangement::fromJson(json);
        if (!arrangement)
            throw ApiFailure(ApiResponse::error(500, arrangement.error().code, arrangement.error().message));
        m_db.exec(QStringLiteral("INSERT INTO holiday_years (year, revision, document, updated_at) "
                                 "VALUES (?, ?, ?, ?)"),
                  {arrangement->year(), ++revision, compact(QJsonDocument::fromJson(json).object()), now});
    }
    setRevision(QStringLiteral("holidays"), revision);
}

void CentralSeeder::seedApplicants(const QString& now)
{
    const QJsonArray applicants = readResource(QStringLiteral(":/central/demo/applicants.json"))
                                      .value(QStringLiteral("applicants"))
                                      .toArray();
    for (const QJsonValue& value : applicants) {
        QJsonObject applicant = value.toObject();
        const bool person = applicant.value(QStringLiteral("kind")).toString() == QLatin1String("person");
        const QString key =
            applicant.value(person ? QStringLiteral("idNumber") : QStringLiteral("creditCode"))
                .toString()
                .toUpper();
        const QJsonArray licences = applicant.value(QStringLiteral("licences")).toArray();
        for (const char* demoOnly : {"ref", "licences", "agentRefs", "legalRepresentativeRef"})
            applicant.remove(QLatin1String(demoOnly));
        m_db.exec(QStringLiteral("INSERT INTO applicants (applicant_key, kind, name, document, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {key, applicant.value(QStringLiteral("kind")).toString(),
                   applicant.value(QStringLiteral("name")).toString(), compact(applicant), now});
        for (const QJsonValue& entry : licences) {
            const QJsonObject licence = entry.toObject();
            const QString validUntil = licence.value(QStringLiteral("validUntil")).toString();
            m_db.exec(QStringLiteral("INSERT INTO licences (holder_key, type, number, issuer, trust_level, "
                                     "valid_until) VALUES (?, ?, ?, ?, ?, ?)"),
                      {key, licence.value(QStringLiteral("type")).toString(),
                       licence.value(QStringLiteral("number")).toString(),
                       licence.value(QStringLiteral("issuer")).toString(),
                       licence.value(QStringLiteral("trustLevel")).toString(QStringLiteral("A")),
                       validUntil.isEmpty() ? nullText() : QVariant(validUntil)});
        }
    }
}

void CentralSeeder::setRevision(const QString& feed, qint64 value)
{
    m_db.exec(QStringLiteral("UPDATE revisions SET value = ? WHERE feed = ?"), {value, feed});
}

} // namespace ow::central
