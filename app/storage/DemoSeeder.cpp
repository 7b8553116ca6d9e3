#include "storage/DemoSeeder.h"

#include "core/CaseJson.h"
#include "core/CaseRecord.h"
#include "core/CatalogJson.h"
#include "core/Clock.h"
#include "core/ElectronicLicence.h"
#include "core/QueryCode.h"
#include "core/WorkingCalendar.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"
#include "storage/LicenceStore.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {

Result<QJsonObject> readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo.read"),
                     DemoSeeder::tr("The demo data file %1 cannot be read.").arg(path)};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Error{QStringLiteral("demo.format"),
                     DemoSeeder::tr("The demo data file %1 is not valid JSON.").arg(path)};
    return document.object();
}

Result<QByteArray> readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo.read"),
                     DemoSeeder::tr("The demo data file %1 cannot be read.").arg(path)};
    return file.readAll();
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QList<ElectronicLicence> licencesFromJson(const QJsonArray& array)
{
    QList<ElectronicLicence> licences;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        licences.append(ElectronicLicence{
            o.value(QLatin1String("type")).toString(), o.value(QLatin1String("number")).toString(),
            o.value(QLatin1String("issuer")).toString(), o.value(QLatin1String("trustLevel")).toString(),
            dateOf(o.value(QLatin1String("validUntil")))});
    }
    return licences;
}

} // namespace

DemoSeeder::DemoSeeder(Database& database, const Clock& clock, const WorkingCalendar& calendar)
    : m_database(database)
    , m_clock(clock)
    , m_calendar(calendar)
{}

QDate DemoSeeder::shiftWorkingDate(QDate date, QDate asOf, QDate today, const WorkingCalendar& calendar)
{
    if (!date.isValid() || asOf == today)
        return date;
    const int distance =
        date >= asOf ? calendar.workingDaysBetween(asOf, date) : -calendar.workingDaysBetween(date, asOf);
    if (distance >= 0)
        return calendar.addWorkingDays(today, distance).date;
    QDate day = today;
    for (int left = -distance; left > 0;) {
        day = day.addDays(-1);
        if (calendar.isWorkingDay(day))
            --left;
    }
    return day;
}

Result<bool> DemoSeeder::seedIfEmpty(const QString& directory)
{
    Result<int> items = CatalogStore(m_database).countItems();
    if (!items)
        return items.error();
    if (*items > 0)
        return false;
    Result<void> seeded = seed(directory);
    if (!seeded)
        return seeded.error();
    return true;
}

Result<void> DemoSeeder::seed(const QString& directory)
{
    Result<QByteArray> catalogBytes = readBytes(directory + QStringLiteral("/catalog.json"));
    Result<QByteArray> themeBytes = readBytes(directory + QStringLiteral("/themes.json"));
    Result<QJsonObject> applicantsJson = readObject(directory + QStringLiteral("/applicants.json"));
    Result<QJsonObject> casesJson = readObject(directory + QStringLiteral("/cases.json"));
    for (const Error* error :
         {catalogBytes ? nullptr : &catalogBytes.error(), themeBytes ? nullptr : &themeBytes.error(),
          applicantsJson ? nullptr : &applicantsJson.error(), casesJson ? nullptr : &casesJson.error()}) {
        if (error)
            return *error;
    }
    Result<QList<ServiceItem>> items = CatalogJson::parseItems(*catalogBytes);
    if (!items)
        return items.error();
    Result<QList<Theme>> themes = CatalogJson::parseThemes(*themeBytes);
    if (!themes)
        return themes.error();
    if (Result<void> imported = CatalogStore(m_database).importAll(*items, *themes); !imported)
        return imported;

    ApplicantStore applicants(m_database, m_clock);
    QHash<QString, qint64> applicantIds;
    for (const QJsonValue& value : applicantsJson->value(QLatin1String("applicants")).toArray()) {
        const QJsonObject object = value.toObject();
        const Applicant applicant = CaseJson::applicantFromJson(object);
        Result<qint64> id = applicants.upsert(applicant);
        if (!id)
            return id.error();
        if (!applicant.address().isEmpty() || !applicant.phone().isEmpty()) {
            if (Result<void> remembered =
                    applicants.rememberContact(*id, applicant.address(), applicant.phone());
                !remembered)
                return remembered;
        }
        if (Result<void> stored =
                LicenceStore(m_database)
                    .replaceFor(*id, licencesFromJson(object.value(QLatin1String("licences")).toArray()));
            !stored)
            return stored;
        applicantIds.insert(object.value(QLatin1String("ref")).toString(), *id);
    }

    const QDate asOf =
        QDateTime::fromString(casesJson->value(QLatin1String("asOf")).toString(), Qt::ISODate).date();
    const QDate today = m_clock.today();
    const qint64 shiftDays = asOf.isValid() ? asOf.daysTo(today) : 0;
    QList<CaseRecord> cases;
    for (const QJsonValue& value : casesJson->value(QLatin1String("cases")).toArray()) {
        const QJsonObject o = value.toObject();
        CaseRecord c;
        c.uuid = QUuid::fromString(o.value(QLatin1String("uuid")).toString());
        c.acceptanceNumber = o.value(QLatin1String("acceptanceNumber")).toString();
        c.applicantId = applicantIds.value(o.value(QLatin1String("applicantRef")).toString());
        if (const QString agent = o.value(QLatin1String("agentRef")).toString(); applicantIds.contains(agent))
            c.agentId = applicantIds.value(agent);
        for (const QJsonValue& code : o.value(QLatin1String("itemCodes")).toArray())
            c.itemCodes << code.toString();
        c.window = o.value(QLatin1String("window")).toString();
        c.clerk = o.value(QLatin1String("clerk")).toString();
        c.status = CaseJson::statusFromName(o.value(QLatin1String("status")).toString())
                       .value_or(CaseStatus::Accepted);
        c.acceptedAt = QDateTime::fromString(o.value(QLatin1String("acceptedAt")).toString(), Qt::ISODate)
                           .addDays(shiftDays);
        c.deadline = shiftWorkingDate(dateOf(o.value(QLatin1String("deadline"))), asOf, today, m_calendar);
        c.deadlineProvisional = o.value(QLatin1String("deadlineProvisional")).toBool();
        c.delivery = CaseJson::deliveryFromName(o.value(QLatin1String("delivery")).toString());
        c.queryCodeHash = QueryCode::digest(o.value(QLatin1String("queryCode")).toString());
        for (const QJsonValue& m : o.value(QLatin1String("materials")).toArray())
            c.materials << CaseJson::materialFromJson(m.toObject());
        for (const QJsonValue& h : o.value(QLatin1String("history")).toArray()) {
            const QJsonObject ho = h.toObject();
            c.history << StatusChange{
                CaseJson::statusFromName(ho.value(QLatin1String("status")).toString())
                    .value_or(CaseStatus::Accepted),
                QDateTime::fromString(ho.value(QLatin1String("at")).toString(), Qt::ISODate)
                    .addDays(shiftDays),
                ho.value(QLatin1String("by")).toString(), ho.value(QLatin1String("note")).toString()};
        }
        cases << c;
    }
    if (Result<void> saved = CaseStore(m_database, m_clock).saveAll(cases); !saved)
        return saved;
    qCInfo(lcStorage) << "seeded the demo data set:" << items->size() << "items," << applicantIds.size()
                      << "applicants," << cases.size() << "cases";
    return {};
}

} // namespace ow
