#include "core/ResidentId.h"

#include "core/RegionTable.h"

#include <algorithm>

namespace ow {

namespace {

enum class Fault : unsigned char
{
    None,
    Empty,
    Length,
    Characters,
    Region,
    DateNotReal,
    DateBefore1900,
    DateFuture,
    CheckDigit,
};

constexpr int earliestYear = 1900;

// What one pass over an input found: the normalised 18 characters, or the first fault and its details.
struct Scan
{
    Fault fault = Fault::None;
    char digits[18] = {};
    qsizetype length = 0;
    int position = 0; // 1-based position of the offending character
    char16_t badChar = 0;
    bool legacy = false;
    int region = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    char expected = 0;
};

// A digit or X as ASCII ('0'..'9', 'X'), accepting lower-case x and the full-width forms an IME types; 0
// for anything else.
char normalise(char16_t u) noexcept
{
    if (u >= u'0' && u <= u'9')
        return char(u);
    if (u >= 0xFF10 && u <= 0xFF19) // FULLWIDTH DIGIT ZERO..NINE
        return char('0' + (u - 0xFF10));
    if (u == u'X' || u == u'x' || u == 0xFF38 || u == 0xFF58)
        return 'X';
    return 0;
}

char checkCharOf(const char* first17) noexcept
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? 'X' : char('0' + value);
}

int digitsValue(const char* digits, int count) noexcept
{
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (digits[i] - '0');
    return value;
}

// The newest birth date allowed; with no valid `today`, the future is not checked.
QDate latestBirthDate(QDate today)
{
    return today.isValid() ? today : QDate(9999, 12, 31);
}

bool isRealDate(int year, int month, int day) noexcept
{
    static constexpr int monthDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; // year 0 counts as leap
    return month != 2 || day <= 28 || leap;
}

// The Julian day number of a Gregorian date, as QDate::toJulianDay() gives it (without QDate's overhead).
qint64 julianDay(int year, int month, int day) noexcept
{
    const int a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

Fault checkDate(int year, int month, int day, QDate today) noexcept
{
    if (!isRealDate(year, month, day))
        return Fault::DateNotReal;
    if (year < earliestYear)
        return Fault::DateBefore1900;
    if (today.isValid() && julianDay(year, month, day) > today.toJulianDay())
        return Fault::DateFuture;
    return Fault::None;
}

// QStringView::trimmed() without its out-of-line call for the usual case of nothing to trim.
QStringView trimmedView(QStringView text) noexcept
{
    if (!text.isEmpty() && !text.front().isSpace() && !text.back().isSpace())
        return text;
    return text.trimmed();
}

Scan scan(QStringView input, const RegionTable& regions, QDate today) noexcept
{
    Scan s;
    const QStringView text = trimmedView(input);
    s.length = text.size();
    if (s.length == 0) {
        s.fault = Fault::Empty;
        return s;
    }
    if (s.length != 18 && s.length != 15) {
        s.fault = Fault::Length;
        return s;
    }
    s.legacy = s.length == 15;
    // One pass: normalise into s.digits, inserting the implied century "19" of an old-format number.
    const char16_t* in = text.utf16();
    char* out = s.digits;
    for (int i = 0; i < int(s.length); ++i) {
        const char16_t u = in[i];
        char c = char(u);
        if (unsigned(u - u'0') > 9u) {
            c = normalise(u);
            if (c == 0 || (c == 'X' && i != 17)) { // X only at position 18 of an 18-character number
                s.fault = Fault::Characters;
                s.position = i + 1;
                s.badChar = u;
                return s;
            }
        }
        *out++ = c;
        if (i == 5 && s.legacy) {
            *out++ = '1';
            *out++ = '9';
        }
    }

    s.region = digitsValue(s.digits, 6);
    if (!regions.isKnown(s.region)) {
        s.fault = Fault::Region;
        return s;
    }
    s.year = digitsValue(s.digits + 6, 4);
    s.month = digitsValue(s.digits + 10, 2);
    s.day = digitsValue(s.digits + 12, 2);
    s.fault = checkDate(s.year, s.month, s.day, today);
    if (s.fault != Fault::None)
        return s;
    s.expected = checkCharOf(s.digits);
    if (s.legacy)
        s.digits[17] = s.expected;
    else if (s.digits[17] != s.expected)
        s.fault = Fault::CheckDigit;
    return s;
}

QString sixDigitCode(int code)
{
    return QStringLiteral("%1").arg(code, 6, 10, QLatin1Char('0'));
}

QString birthDateText(const Scan& s)
{
    return QString::fromLatin1(s.digits + 6, 8);
}

// The 1-based position a fault is detected at, to tell which reading of a partial input got further.
int faultPosition(const Scan& s)
{
    switch (s.fault) {
    case Fault::Characters:
        return s.position;
    case Fault::Region:
        return 6;
    case Fault::DateNotReal:
    case Fault::DateBefore1900:
    case Fault::DateFuture:
        return s.legacy ? 12 : 14;
    case Fault::CheckDigit:
        return 18;
    default:
        return 0;
    }
}

// Whether some date from 1 January 1900 to `latest` begins with `prefix` (1 to 7 digits of YYYYMMDD).
bool dateCouldStartWith(const char* prefix, int length, QDate latest)
{
    // Narrows the field at [from, from + width) to the values the typed digits allow within [low, high];
    // `value` becomes the field's value once all its digits are typed, else -1.
    const auto narrow = [&](int from, int width, int low, int high, int& value) {
        const int typed = std::clamp(length - from, 0, width);
        int scale = 1;
        for (int i = typed; i < width; ++i)
            scale *= 10;
        const int start = digitsValue(prefix + from, typed) * scale;
        value = typed == width ? start : -1;
        return std::max(low, start) <= std::min(high, start + scale - 1);
    };
    int year = -1;
    int month = -1;
    int day = -1;
    if (!narrow(0, 4, earliestYear, latest.year(), year))
        return false;
    if (year < 0)
        return true;
    const bool latestYear = year == latest.year();
    if (!narrow(4, 2, 1, latestYear ? latest.month() : 12, month))
        return false;
    if (month < 0)
        return true;
    int lastDay = QDate(year, month, 1).daysInMonth();
    if (latestYear && month == latest.month())
        lastDay = std::min(lastDay, latest.day());
    return narrow(6, 2, 1, lastDay, day);
}

struct PartialVerdict
{
    Result<void> result;
    int position = 0;
};

Error errorOf(const Scan& s)
{
    const auto error = [](const char* code, QString message) {
        return Error{QString::fromLatin1(code), std::move(message)};
    };
    switch (s.fault) {
    case Fault::Empty:
        return error("id.length", ResidentId::tr("No ID number was entered."));
    case Fault::Length:
        return error("id.length",
                     ResidentId::tr("An ID number has 18 characters (15 digits in the old format), "
                                    "not %1.")
                         .arg(s.length));
    case Fault::Characters: {
        const QString bad(QChar(s.badChar));
        if (s.legacy)
            return error("id.characters",
                         ResidentId::tr("Character %1 (\"%2\") is not a digit: an old-format ID number has "
                                        "15 digits.")
                             .arg(s.position)
                             .arg(bad));
        if (s.position == 18)
            return error("id.characters",
                         ResidentId::tr("The last character (\"%1\") should be a digit or X.").arg(bad));
        return error("id.characters",
                     ResidentId::tr("Character %1 (\"%2\") should be a digit; only the last one may be X.")
                         .arg(s.position)
                         .arg(bad));
    }
    case Fault::Region:
        return error(
            "id.region",
            ResidentId::tr("There is no region %1 in any edition of GB/T 2260.").arg(sixDigitCode(s.region)));
    case Fault::DateNotReal:
        return error("id.birth_date",
                     ResidentId::tr("The birth date %1 is not a real date.").arg(birthDateText(s)));
    case Fault::DateBefore1900:
        return error("id.birth_date",
                     ResidentId::tr("The birth date %1 is before 1900.").arg(birthDateText(s)));
    case Fault::DateFuture:
        return error("id.birth_date",
                     ResidentId::tr("The birth date %1 is in the future.").arg(birthDateText(s)));
    case Fault::CheckDigit:
        return error("id.check_digit", ResidentId::tr("The check digit should be %1, not %2.")
                                           .arg(QLatin1Char(s.expected))
                                           .arg(QLatin1Char(s.digits[17])));
    case Fault::None:
        break;
    }
    return error("id.unknown", QString());
}

// Judges `text` (trimmed, not empty) as the start of an 18-character number, or of a 15-digit one.
PartialVerdict checkPartial(QStringView text, bool legacy, const RegionTable& regions, QDate today)
{
    const qsizetype total = legacy ? 15 : 18;
    const qsizetype length = text.size();
    if (length >= total) {
        // Complete (or too long): exactly parse()'s verdict.
        const Scan s = scan(text, regions, today);
        if (s.fault == Fault::None)
            return {};
        return {errorOf(s), s.fault == Fault::Length ? int(total) + 1 : faultPosition(s)};
    }

    char digits[18];
    for (qsizetype i = 0; i < length; ++i) {
        const char c = normalise(text[i].unicode());
        if (c == 0 || c == 'X') { // X is only allowed at position 18, which is not typed yet
            Scan s;
            s.fault = Fault::Characters;
            s.legacy = legacy;
            s.position = int(i) + 1;
            s.badChar = text[i].unicode();
            return {errorOf(s), s.position};
        }
        digits[i] = c;
    }

    const int regionDigits = int(std::min<qsizetype>(length, 6));
    if (regionDigits > 0) {
        int scale = 1;
        for (int i = regionDigits; i < 6; ++i)
            scale *= 10;
        const int start = digitsValue(digits, regionDigits) * scale;
        if (!regions.anyKnownBetween(start, start + scale - 1)) {
            const QString prefix = QString::fromLatin1(digits, regionDigits);
            const QString message =
                regionDigits == 6
                    ? ResidentId::tr("There is no region %1 in any edition of GB/T 2260.").arg(prefix)
                    : ResidentId::tr("No region code of GB/T 2260 starts with %1.").arg(prefix);
            return {Error{QStringLiteral("id.region"), message}, regionDigits};
        }
    }

    // The birth date typed so far, as the start of YYYYMMDD (a 15-digit number implies 19YY).
    const int dateTyped = int(std::clamp<qsizetype>(length - 6, 0, legacy ? 6 : 8));
    if (dateTyped > 0) {
        char date[8];
        int dateLength = 0;
        if (legacy) {
            date[dateLength++] = '1';
            date[dateLength++] = '9';
        }
        std::copy_n(digits + 6, dateTyped, date + dateLength);
        dateLength += dateTyped;
        // The shortest typed prefix of the date that no date can start with, if any.
        const int implied = legacy ? 2 : 0;
        const QDate latest = latestBirthDate(today);
        int failing = 0;
        for (int prefix = implied + 1; prefix <= std::min(dateLength, 7) && failing == 0; ++prefix) {
            if (!dateCouldStartWith(date, prefix, latest))
                failing = prefix;
        }
        if (dateLength == 8) {
            Scan s;
            s.legacy = legacy;
            std::copy_n(date, 8, s.digits + 6);
            s.fault =
                checkDate(digitsValue(date, 4), digitsValue(date + 4, 2), digitsValue(date + 6, 2), today);
            if (s.fault != Fault::None)
                return {errorOf(s), 6 + (failing > 0 ? failing : 8) - implied};
        } else if (failing > 0) {
            return {Error{QStringLiteral("id.birth_date"),
                          ResidentId::tr("No birth date from 1900 until today starts with %1.")
                              .arg(QString::fromLatin1(date, failing))},
                    6 + failing - implied};
        }
    }
    return {};
}

} // namespace

Result<ResidentId> ResidentId::parse(QStringView input, const RegionTable& regions, QDate today)
{
    const Scan s = scan(input, regions, today);
    if (s.fault != Fault::None)
        return errorOf(s);
    ResidentId id;
    id.m_number = QString::fromLatin1(s.digits, 18);
    id.m_regionCode = s.region;
    id.m_regionName = regions.name(s.region);
    id.m_regionFullName = regions.fullName(s.region);
    id.m_birthDate = QDate(s.year, s.month, s.day);
    id.m_sequence = digitsValue(s.digits + 14, 3);
    id.m_wasUpgraded = s.legacy;
    return id;
}

bool ResidentId::isValid(QStringView input, const RegionTable& regions, QDate today) noexcept
{
    return scan(input, regions, today).fault == Fault::None;
}

QChar ResidentId::computeCheckChar(QStringView first17) noexcept
{
    if (first17.size() != 17)
        return QChar();
    char digits[17];
    for (int i = 0; i < 17; ++i) {
        const char16_t u = first17[i].unicode();
        if (u < u'0' || u > u'9')
            return QChar();
        digits[i] = char(u);
    }
    return QLatin1Char(checkCharOf(digits));
}

int ResidentId::ageOn(QDate date) const
{
    if (!date.isValid() || date < m_birthDate)
        return -1;
    int age = date.year() - m_birthDate.year();
    if (date.month() < m_birthDate.month() ||
        (date.month() == m_birthDate.month() && date.day() < m_birthDate.day()))
        --age;
    return age;
}

Result<void> ResidentId::checkPrefix(QStringView typed, const RegionTable& regions, QDate today)
{
    const QStringView text = typed.trimmed();
    if (text.isEmpty())
        return {};
    PartialVerdict modern = checkPartial(text, false, regions, today);
    if (modern.result.ok() || text.size() > 15)
        return modern.result;
    PartialVerdict legacy = checkPartial(text, true, regions, today);
    if (legacy.result.ok())
        return {};
    // Neither reading works: report the one that got further, the 18-character one on a tie.
    return legacy.position > modern.position ? legacy.result : modern.result;
}

} // namespace ow
