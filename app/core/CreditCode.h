#pragma once

// CreditCode: a validated unified social credit code (GB 32100-2015) of a company or other organisation.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ow {

class RegionTable;

class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(ow::CreditCode)

public:
    // Region code used by organisations registered at national level (not a GB/T 2260 entry).
    static constexpr int nationalRegionCode = 100000;

    // Validates 18 characters from 0-9 and A-Z without I, O, S, V, Z, after trimming white space;
    // lower case and full-width forms are normalised. Checks, in this order: length ("credit.length"),
    // characters ("credit.characters"), registration authority ("credit.authority"), organisation type
    // for that authority ("credit.type"), region code in some edition of GB/T 2260 or 100000 for
    // national registrations ("credit.region"), the GB 11714 check character of the organisation code
    // at position 17 ("credit.organisation_check"), the check character at position 18 ("credit.check_char").
    static Result<CreditCode> parse(QStringView input, const RegionTable& regions);

    // Exactly `parse(input, regions).ok()`, without allocating.
    static bool isValid(QStringView input, const RegionTable& regions) noexcept;

    // The GB 32100 check character of 17 characters of the code's charset; a null QChar if they are not.
    static QChar computeCheckChar(QStringView first17) noexcept;
    // The GB 11714 check character ('0'..'9' or 'X') of an 8-character organisation code body (digits
    // and capital letters); a null QChar if it is not one.
    static QChar computeOrganisationCheckChar(QStringView first8) noexcept;

    // Translated descriptions of a registration authority and of an organisation type under it; empty if
    // the standard does not define them.
    static QString describeAuthority(QChar authority);
    static QString describeType(QChar authority, QChar type);

    const QString& code() const { return m_code; } // normalised, 18 characters
    QChar authorityCode() const { return m_code.at(0); }
    QChar typeCode() const { return m_code.at(1); }
    QString authorityName() const { return describeAuthority(authorityCode()); }   // e.g. "Market regulation"
    QString typeName() const { return describeType(authorityCode(), typeCode()); } // e.g. "Enterprise"
    int regionCode() const { return m_regionCode; }
    QString regionName() const { return m_regionName; } // e.g. "湖北省 荆门市"; "national" for 100000
    // The nine-character organisation code (GB 11714), positions 9–17, e.g. "70846113-6" when shown with
    // organisationCodeDisplay().
    QString organisationCode() const { return m_code.mid(8, 9); }
    QString organisationCodeDisplay() const { return m_code.mid(8, 8) + QLatin1Char('-') + m_code.at(16); }

    friend bool operator==(const CreditCode& a, const CreditCode& b) { return a.m_code == b.m_code; }

private:
    CreditCode() = default;

    QString m_code;
    int m_regionCode = 0;
    QString m_regionName;
};

} // namespace ow
