#pragma once

// PrintLabels: the wording the documents share (dates, page numbers, how a material was received,
// delivery methods, deadlines), translatable like all UI text, so no two documents spell them apart.

#include "core/Applicant.h"
#include "core/CaseRecord.h"
#include "core/ServiceItem.h"
#include "core/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace ow {

class PrintLabels
{
    Q_DECLARE_TR_FUNCTIONS(ow::PrintLabels)

public:
    static QString labelled(const QString& label); // "Name:" (full-width colon in Chinese)
    static QString pageOf(int page, int total);    // "Page 1 of 3"
    static QString date(const QDate& date);        // the translation chooses the format
    static QString dateTime(const QDateTime& dateTime);
    static QString deadline(const Deadline& deadline); // the date, marked when provisional
    static QString workingDays(int days);              // "3 working days"
    static QString windowAndClerk(const QString& window, const QString& clerk); // "Window 7, clerk 王丽"
    static QString materialSource(MaterialSource source, int pageCount);
    static QString materialForm(MaterialForm form, int copies);
    static QString deliveryMethod(DeliveryMethod method);
    // "ID number" for a person, "Unified social credit code" for an enterprise.
    static QString identityLabel(ApplicantKind kind);
    // The ID number masked (personal data), a credit code in full (it is public).
    static QString identity(ApplicantKind kind, const QString& key);
    // "(provisional: the holiday arrangement of that year is not published yet)"
    static QString provisionalNote();
};

} // namespace ow
