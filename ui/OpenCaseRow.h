#pragma once

// OpenCaseRow: one line of "my open cases", already masked and judged by the caller (the UI applies
// no deadline rule of its own).

#include "core/DeadlineUrgency.h"

#include <QDate>
#include <QString>

namespace ow {

struct OpenCaseRow
{
    QString acceptanceNumber; // compact form; shown grouped
    QString applicant;        // already masked for display (PIPL)
    QString itemName;         // several items of a theme: the theme's name
    QDate deadline;
    DeadlineUrgency urgency = DeadlineUrgency::Normal;
};

} // namespace ow
