#pragma once

// OpenCaseRows: turns stored open cases into the rows of "my open cases": applicant masked, item
// named, urgency judged on the working calendar.

#include "ui/OpenCaseRow.h"

#include <QDate>
#include <QList>

namespace ow {

class ApplicantStore;
class CatalogStore;
class CaseStore;
class WorkingCalendar;

class OpenCaseRows
{
public:
    OpenCaseRows(CaseStore& cases, ApplicantStore& applicants, CatalogStore& catalog,
                 const WorkingCalendar& calendar);

    // The open cases of one window, nearest deadline first.
    QList<OpenCaseRow> forWindow(const QString& window, QDate today, int limit = 200);

private:
    CaseStore& m_cases;
    ApplicantStore& m_applicants;
    CatalogStore& m_catalog;
    const WorkingCalendar& m_calendar;
};

} // namespace ow
