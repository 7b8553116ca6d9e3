#include "devices/DemoCards.h"

namespace ow {

namespace {

IdCardData resident(const QString& name, IdCardData::Gender gender, int ethnicity,
                    const QString& ethnicityName, QDate birth, const QString& number, QDate from, QDate until)
{
    IdCardData card;
    card.name = name;
    card.gender = gender;
    card.ethnicityCode = ethnicity;
    card.ethnicity = ethnicityName;
    card.birthDate = birth;
    card.address = QStringLiteral("湖北省荆门市东宝区象山大道12号");
    card.idNumber = number;
    card.issuingAuthority = QStringLiteral("荆门市公安局东宝分局");
    card.validFrom = from;
    card.validUntil = until;
    card.validIndefinitely = !until.isValid();
    return card;
}

} // namespace

QList<IdCardData> DemoCards::all()
{
    QList<IdCardData> cards;
    cards << resident(QStringLiteral("张伟"), IdCardData::Gender::Male, 1, QStringLiteral("汉"),
                      QDate(1990, 3, 7), QStringLiteral("420802199003071230"), QDate(2015, 6, 1),
                      QDate(2035, 6, 1));
    cards << resident(QStringLiteral("王丽"), IdCardData::Gender::Female, 15, QStringLiteral("土家"),
                      QDate(1985, 11, 11), QStringLiteral("420802198511110027"), QDate(2010, 1, 5), QDate());

    IdCardData permit;
    permit.cardType = IdCardData::CardType::HkMacaoTaiwanResidencePermit;
    permit.name = QStringLiteral("陈家明");
    permit.gender = IdCardData::Gender::Male;
    permit.birthDate = QDate(1988, 5, 12);
    permit.address = QStringLiteral("湖北省荆门市掇刀区白庙路8号");
    permit.idNumber = QStringLiteral("810000198805120059");
    permit.issuingAuthority = QStringLiteral("荆门市公安局");
    permit.validFrom = QDate(2024, 3, 1);
    permit.validUntil = QDate(2029, 3, 1);
    permit.passNumber = QStringLiteral("H12345678");
    permit.issueCount = 2;
    cards << permit;

    IdCardData foreign;
    foreign.cardType = IdCardData::CardType::ForeignPermanentResident;
    foreign.englishName = QStringLiteral("SMITH, JOHN ALEXANDER");
    foreign.name = QStringLiteral("约翰");
    foreign.gender = IdCardData::Gender::Male;
    foreign.idNumber = QStringLiteral("USA427805210013");
    foreign.nationality = QStringLiteral("USA");
    foreign.birthDate = QDate(1978, 5, 21);
    foreign.validFrom = QDate(2018, 7, 1);
    foreign.validUntil = QDate(2028, 7, 1);
    foreign.cardVersion = QStringLiteral("01");
    foreign.issuingAuthority = QStringLiteral("1500");
    cards << foreign;
    return cards;
}

} // namespace ow
