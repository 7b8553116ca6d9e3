#pragma once

// CaseFilter: what CaseStore::list selects; an empty field does not filter.

#include "core/CaseRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ow {

struct CaseFilter
{
    QList<CaseStatus> statuses; // any of these
    QString itemCode;           // cases that include this item
    QString department;         // cases with an item of this department (as in the local catalog)
    QString window;
    QDate acceptedFrom; // acceptance date range, inclusive, local dates
    QDate acceptedTo;
    int limit = 100; // newest acceptance first
};

} // namespace ow
