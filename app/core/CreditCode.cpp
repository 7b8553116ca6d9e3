#include "core/CreditCode.h"

#include "core/RegionTable.h"

#include <array>

namespace ow {

namespace {

constexpr char charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters: no I, O, S, V, Z

constexpr std::array<signed char, 128> charValues = [] {
    std::array<signed char, 128> values{};
    values.fill(-1);
    for (int i = 0; i < 31; ++i)
        values[std::size_t(charset[i])] = static_cast<signed char>(i);
    return values;
}();

struct TypeEntry
{
    char code;
    const char* name;
};

struct AuthorityEntry
{
    char code;
    const char* name;
    TypeEntry types[6];
};

// GB 32100-2015 appendix A, with the later additions A (military) and N (agriculture).
const AuthorityEntry authorities[] = {
    {'1',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Public sector staffing"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Government agency")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode", "Public institution")},
      {'3', QT_TRANSLATE_NOOP("ow::CreditCode", "Mass organisation staffed by the central staffing office")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'2',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Foreign affairs"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Resident foreign news agency")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'3',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Justice administration"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Law firm")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode", "Notary office")},
      {'3', QT_TRANSLATE_NOOP("ow::CreditCode", "Grassroots legal service office")},
      {'4', QT_TRANSLATE_NOOP("ow::CreditCode", "Forensic expertise institution")},
      {'5', QT_TRANSLATE_NOOP("ow::CreditCode", "Arbitration commission")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'4',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Culture"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Foreign cultural centre in China")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'5',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Civil affairs"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Social organisation")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode", "Private non-enterprise unit")},
      {'3', QT_TRANSLATE_NOOP("ow::CreditCode", "Foundation")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'6',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Tourism"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Representative office of a foreign tourism authority")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode",
                              "Representative office of a Hong Kong, Macao or Taiwan tourism authority")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'7',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Religious affairs"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Place of religious activity")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode", "Religious college")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'8',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Trade unions"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Grassroots trade union")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'9',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Market regulation"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Enterprise")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode", "Individual business")},
      {'3', QT_TRANSLATE_NOOP("ow::CreditCode", "Farmers' specialised cooperative")}}},
    {'A',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Central Military Commission reform and staffing office"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Military public institution")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'N',
     QT_TRANSLATE_NOOP("ow::CreditCode", "Agriculture"),
     {{'1', QT_TRANSLATE_NOOP("ow::CreditCode", "Group-level collective economic organisation")},
      {'2', QT_TRANSLATE_NOOP("ow::CreditCode", "Village-level collective economic organisation")},
      {'3', QT_TRANSLATE_NOOP("ow::CreditCode", "Township-level collective economic organisation")},
      {'9', QT_TRANSLATE_NOOP("ow::CreditCode", "Other")}}},
    {'Y', QT_TRANSLATE_NOOP("ow::CreditCode", "Other registration authority"), {{'1', nullptr}}},
};

const AuthorityEntry* findAuthority(char16_t code) noexcept
{
    for (const AuthorityEntry& entry : authorities) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

const TypeEntry* findType(const AuthorityEntry* authority, char16_t code) noexcept
{
    if (!authority)
        return nullptr;
    for (const TypeEntry& type : authority->types) {
        if (type.code != 0 && type.code == code)
            return &type;
    }
    return nullptr;
}

// An ASCII digit or capital letter for the input character (lower case and full-width forms folded), or 0.
char normalise(char16_t u) noexcept
{
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
        u = char16_t(u - 0xFEE0);
    if (u >= u'a' && u <= u'z')
        u = char16_t(u - u'a' + u'A');
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z'))
        return char(u);
    return 0;
}

char checkCharOf(const char* first17) noexcept
{
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += charValues[std::size_t(first17[i])] * weights[i];
    return charset[(31 - sum % 31) % 31];
}

// GB 11714: digits count as themselves, letters A..Z as 10..35.
char organisationCheckCharOf(const char* first8) noexcept
{
    static constexpr int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const char c = first8[i];
        sum += (c <= '9' ? c - '0' : c - 'A' + 10) * weights[i];
    }
    const int value = 11 - sum % 11;
    return value == 10 ? 'X' : value == 11 ? '0' : char('0' + value);
}

enum class Fault : unsigned char
{
    None,
    Empty,
    Length,
    Characters,
    Authority,
    Type,
    Region,
    OrganisationCheck,
    CheckChar,
};

struct Scan
{
    Fault fault = Fault::None;
    char chars[18] = {};
    qsizetype length = 0;
    int position = 0;
    char16_t badChar = 0;
    int region = 0;
    char expected = 0;
};

Scan scan(QStringView input, const RegionTable& regions) noexcept
{
    Scan s;
    const QStringView text = input.trimmed();
    s.length = text.size();
    if (s.length != 18) {
        s.fault = s.length == 0 ? Fault::Empty : Fault::Length;
        return s;
    }
    for (int i = 0; i < 18; ++i) {
        const char c = normalise(text[i].unicode());
        if (c == 0 || charValues[std::size_t(c)] < 0) {
            s.fault = Fault::Characters;
            s.position = i + 1;
            s.badChar = text[i].unicode();
            return s;
        }
        s.chars[i] = c;
    }
    const AuthorityEntry* authority = findAuthority(char16_t(s.chars[0]));
    if (!authority) {
        s.fault = Fault::Authority;
        return s;
    }
    if (!findType(authority, char16_t(s.chars[1]))) {
        s.fault = Fault::Type;
        return s;
    }
    s.region = 0;
    for (int i = 2; i < 8; ++i) {
        if (s.chars[i] > '9') {
            s.region = -1;
            break;
        }
        s.region = s.region * 10 + (s.chars[i] - '0');
    }
    if (s.region < 0 || (s.region != CreditCode::nationalRegionCode && !regions.isKnown(s.region))) {
        s.fault = Fault::Region;
        return s;
    }
    s.expected = organisationCheckCharOf(s.chars + 8);
    if (s.chars[16] != s.expected) {
        s.fault = Fault::OrganisationCheck;
        return s;
    }
    s.expected = checkCharOf(s.chars);
    if (s.chars[17] != s.expected)
        s.fault = Fault::CheckChar;
    return s;
}

Error errorOf(const Scan& s)
{
    const auto error = [](const char* code, QString message) {
        return Error{QString::fromLatin1(code), std::move(message)};
    };
    switch (s.fault) {
    case Fault::Empty:
        return error("credit.length", CreditCode::tr("No unified social credit code was entered."));
    case Fault::Length:
        return error("credit.length",
                     CreditCode::tr("A unified social credit code has 18 characters, not %1.").arg(s.length));
    case Fault::Characters:
        return error("credit.characters",
                     CreditCode::tr("Character %1 (\"%2\") cannot appear in a unified social credit code: it "
                                    "uses digits and capital letters except I, O, S, V and Z.")
                         .arg(s.position)
                         .arg(QString(QChar(s.badChar))));
    case Fault::Authority:
        return error("credit.authority",
                     CreditCode::tr("\"%1\" is not a registration authority code (the first character).")
                         .arg(QLatin1Char(s.chars[0])));
    case Fault::Type:
        return error("credit.type",
                     CreditCode::tr("\"%1\" is not an organisation type of the registration authority \"%2\" "
                                    "(%3).")
                         .arg(QLatin1Char(s.chars[1]))
                         .arg(QLatin1Char(s.chars[0]))
                         .arg(CreditCode::describeAuthority(QLatin1Char(s.chars[0]))));
    case Fault::Region:
        return error("credit.region",
                     CreditCode::tr("There is no region %1 in any edition of GB/T 2260 (characters 3 to 8).")
                         .arg(QString::fromLatin1(s.chars + 2, 6)));
    case Fault::OrganisationCheck:
        return error(
            "credit.organisation_check",
            CreditCode::tr("The check character of the organisation code (character 17) should be %1, "
                           "not %2.")
                .arg(QLatin1Char(s.expected))
                .arg(QLatin1Char(s.chars[16])));
    case Fault::CheckChar:
        return error("credit.check_char", CreditCode::tr("The check character should be %1, not %2.")
                                              .arg(QLatin1Char(s.expected))
                                              .arg(QLatin1Char(s.chars[17])));
    case Fault::None:
        break;
    }
    return error("credit.unknown", QString());
}

} // namespace

Result<CreditCode> CreditCode::parse(QStringView input, const RegionTable& regions)
{
    const Scan s = scan(input, regions);
    if (s.fault != Fault::None)
        return errorOf(s);
    CreditCode code;
    code.m_code = QString::fromLatin1(s.chars, 18);
    code.m_regionCode = s.region;
    code.m_regionName = s.region == nationalRegionCode ? tr("national") : regions.fullName(s.region);
    return code;
}

bool CreditCode::isValid(QStringView input, const RegionTable& regions) noexcept
{
    return scan(input, regions).fault == Fault::None;
}

QChar CreditCode::computeCheckChar(QStringView first17) noexcept
{
    if (first17.size() != 17)
        return QChar();
    char chars[17];
    for (int i = 0; i < 17; ++i) {
        const char16_t u = first17[i].unicode();
        if (u >= 128 || charValues[u] < 0)
            return QChar();
        chars[i] = char(u);
    }
    return QLatin1Char(checkCharOf(chars));
}

QChar CreditCode::computeOrganisationCheckChar(QStringView first8) noexcept
{
    if (first8.size() != 8)
        return QChar();
    char chars[8];
    for (int i = 0; i < 8; ++i) {
        const char16_t u = first8[i].unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z')))
            return QChar();
        chars[i] = char(u);
    }
    return QLatin1Char(organisationCheckCharOf(chars));
}

QString CreditCode::describeAuthority(QChar authority)
{
    const AuthorityEntry* entry = findAuthority(authority.unicode());
    return entry ? tr(entry->name) : QString();
}

QString CreditCode::describeType(QChar authority, QChar type)
{
    const TypeEntry* entry = findType(findAuthority(authority.unicode()), type.unicode());
    if (!entry)
        return QString();
    return entry->name ? tr(entry->name) : tr("Other");
}

} // namespace ow
