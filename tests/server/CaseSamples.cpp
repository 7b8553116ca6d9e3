#include "CaseSamples.h"

#include "core/AcceptanceNumber.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace ow::central::test {

QString acceptanceNumber(int sequence, int window, QDate date)
{
    return AcceptanceNumber::compose({QStringLiteral("420800"), 1, window, date, sequence}).value();
}

QJsonObject sampleCase(const QUuid& uuid, int sequence, const QStringList& blobs, int window)
{
    QJsonObject material{{QStringLiteral("requirementName"), QStringLiteral("《个体工商户设立登记申请书》")},
                         {QStringLiteral("source"), QStringLiteral("pages")},
                         {QStringLiteral("pageCount"), int(blobs.size())}};
    if (!blobs.isEmpty())
        material.insert(QStringLiteral("blobs"), QJsonArray::fromStringList(blobs));
    const QJsonObject applicant{{QStringLiteral("kind"), QStringLiteral("person")},
                                {QStringLiteral("idNumber"), QStringLiteral("420802198603142130")},
                                {QStringLiteral("name"), QStringLiteral("张伟")},
                                {QStringLiteral("phone"), QStringLiteral("13907241836")}};
    const QString acceptedAt = QStringLiteral("2025-10-20T10:41:00.000+08:00");
    return QJsonObject{{QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("acceptanceNumber"), acceptanceNumber(sequence, window)},
                       {QStringLiteral("applicant"), applicant},
                       {QStringLiteral("itemCodes"), QJsonArray{QStringLiteral("HB-JM-010001")}},
                       {QStringLiteral("window"), QString::number(window)},
                       {QStringLiteral("clerk"), QStringLiteral("wangli")},
                       {QStringLiteral("status"), QStringLiteral("accepted")},
                       {QStringLiteral("acceptedAt"), acceptedAt},
                       {QStringLiteral("deadline"), QStringLiteral("2025-10-23")},
                       {QStringLiteral("deadlineProvisional"), false},
                       {QStringLiteral("delivery"), QStringLiteral("counter")},
                       {QStringLiteral("queryCodeHash"),
                        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")},
                       {QStringLiteral("materials"), QJsonArray{material}},
                       {QStringLiteral("history"),
                        QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                                               {QStringLiteral("at"), acceptedAt},
                                               {QStringLiteral("by"), QStringLiteral("wangli")},
                                               {QStringLiteral("note"), QString()}}}}};
}

QString casePath(const QUuid& uuid)
{
    return QStringLiteral("/api/v1/cases/") + uuid.toString(QUuid::WithoutBraces);
}

QByteArray materialBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace ow::central::test
