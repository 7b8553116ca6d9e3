#pragma once

// ResidentId: a validated resident identity card number (GB 11643-1999), 15-digit numbers upgraded to 18.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace ow {

class RegionTable;

class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ow::ResidentId)

public:
    enum class Gender
    {
        Female,
        Male
    };

    // Validates an 18-character number (17 digits and a digit or X) or a legacy 15-digit one, after
    // trimming surrounding white space; lower-case x and full-width digits are normalised. Checks, in
    // this order: length ("id.length"), characters ("id.characters"), region code known in some edition
    // of GB/T 2260 ("id.region"), birth date a real date from 1900 to `today` ("id.birth_date"), check
    // character ("id.check_digit"). A 15-digit number (born 19YY) is upgraded to 18 characters.
    static Result<ResidentId> parse(QStringView input, const RegionTable& regions, QDate today);

    // Exactly `parse(input, regions, today).ok()`, without allocating: for live validation and bulk use.
    static bool isValid(QStringView input, const RegionTable& regions, QDate today) noexcept;

    // Whether what has been typed so far can still become a valid number (an 18-character one, or a
    // 15-digit one while at most 15 are typed). On failure, the error says what is already wrong, with
    // the codes of parse(); a complete number gives exactly parse()'s verdict.
    static Result<void> checkPrefix(QStringView typed, const RegionTable& regions, QDate today);

    // The ISO 7064 MOD 11-2 check character ('0'..'9' or 'X') of 17 ASCII digits; a null QChar if
    // `first17` is not 17 digits.
    static QChar computeCheckChar(QStringView first17) noexcept;

    // The normalised 18-character number (upper-case X).
    const QString& number() const { return m_number; }
    int regionCode() const { return m_regionCode; }
    QString regionName() const { return m_regionName; }         // e.g. "东宝区"
    QString regionFullName() const { return m_regionFullName; } // e.g. "湖北省 荆门市 东宝区"
    QDate birthDate() const { return m_birthDate; }
    int sequence() const { return m_sequence; } // digits 15–17
    Gender gender() const { return m_sequence % 2 == 1 ? Gender::Male : Gender::Female; }
    // Completed years on `date`; someone born on 29 February comes of age on 1 March in common years.
    // -1 if `date` is invalid or before the birth date.
    int ageOn(QDate date) const;
    // True if the input was a 15-digit number.
    bool wasUpgraded() const { return m_wasUpgraded; }

    friend bool operator==(const ResidentId& a, const ResidentId& b) { return a.m_number == b.m_number; }

private:
    ResidentId() = default;

    QString m_number;
    int m_regionCode = 0;
    QString m_regionName;
    QString m_regionFullName;
    QDate m_birthDate;
    int m_sequence = 0;
    bool m_wasUpgraded = false;
};

} // namespace ow
