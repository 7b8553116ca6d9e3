#include "devices/IdCardTextDecoder.h"

#include "core/RegionTable.h"
#include "core/ResidentId.h"
#include "devices/IdCardCodes.h"

namespace ow {

namespace {

using Card = IdCardData;

// A fixed-width UCS-2LE field, with the padding (spaces, NULs) around it dropped.
QString field(QByteArrayView text, int offset, int bytes)
{
    QString value(bytes / 2, Qt::Uninitialized);
    QChar* out = value.data();
    for (int i = 0; i < bytes / 2; ++i)
        out[i] = QChar(char16_t(quint8(text[offset + 2 * i]) | quint8(text[offset + 2 * i + 1]) << 8));
    qsizetype end = value.size();
    while (end > 0 && (value[end - 1] == u' ' || value[end - 1] == u'\0' || value[end - 1] == u'\u3000'))
        --end;
    qsizetype begin = 0;
    while (begin < end && (value[begin] == u' ' || value[begin] == u'\u3000'))
        ++begin;
    return value.sliced(begin, end - begin);
}

QChar firstChar(const QString& text)
{
    return text.isEmpty() ? QChar() : text.front();
}

QDate dateField(QStringView digits)
{
    if (digits.size() != 8)
        return {};
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return QDate::fromString(digits.toString(), QStringLiteral("yyyyMMdd"));
}

Error failure(const char* code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message)};
}

// Validity start and end; the end may be 长期 (indefinite).
Result<void> readValidity(QByteArrayView text, int offset, Card& card)
{
    card.validFrom = dateField(field(text, offset, 16));
    const QString until = field(text, offset + 16, 16);
    card.validIndefinitely = until == u"长期";
    if (!card.validIndefinitely)
        card.validUntil = dateField(until);
    if (!card.validFrom.isValid() || (!card.validIndefinitely && !card.validUntil.isValid()) ||
        (card.validUntil.isValid() && card.validUntil < card.validFrom))
        return failure("idcard.validity", IdCardTextDecoder::tr("The card's validity period could not be "
                                                                "read. Place the card on the reader again."));
    return {};
}

Result<void> readBirthDate(QStringView digits, Card& card)
{
    card.birthDate = dateField(digits);
    if (!card.birthDate.isValid())
        return failure("idcard.birth_date", IdCardTextDecoder::tr("The card's birth date could not be read. "
                                                                  "Place the card on the reader again."));
    return {};
}

// The 18-character number through the core validator, then checked against the card's other fields.
Result<void> checkNumber(Card& card, const RegionTable& regions, QDate today)
{
    if (card.idNumber.size() != 18) // a card always carries 18 characters; 15-digit numbers are paper-only
        return failure("idcard.id_number", IdCardTextDecoder::tr("The ID number read from the card is "
                                                                 "incomplete. Place the card again."));
    auto id = ResidentId::parse(card.idNumber, regions, today);
    // Residence permits of Taiwan residents use 830000, which is no GB/T 2260 region: only the check
    // character and the birth date can be verified for them.
    const bool taiwanPermit = card.cardType == Card::CardType::HkMacaoTaiwanResidencePermit &&
                              card.idNumber.startsWith(u"830000") && card.idNumber.size() == 18;
    if (!id && !(taiwanPermit && id.error().code == u"id.region"))
        return failure("idcard.id_number",
                       IdCardTextDecoder::tr("The ID number read from the card is not valid: %1")
                           .arg(id.error().message));
    if (taiwanPermit && !id &&
        ResidentId::computeCheckChar(QStringView(card.idNumber).first(17)) != card.idNumber.back())
        return failure("idcard.id_number", IdCardTextDecoder::tr("The ID number read from the card has a "
                                                                 "wrong check character."));
    const QString birth = card.birthDate.toString(QStringLiteral("yyyyMMdd"));
    const bool male = (card.idNumber.at(16).unicode() - u'0') % 2 == 1;
    const bool genderAgrees = card.gender == Card::Gender::Unknown ||
                              card.gender == Card::Gender::NotStated ||
                              (card.gender == Card::Gender::Male) == male;
    if (QStringView(card.idNumber).sliced(6, 8) != birth || !genderAgrees)
        return failure("idcard.inconsistent",
                       IdCardTextDecoder::tr("The card's birth date or gender does not match its ID number; "
                                             "the data was damaged while reading. Place the card again."));
    return {};
}

Result<IdCardData> decodeResident(QByteArrayView text, const RegionTable& regions, QDate today)
{
    Card card;
    card.cardType = Card::CardType::Resident;
    card.name = field(text, 0, 30);
    card.gender = IdCardCodes::genderFromCode(firstChar(field(text, 30, 2)));
    const QString ethnicity = field(text, 32, 4);
    bool numeric = false;
    card.ethnicityCode = ethnicity.size() == 2 ? ethnicity.toInt(&numeric) : 0;
    card.ethnicity = IdCardCodes::ethnicityName(card.ethnicityCode);
    card.address = field(text, 52, 70);
    card.idNumber = field(text, 122, 36);
    card.issuingAuthority = field(text, 158, 30);
    if (card.name.isEmpty())
        return failure("idcard.name", IdCardTextDecoder::tr("The name on the card could not be read. Place "
                                                            "the card on the reader again."));
    if (!numeric || card.ethnicity.isEmpty())
        return failure("idcard.ethnicity", IdCardTextDecoder::tr("The card carries an unknown ethnicity code "
                                                                 "(%1).")
                                               .arg(ethnicity));
    if (auto r = readBirthDate(field(text, 36, 16), card); !r)
        return r.error();
    if (auto r = readValidity(text, 188, card); !r)
        return r.error();
    if (auto r = checkNumber(card, regions, today); !r)
        return r.error();
    return card;
}

Result<IdCardData> decodePermit(QByteArrayView text, const RegionTable& regions, QDate today)
{
    Card card;
    card.cardType = Card::CardType::HkMacaoTaiwanResidencePermit;
    card.name = field(text, 0, 30);
    card.gender = IdCardCodes::genderFromCode(firstChar(field(text, 30, 2)));
    card.address = field(text, 52, 70);
    card.idNumber = field(text, 122, 36);
    card.issuingAuthority = field(text, 158, 30);
    card.passNumber = field(text, 220, 18);
    card.issueCount = field(text, 238, 4).toInt();
    if (card.name.isEmpty())
        return failure("idcard.name", IdCardTextDecoder::tr("The name on the card could not be read. Place "
                                                            "the card on the reader again."));
    if (auto r = readBirthDate(field(text, 36, 16), card); !r)
        return r.error();
    if (auto r = readValidity(text, 188, card); !r)
        return r.error();
    if (auto r = checkNumber(card, regions, today); !r)
        return r.error();
    return card;
}

Result<IdCardData> decodeForeign(QByteArrayView text)
{
    Card card;
    card.cardType = Card::CardType::ForeignPermanentResident;
    card.englishName = field(text, 0, 120);
    card.gender = IdCardCodes::genderFromCode(firstChar(field(text, 120, 2)));
    card.idNumber = field(text, 122, 30);
    card.nationality = field(text, 152, 6);
    card.name = field(text, 158, 30);
    card.cardVersion = field(text, 236, 4);
    card.issuingAuthority = field(text, 240, 8);
    if (card.englishName.isEmpty())
        return failure("idcard.name", IdCardTextDecoder::tr("The name on the card could not be read. Place "
                                                            "the card on the reader again."));
    if (auto r = readValidity(text, 188, card); !r)
        return r.error();
    if (auto r = readBirthDate(field(text, 220, 16), card); !r)
        return r.error();
    // 15 characters: nationality (3 letters), province (2 digits), birth date YYMMDD, 3 more digits.
    const QString& number = card.idNumber;
    bool shape = number.size() == 15 && number.first(3) == card.nationality;
    for (qsizetype i = 0; shape && i < number.size(); ++i)
        shape = i < 3 ? number[i] >= u'A' && number[i] <= u'Z' : number[i] >= u'0' && number[i] <= u'9';
    if (!shape)
        return failure("idcard.id_number", IdCardTextDecoder::tr("The permanent residence number read from "
                                                                 "the card is not valid."));
    if (QStringView(number).sliced(5, 6) != card.birthDate.toString(QStringLiteral("yyMMdd")))
        return failure("idcard.inconsistent",
                       IdCardTextDecoder::tr("The card's birth date does not match its number; the data was "
                                             "damaged while reading. Place the card again."));
    return card;
}

} // namespace

Result<IdCardData> IdCardTextDecoder::decode(QByteArrayView text, const RegionTable& regions, QDate today)
{
    if (text.size() < textSize)
        return failure("idcard.text_length", tr("The reader returned too little card data (%1 of %2 bytes). "
                                                "Place the card on the reader again.")
                                                 .arg(text.size())
                                                 .arg(textSize));
    const QString type = field(text, cardTypeOffset, 2);
    if (type.isEmpty())
        return decodeResident(text, regions, today);
    if (type == u"J")
        return decodePermit(text, regions, today);
    if (type == u"I")
        return decodeForeign(text);
    return failure("idcard.card_type", tr("This kind of card (type \"%1\") is not supported. Enter the "
                                          "applicant's data by hand.")
                                           .arg(type));
}

Result<IdCardData> IdCardTextDecoder::decodeBaseInfo(QByteArrayView data, const RegionTable& regions,
                                                     QDate today)
{
    if (data.size() < 4)
        return failure("idcard.base_info_length", tr("The reader returned incomplete card data. Place the "
                                                     "card on the reader again."));
    const int textLength = quint8(data[0]) << 8 | quint8(data[1]);
    const int photoLength = quint8(data[2]) << 8 | quint8(data[3]);
    if (textLength < textSize || data.size() < 4 + textLength + photoLength)
        return failure("idcard.base_info_length", tr("The reader returned incomplete card data. Place the "
                                                     "card on the reader again."));
    auto card = decode(data.sliced(4, textLength), regions, today);
    if (card && photoLength > 0)
        card.value().photoWlt = data.sliced(4 + textLength, photoLength).toByteArray();
    return card;
}

} // namespace ow
