#include "core/DeadlineUrgency.h"

#include "core/WorkingCalendar.h"

namespace ow {

DeadlineUrgency deadlineUrgency(QDate deadline, QDate today, const WorkingCalendar& calendar)
{
    if (deadline < today)
        return DeadlineUrgency::Overdue;
    if (calendar.workingDaysBetween(today, deadline) <= dueSoonWorkingDays)
        return DeadlineUrgency::DueSoon;
    return DeadlineUrgency::Normal;
}

} // namespace ow
