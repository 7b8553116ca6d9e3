#pragma once

// Sample cards and helpers shared by the devices tests.

#include "devices/IdCardData.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace ow::test {

inline QDate fixtureToday()
{
    return QDate(2026, 11, 26);
}

// 张伟, 汉, male, Dongbao district of Jingmen, valid 2015-2035.
inline IdCardData zhangWei()
{
    IdCardData card;
    card.cardType = IdCardData::CardType::Resident;
    card.name = QStringLiteral("张伟");
    card.gender = IdCardData::Gender::Male;
    card.ethnicityCode = 1;
    card.ethnicity = QStringLiteral("汉");
    card.birthDate = QDate(1990, 3, 7);
    card.address = QStringLiteral("湖北省荆门市东宝区象山大道12号");
    card.idNumber = QStringLiteral("420802199003071230");
    card.issuingAuthority = QStringLiteral("荆门市公安局东宝分局");
    card.validFrom = QDate(2015, 6, 1);
    card.validUntil = QDate(2035, 6, 1);
    return card;
}

// 王丽, 土家, female, valid indefinitely (长期).
inline IdCardData wangLi()
{
    IdCardData card = zhangWei();
    card.name = QStringLiteral("王丽");
    card.gender = IdCardData::Gender::Female;
    card.ethnicityCode = 15;
    card.ethnicity = QStringLiteral("土家");
    card.birthDate = QDate(1985, 11, 11);
    card.idNumber = QStringLiteral("420802198511110027");
    card.validFrom = QDate(2010, 1, 5);
    card.validUntil = QDate();
    card.validIndefinitely = true;
    return card;
}

// A Hong Kong resident's residence permit (J).
inline IdCardData hongKongPermit()
{
    IdCardData card;
    card.cardType = IdCardData::CardType::HkMacaoTaiwanResidencePermit;
    card.name = QStringLiteral("陈家明");
    card.gender = IdCardData::Gender::Male;
    card.birthDate = QDate(1988, 5, 12);
    card.address = QStringLiteral("湖北省荆门市掇刀区白庙路8号");
    card.idNumber = QStringLiteral("810000198805120059");
    card.issuingAuthority = QStringLiteral("荆门市公安局");
    card.validFrom = QDate(2019, 3, 1);
    card.validUntil = QDate(2024, 3, 1);
    card.passNumber = QStringLiteral("H12345678");
    card.issueCount = 2;
    return card;
}

// A foreign permanent resident card (I), 2017 edition.
inline IdCardData foreignResident()
{
    IdCardData card;
    card.cardType = IdCardData::CardType::ForeignPermanentResident;
    card.englishName = QStringLiteral("SMITH, JOHN ALEXANDER");
    card.name = QStringLiteral("约翰");
    card.gender = IdCardData::Gender::Male;
    card.idNumber = QStringLiteral("USA427805210013");
    card.nationality = QStringLiteral("USA");
    card.birthDate = QDate(1978, 5, 21);
    card.validFrom = QDate(2018, 7, 1);
    card.validUntil = QDate(2028, 7, 1);
    card.cardVersion = QStringLiteral("01");
    card.issuingAuthority = QStringLiteral("1500");
    return card;
}

inline QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

} // namespace ow::test
