#include "DemoData.h"

#include "core/CatalogJson.h"
#include "core/Clock.h"
#include "core/WorkingCalendar.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/DemoSeeder.h"
#include "ui/OpenCaseRows.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace ow::test {

namespace {
QByteArray demoBytes(const QString& fileName)
{
    QFile file(DemoSeeder::builtInDirectory() + QLatin1Char('/') + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QJsonObject readDemoJson(const QString& fileName)
{
    return QJsonDocument::fromJson(demoBytes(fileName)).object();
}

QList<ServiceItem> demoCatalog()
{
    Result<QList<ServiceItem>> items = CatalogJson::parseItems(demoBytes(QStringLiteral("catalog.json")));
    return items ? *items : QList<ServiceItem>();
}

QDate demoAsOf()
{
    const QString asOf = readDemoJson(QStringLiteral("cases.json")).value(QLatin1String("asOf")).toString();
    return QDateTime::fromString(asOf, Qt::ISODate).date();
}

QList<OpenCaseRow> demoOpenCases(const QString& window, QDate today, const WorkingCalendar& calendar)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("demo.db")));
    if (!database)
        return {};
    const FixedClock clock(QDateTime(today, QTime(9, 0)));
    if (!DemoSeeder(**database, clock, calendar).seedIfEmpty())
        return {};
    CaseStore cases(**database, clock);
    ApplicantStore applicants(**database, clock);
    CatalogStore catalog(**database);
    QList<OpenCaseRow> rows = OpenCaseRows(cases, applicants, catalog, calendar).forWindow(window, today);
    (*database)->close();
    return rows;
}

} // namespace ow::test
