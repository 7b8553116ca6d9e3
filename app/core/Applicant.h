#pragma once

// Applicant: a natural person or an enterprise that files cases, as kept in the profile (一人一企一档).

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ow {

// Stored in the database by value: append only, never renumber.
enum class ApplicantKind
{
    Person = 0,
    Enterprise = 1
};

// Stored in the database by value: append only, never renumber.
enum class Gender
{
    Unknown = 0,
    Male = 1,
    Female = 2
};

// A natural person as read from the resident ID card (二代身份证) or typed by the clerk.
struct NaturalPerson
{
    QString idNumber; // 18 characters, GB 11643-1999
    QString name;
    Gender gender = Gender::Unknown;
    QString ethnicity; // as printed on the card, e.g. "汉"
    QDate birthDate;
    QString address;
    QString phone;
    QDate idValidUntil;           // null when the card is valid long-term
    bool idValidLongTerm = false; // 长期
};

// An enterprise identified by its unified social credit code (统一社会信用代码).
struct Enterprise
{
    QString creditCode; // 18 characters, GB 32100-2015
    QString name;
    QString legalRepresentative;
    QString address;
    QString phone;
};

// An address and phone number once given by an applicant, offered again on the next visit.
struct ContactDetails
{
    QString address;
    QString phone;
    QDateTime lastUsedAt;
};

// One applicant record; which half is meaningful depends on kind.
struct Applicant
{
    qint64 id = 0; // internal id, 0 until stored
    ApplicantKind kind = ApplicantKind::Person;
    NaturalPerson person;
    Enterprise enterprise;

    bool isPerson() const { return kind == ApplicantKind::Person; }
    // The identifying number: the ID number of a person, the credit code of an enterprise.
    QString key() const { return isPerson() ? person.idNumber : enterprise.creditCode; }
    QString name() const { return isPerson() ? person.name : enterprise.name; }
    QString address() const { return isPerson() ? person.address : enterprise.address; }
    QString phone() const { return isPerson() ? person.phone : enterprise.phone; }
};

} // namespace ow
