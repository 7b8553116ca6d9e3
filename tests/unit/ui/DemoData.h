#pragma once

// DemoData: the demo data set (resources/demo) for the UI tests and the screenshots, read through the
// product's own code: the catalog through CatalogJson, the open cases through a database seeded by
// DemoSeeder and the OpenCaseRows the composition root uses.

#include "core/ServiceItem.h"
#include "ui/OpenCaseRow.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ow {

class WorkingCalendar;

namespace test {

// The parsed top-level object of resources/demo/<fileName>; empty if it cannot be read.
QJsonObject readDemoJson(const QString& fileName);

// catalog.json as ServiceItem values.
QList<ServiceItem> demoCatalog();

// The open cases of one window, as the intake page shows them on `today`, from a fresh database
// seeded as of that day.
QList<OpenCaseRow> demoOpenCases(const QString& window, QDate today, const WorkingCalendar& calendar);

// The as-of day of cases.json.
QDate demoAsOf();

} // namespace test
} // namespace ow
