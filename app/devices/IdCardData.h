#pragma once

// IdCardData: what a reader got from a resident ID card, a foreign permanent resident card or a Hong
// Kong / Macao / Taiwan residence permit, decoded and with its number validated.

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace ow {

struct IdCardData
{
    enum class CardType
    {
        Resident,
        ForeignPermanentResident,
        HkMacaoTaiwanResidencePermit
    };
    // GB/T 2261.1 codes: 0 unknown, 1 male, 2 female, 9 not stated.
    enum class Gender
    {
        Unknown,
        Male,
        Female,
        NotStated
    };

    CardType cardType = CardType::Resident;
    QString name;        // Chinese name (may be empty on a foreign permanent resident card)
    QString englishName; // foreign permanent resident card only
    Gender gender = Gender::Unknown;
    int ethnicityCode = 0; // GB 3304; resident card only, 0 elsewhere
    QString ethnicity;     // e.g. "汉"; resident card only
    QDate birthDate;
    QString address;          // resident card and residence permit
    QString idNumber;         // 18 characters (resident card, permit), or the 15-character permanent
                              // residence number
    QString issuingAuthority; // name, or the authority code on a foreign permanent resident card
    QDate validFrom;
    QDate validUntil;               // invalid when validIndefinitely
    bool validIndefinitely = false; // 长期
    QString nationality;            // ISO 3166-1 alpha-3, foreign permanent resident card only
    QString passNumber;             // residence permit: the Mainland travel permit number (通行证号码)
    int issueCount = 0;             // residence permit: how many times issued (签发次数)
    QString cardVersion;            // foreign permanent resident card: version digits
    QByteArray photoWlt;            // the vendor-encoded (WLT) photo, 1024 bytes, if read

    // Whether `date` lies within the validity period (the clerk's "is the card still valid").
    bool isValidOn(QDate date) const
    {
        return date >= validFrom && (validIndefinitely || date <= validUntil);
    }
};

} // namespace ow

Q_DECLARE_METATYPE(ow::IdCardData)
