#pragma once

// DeadlineUrgency: how close an open case is to its promised completion date, in working days;
// the rule behind the yellow and red marks on every list of cases.

#include <QDate>

namespace ow {

class WorkingCalendar;

enum class DeadlineUrgency
{
    Normal,
    DueSoon, // due within dueSoonWorkingDays working days (yellow)
    Overdue, // the promised date has passed (red)
};

constexpr int dueSoonWorkingDays = 2;

DeadlineUrgency deadlineUrgency(QDate deadline, QDate today, const WorkingCalendar& calendar);

} // namespace ow
