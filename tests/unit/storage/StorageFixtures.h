#pragma once

// Shared helpers of the storage tests: a database in a temporary folder, sample applicants, items
// and cases, and hashing of files.

#include "core/Applicant.h"
#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/OutboxOperation.h"
#include "core/ServiceItem.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace ow::test {

inline QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline Applicant person(const QString& idNumber, const QString& name)
{
    Applicant applicant;
    applicant.kind = ApplicantKind::Person;
    applicant.person.idNumber = idNumber;
    applicant.person.name = name;
    applicant.person.gender = Gender::Male;
    applicant.person.ethnicity = QStringLiteral("汉");
    applicant.person.birthDate = QDate(1985, 3, 14);
    applicant.person.address = QStringLiteral("湖北省荆门市东宝区象山大道1号");
    applicant.person.phone = QStringLiteral("13800000001");
    applicant.person.idValidUntil = QDate(2035, 6, 1);
    return applicant;
}

inline ServiceItem item(const QString& code, const QString& name, const QString& department)
{
    ServiceItem it;
    it.code = code;
    it.name = name;
    it.department = department;
    it.kind = ItemKind::Licensing;
    it.promisedDays = 3;
    it.legalDays = 20;
    it.deliveryOptions = DeliveryMethod::Counter | DeliveryMethod::Mail;
    it.materials = {
        {QStringLiteral("申请书"), MaterialForm::Original, 1, true, {}, false},
        {QStringLiteral("身份证明"), MaterialForm::Copy, 1, true, {QStringLiteral("居民身份证")}, false},
        {QStringLiteral("经营场所证明"), MaterialForm::Copy, 1, true, {}, true},
    };
    return it;
}

// An accepted case of applicantId with three materials and two history entries.
inline CaseRecord acceptedCase(qint64 applicantId, const QString& acceptanceNumber, const QDateTime& at,
                               const QDate& deadline, const QString& itemCode = QStringLiteral("GT-001"))
{
    CaseRecord record;
    record.uuid = QUuid::createUuid();
    record.acceptanceNumber = acceptanceNumber;
    record.applicantId = applicantId;
    record.itemCodes = {itemCode};
    record.window = QStringLiteral("07");
    record.clerk = QStringLiteral("wangli");
    record.status = CaseStatus::Accepted;
    record.acceptedAt = at;
    record.deadline = deadline;
    record.delivery = DeliveryMethod::Counter;
    record.queryCodeHash = QByteArray(32, '\x5a');
    record.materials = {
        {QStringLiteral("申请书"),
         MaterialSource::Pages,
         {sha256Hex("page 1 " + acceptanceNumber.toUtf8()), sha256Hex("page 2 " + acceptanceNumber.toUtf8())},
         2,
         {}},
        {QStringLiteral("身份证明"), MaterialSource::OriginalSeen, {}, 0, {}},
        {QStringLiteral("经营场所证明"),
         MaterialSource::Reused,
         {sha256Hex("lease")},
         1,
         QStringLiteral("case-2019")},
    };
    record.history = {
        {CaseStatus::Draft, at.addSecs(-120), QStringLiteral("wangli"), QStringLiteral("intake")},
        {CaseStatus::Accepted, at, QStringLiteral("wangli"), {}}};
    return record;
}

inline OutboxOperation operation(const QString& kind, const QByteArray& payload = "{}")
{
    OutboxOperation op;
    op.uuid = QUuid::createUuid();
    op.kind = kind;
    op.payload = payload;
    return op;
}

// A database in its own temporary folder, opened with the full schema.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2020, 9, 25), QTime(8, 41))};

    TempDatabase()
    {
        REQUIRE(dir.isValid());
        auto opened = Database::open(path());
        if (!opened)
            FAIL(opened.error().message.toStdString());
        db = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("onewindow.db")); }
};

} // namespace ow::test
