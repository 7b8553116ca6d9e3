#pragma once

// CaseRecord: one case (办件) from acceptance to delivery, with its materials and status history.

#include "core/ServiceItem.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace ow {

// Stored in the database by value: append only, never renumber.
enum class CaseStatus
{
    Draft = 0,
    Accepted = 1,   // 受理
    Dispatched = 2, // 分办: handed to the department
    InProcess = 3,  // 办理中
    Completed = 4,  // 办结
    ResultReady = 5,
    Delivered = 6,            // 出件 / 邮寄 done
    Refused = 7,              // 不予受理
    ReturnedForMaterials = 8, // 补正: waiting for the applicant to bring materials
};

// How a required material was satisfied at intake. Stored by value: append only.
enum class MaterialSource
{
    Pages = 0,             // captured pages (document camera, scanner, file)
    ElectronicLicence = 1, // pulled from the licence library (免提交)
    Reused = 2,            // reused from the applicant's profile
    OriginalSeen = 3,      // original checked at the window, nothing kept
    Commitment = 4,        // missing under a written commitment (容缺)
};

struct CaseMaterial
{
    QString requirementName;
    MaterialSource source = MaterialSource::Pages;
    QStringList blobHashes; // SHA-256 hex of the stored files, in page order
    int pageCount = 0;
    QString reference; // licence number, or uuid of the case a reused material comes from
};

struct StatusChange
{
    CaseStatus status = CaseStatus::Draft;
    QDateTime at;
    QString by; // clerk login
    QString note;
};

struct CaseRecord
{
    QUuid uuid;
    QString acceptanceNumber; // empty while a draft
    qint64 applicantId = 0;
    std::optional<qint64> agentId; // the person acting for the applicant (代办人)
    QStringList itemCodes;
    QString themeCode; // the 一事联办 theme the case was taken in under; empty if none
    QString window;
    QString clerk;
    CaseStatus status = CaseStatus::Draft;
    QDateTime acceptedAt;
    QDate deadline;
    bool deadlineProvisional = false; // the holiday arrangement of the deadline's year is not published yet
    DeliveryMethod delivery = DeliveryMethod::Counter;
    QByteArray queryCodeHash; // hash of the query code printed on the receipt; never the code itself
    QList<CaseMaterial> materials;
    QList<StatusChange> history; // oldest first; append only
};

} // namespace ow
