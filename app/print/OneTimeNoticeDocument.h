#pragma once

// OneTimeNoticeDocument: builds the one-time notice (一次性告知书): everything still missing for an
// item, in one list, so that the applicant never comes back twice for the same reason.

#include "core/ServiceItem.h"
#include "print/PrintApplicant.h"
#include "print/PrintDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ow {

struct NoticeMaterial
{
    QString name;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    QString note; // what is wrong or what to watch for, e.g. "must be signed by the legal representative"
};

struct OneTimeNoticeData
{
    PrintApplicant applicant;
    QDateTime at;
    QString itemName;
    QList<NoticeMaterial> missing;
    QStringList received; // materials already checked, so they are not asked for again
    QString window;
    QString clerkName;
};

class OneTimeNoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(ow::OneTimeNoticeDocument)

public:
    static PrintDocument build(const OneTimeNoticeData& data, const PrintSiteConfig& site);
};

} // namespace ow
