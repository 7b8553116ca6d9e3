#include "ui/OpenCaseRows.h"

#include "core/Masking.h"
#include "storage/ApplicantStore.h"
#include "storage/CaseStore.h"
#include "storage/CatalogStore.h"

#include <QHash>
#include <algorithm>

namespace ow {

OpenCaseRows::OpenCaseRows(CaseStore& cases, ApplicantStore& applicants, CatalogStore& catalog,
                           const WorkingCalendar& calendar)
    : m_cases(cases)
    , m_applicants(applicants)
    , m_catalog(catalog)
    , m_calendar(calendar)
{}

QList<OpenCaseRow> OpenCaseRows::forWindow(const QString& window, QDate today, int limit)
{
    CaseFilter filter;
    filter.statuses = CaseStore::openStatuses();
    filter.window = window;
    filter.limit = limit;
    Result<QList<CaseRecord>> cases = m_cases.list(filter);
    if (!cases)
        return {};
    QHash<QString, QString> itemNames;
    QList<OpenCaseRow> rows;
    for (const CaseRecord& c : *cases) {
        OpenCaseRow row;
        row.acceptanceNumber = c.acceptanceNumber;
        if (Result<std::optional<Applicant>> a = m_applicants.findById(c.applicantId); a && a->has_value()) {
            const Applicant& applicant = **a;
            row.applicant = applicant.isPerson() ? maskName(applicant.name()) : applicant.name();
        }
        const QString code = c.itemCodes.value(0);
        if (!itemNames.contains(code)) {
            Result<std::optional<ServiceItem>> item = m_catalog.findItem(code);
            itemNames.insert(code, item && item->has_value() ? (*item)->name : code);
        }
        row.itemName = itemNames.value(code);
        row.deadline = c.deadline;
        row.urgency = deadlineUrgency(c.deadline, today, m_calendar);
        rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const OpenCaseRow& a, const OpenCaseRow& b) { return a.deadline < b.deadline; });
    return rows;
}

} // namespace ow
