#include "devices/SdtSdk.h"

#include "devices/IdCardTextDecoder.h"
#include "devices/SamStatus.h"

namespace ow {

namespace {

using OpenPort = int (*)(int);
using ClosePort = int (*)(int);
using FindCard = int (*)(int, unsigned char*, int);
using SelectCard = int (*)(int, unsigned char*, int);
using ReadBaseMsg = int (*)(int, unsigned char*, unsigned int*, unsigned char*, unsigned int*, int);

} // namespace

QStringList SdtSdk::requiredFunctions()
{
    return {QStringLiteral("SDT_OpenPort"), QStringLiteral("SDT_ClosePort"),
            QStringLiteral("SDT_StartFindIDCard"), QStringLiteral("SDT_SelectIDCard"),
            QStringLiteral("SDT_ReadBaseMsg")};
}

Result<void> SdtSdk::open(int port)
{
    close();
    const int result = reinterpret_cast<OpenPort>(function("SDT_OpenPort"))(port);
    if (result != SamStatus::ok)
        return Error{
            QStringLiteral("sdk.open"),
            VendorSdk::tr(
                "The ID-card reader on vendor port %1 could not be opened (code %2). Check that it is "
                "plugged in and that the port in the device settings is right.")
                .arg(port)
                .arg(result)};
    m_port = port;
    m_open = true;
    return {};
}

void SdtSdk::close()
{
    if (m_open)
        reinterpret_cast<ClosePort>(function("SDT_ClosePort"))(m_port);
    m_open = false;
}

Result<bool> SdtSdk::findCard()
{
    unsigned char info[8] = {};
    const int found = reinterpret_cast<FindCard>(function("SDT_StartFindIDCard"))(m_port, info, 0);
    if (found != SamStatus::cardFound)
        return false;
    const int selected = reinterpret_cast<SelectCard>(function("SDT_SelectIDCard"))(m_port, info, 0);
    return selected == SamStatus::ok;
}

Result<IdCardData> SdtSdk::readCard(const RegionTable& regions, QDate today)
{
    unsigned char text[IdCardTextDecoder::textSize + 256] = {};
    unsigned char photo[IdCardTextDecoder::photoSize + 1024] = {};
    unsigned int textLength = 0;
    unsigned int photoLength = 0;
    const int result = reinterpret_cast<ReadBaseMsg>(function("SDT_ReadBaseMsg"))(m_port, text, &textLength,
                                                                                  photo, &photoLength, 0);
    if (result != SamStatus::ok)
        return Error{SamStatus::code(quint8(result)), SamStatus::message(quint8(result))};
    textLength = std::min<unsigned int>(textLength, sizeof text);
    photoLength = std::min<unsigned int>(photoLength, sizeof photo);
    auto card = IdCardTextDecoder::decode(QByteArrayView(text, textLength), regions, today);
    if (card)
        card.value().photoWlt = QByteArray(reinterpret_cast<const char*>(photo), photoLength);
    return card;
}

} // namespace ow
