#include "devices/CvrSdk.h"

#include "devices/IdCardCodes.h"
#include "devices/IdCardTextDecoder.h"
#include "devices/IdCardTextEncoder.h"

#include <QStringDecoder>

namespace ow {

namespace {

using InitComm = int (*)(int);
using CloseComm = int (*)();
using Authenticate = int (*)();
using ReadContent = int (*)(int);
using Accessor = int (*)(char*, int*);

constexpr const char* accessors[] = {"GetPeopleName",     "GetPeopleSex",     "GetPeopleNation",
                                     "GetPeopleBirthday", "GetPeopleAddress", "GetPeopleIDCode",
                                     "GetDepartment",     "GetStartDate",     "GetEndDate"};

QDate digitsDate(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
}

} // namespace

QStringList CvrSdk::requiredFunctions()
{
    QStringList names{QStringLiteral("CVR_InitComm"), QStringLiteral("CVR_CloseComm"),
                      QStringLiteral("CVR_Authenticate"), QStringLiteral("CVR_Read_Content")};
    for (const char* accessor : accessors)
        names << QString::fromLatin1(accessor);
    return names;
}

Result<void> CvrSdk::open(int port)
{
    close();
    const int result = reinterpret_cast<InitComm>(function("CVR_InitComm"))(port);
    if (result != 1)
        return Error{
            QStringLiteral("sdk.open"),
            VendorSdk::tr(
                "The ID-card reader on vendor port %1 could not be opened (code %2). Check that it is "
                "plugged in and that the port in the device settings is right.")
                .arg(port)
                .arg(result)};
    m_open = true;
    return {};
}

void CvrSdk::close()
{
    if (m_open)
        reinterpret_cast<CloseComm>(function("CVR_CloseComm"))();
    m_open = false;
}

Result<bool> CvrSdk::findCard()
{
    return reinterpret_cast<Authenticate>(function("CVR_Authenticate"))() == 1;
}

QString CvrSdk::text(const char* accessor) const
{
    char buffer[256] = {};
    int length = int(sizeof buffer) - 1;
    if (reinterpret_cast<Accessor>(function(accessor))(buffer, &length) != 1)
        return {};
    length = std::clamp(length, 0, int(sizeof buffer) - 1);
    const QByteArray bytes(buffer, qstrnlen(buffer, uint(length)));
    QStringDecoder gbk("GB18030");
    return (gbk.isValid() ? QString(gbk(bytes)) : QString::fromLocal8Bit(bytes)).trimmed();
}

Result<IdCardData> CvrSdk::readCard(const RegionTable& regions, QDate today)
{
    const int result = reinterpret_cast<ReadContent>(function("CVR_Read_Content"))(4);
    if (result != 1)
        return callFailed("CVR_Read_Content", result);
    IdCardData card;
    card.name = text("GetPeopleName");
    const QString sex = text("GetPeopleSex");
    card.gender = sex == u"男" ? IdCardData::Gender::Male
                               : (sex == u"女" ? IdCardData::Gender::Female : IdCardData::Gender::Unknown);
    card.ethnicityCode = IdCardCodes::ethnicityCodeOf(text("GetPeopleNation"));
    card.birthDate = digitsDate(text("GetPeopleBirthday"));
    card.address = text("GetPeopleAddress");
    card.idNumber = text("GetPeopleIDCode");
    card.issuingAuthority = text("GetDepartment");
    card.validFrom = digitsDate(text("GetStartDate"));
    const QString until = text("GetEndDate");
    card.validIndefinitely = until.contains(u"长期");
    card.validUntil = card.validIndefinitely ? QDate() : digitsDate(until);
    // Through the text block, so a CVR read is checked exactly like a SAM read.
    return IdCardTextDecoder::decode(IdCardTextEncoder::encode(card), regions, today);
}

} // namespace ow
