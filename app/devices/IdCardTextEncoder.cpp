#include "devices/IdCardTextEncoder.h"

#include "devices/IdCardTextDecoder.h"

namespace ow {

namespace {

void put(QByteArray& block, int offset, int bytes, const QString& value)
{
    for (int i = 0; i < bytes / 2; ++i) {
        const char16_t c = i < value.size() ? value[i].unicode() : u' ';
        block[offset + 2 * i] = char(c & 0xFF);
        block[offset + 2 * i + 1] = char(c >> 8);
    }
}

QString genderCode(IdCardData::Gender gender)
{
    switch (gender) {
    case IdCardData::Gender::Male:
        return QStringLiteral("1");
    case IdCardData::Gender::Female:
        return QStringLiteral("2");
    case IdCardData::Gender::NotStated:
        return QStringLiteral("9");
    case IdCardData::Gender::Unknown:
        break;
    }
    return QStringLiteral("0");
}

QString date(QDate d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString until(const IdCardData& card)
{
    return card.validIndefinitely ? QStringLiteral("长期") : date(card.validUntil);
}

} // namespace

QByteArray IdCardTextEncoder::encode(const IdCardData& card)
{
    QByteArray block(IdCardTextDecoder::textSize, '\0');
    put(block, 0, IdCardTextDecoder::textSize, {}); // all spaces
    using Type = IdCardData::CardType;
    switch (card.cardType) {
    case Type::Resident:
    case Type::HkMacaoTaiwanResidencePermit:
        put(block, 0, 30, card.name);
        put(block, 30, 2, genderCode(card.gender));
        if (card.cardType == Type::Resident)
            put(block, 32, 4, QStringLiteral("%1").arg(card.ethnicityCode, 2, 10, QLatin1Char('0')));
        put(block, 36, 16, date(card.birthDate));
        put(block, 52, 70, card.address);
        put(block, 122, 36, card.idNumber);
        put(block, 158, 30, card.issuingAuthority);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, until(card));
        if (card.cardType == Type::HkMacaoTaiwanResidencePermit) {
            put(block, 220, 18, card.passNumber);
            put(block, 238, 4, QStringLiteral("%1").arg(card.issueCount, 2, 10, QLatin1Char('0')));
            put(block, IdCardTextDecoder::cardTypeOffset, 2, QStringLiteral("J"));
        }
        break;
    case Type::ForeignPermanentResident:
        put(block, 0, 120, card.englishName);
        put(block, 120, 2, genderCode(card.gender));
        put(block, 122, 30, card.idNumber);
        put(block, 152, 6, card.nationality);
        put(block, 158, 30, card.name);
        put(block, 188, 16, date(card.validFrom));
        put(block, 204, 16, until(card));
        put(block, 220, 16, date(card.birthDate));
        put(block, 236, 4, card.cardVersion);
        put(block, 240, 8, card.issuingAuthority);
        put(block, IdCardTextDecoder::cardTypeOffset, 2, QStringLiteral("I"));
        break;
    }
    return block;
}

QByteArray IdCardTextEncoder::encodeBaseInfo(const IdCardData& card)
{
    QByteArray photo = card.photoWlt;
    if (photo.size() != IdCardTextDecoder::photoSize) {
        photo = QByteArray(IdCardTextDecoder::photoSize, '\0');
        for (int i = 0; i < photo.size(); ++i)
            photo[i] = char((i * 7 + 0x57) & 0xFF);
    }
    QByteArray data;
    data.append(char(IdCardTextDecoder::textSize >> 8)).append(char(IdCardTextDecoder::textSize & 0xFF));
    data.append(char(photo.size() >> 8)).append(char(photo.size() & 0xFF));
    data.append(encode(card));
    data.append(photo);
    return data;
}

} // namespace ow
