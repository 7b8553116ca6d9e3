#include "core/AcceptanceNumber.h"

#include <algorithm>

namespace ow {

namespace {

// Field widths of the compact form, in order: region, hall, window, date (YYMMDD), sequence.
constexpr int regionWidth = 6;
constexpr int hallWidth = 2;
constexpr int windowWidth = 3;
constexpr int dateWidth = 6;
constexpr int sequenceWidth = 5;
constexpr int maxSequence = 99999;

Error error(const char* code, QString message)
{
    return Error{QLatin1String(code), std::move(message)};
}

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFF0D;
}

QString padded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

QChar AcceptanceNumber::checkCharacter(QStringView digits)
{
    // ISO 7064 MOD 11-2, recursive form: p = 2 (p + d) mod 11 over the digits, check = (12 - p) mod 11.
    int p = 0;
    for (QChar c : digits)
        p = ((p + (c.unicode() - u'0')) * 2) % 11;
    const int check = (12 - p) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(u'0' + check);
}

Result<void> AcceptanceNumber::validate(const AcceptanceNumberParts& parts)
{
    const int province = parts.regionCode.size() == regionWidth && isAsciiDigits(parts.regionCode)
                             ? QStringView(parts.regionCode).left(2).toInt()
                             : 0;
    if (province < 11 || province > 82) {
        return error("acceptance.region", tr("The region code of the hall must be a 6-digit GB/T 2260 code "
                                             "(found \"%1\"). Check the site configuration.")
                                              .arg(parts.regionCode));
    }
    if (parts.hall < 1 || parts.hall > 99) {
        return error("acceptance.hall", tr("The hall number must be from 1 to 99 (found %1). Check the site "
                                           "configuration.")
                                            .arg(parts.hall));
    }
    if (parts.window < 1 || parts.window > 999) {
        return error("acceptance.window", tr("The window number must be from 1 to 999 (found %1). Check the "
                                             "site configuration.")
                                              .arg(parts.window));
    }
    if (!parts.date.isValid() || parts.date.year() < 2000 || parts.date.year() > 2099) {
        return error("acceptance.date", tr("The date of acceptance must be a real day from 2000 to 2099 "
                                           "(found \"%1\"). Check the computer's date.")
                                            .arg(parts.date.toString(Qt::ISODate)));
    }
    if (parts.sequence < 1 || parts.sequence > maxSequence) {
        return error("acceptance.sequence", tr("The sequence number must be from 1 to %1 (found %2): this "
                                               "window has used up its acceptance numbers for the day.")
                                                .arg(maxSequence)
                                                .arg(parts.sequence));
    }
    return {};
}

Result<QString> AcceptanceNumber::compose(const AcceptanceNumberParts& parts)
{
    if (Result<void> valid = validate(parts); !valid)
        return valid.error();
    QString digits;
    digits.reserve(length);
    digits += parts.regionCode;
    digits += padded(parts.hall, hallWidth);
    digits += padded(parts.window, windowWidth);
    digits += parts.date.toString(QStringLiteral("yyMMdd"));
    digits += padded(parts.sequence, sequenceWidth);
    digits += checkCharacter(digits);
    return digits;
}

Result<AcceptanceNumberParts> AcceptanceNumber::parse(QStringView typed)
{
    QString compact;
    compact.reserve(length);
    for (QChar c : typed.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            compact += c;
        else if (u >= 0xFF10 && u <= 0xFF19) // full-width digits from a Chinese input method
            compact += QChar(u'0' + (u - 0xFF10));
        else if (u == u'x' || u == u'X' || u == 0xFF38 || u == 0xFF58)
            compact += QLatin1Char('X');
        else if (!isSeparator(c))
            return error("acceptance.character",
                         tr("An acceptance number has only digits, hyphens and a final check character "
                            "(a digit or X); \"%1\" does not belong in it.")
                             .arg(c));
    }
    if (compact.size() != length) {
        return error("acceptance.length", tr("An acceptance number has %1 characters without the hyphens "
                                             "(%2 digits and a check character); %3 were typed.")
                                              .arg(length)
                                              .arg(digitCount)
                                              .arg(compact.size()));
    }
    const QStringView digits = QStringView(compact).left(digitCount);
    if (!isAsciiDigits(digits)) {
        return error("acceptance.character", tr("Only the last character of an acceptance number can be X; "
                                                "the number was probably mistyped."));
    }
    if (checkCharacter(digits) != compact.back()) {
        return error("acceptance.check",
                     tr("The check character does not match: the number was probably mistyped."));
    }

    int at = 0;
    const auto field = [&](int width) {
        const QStringView text = digits.mid(at, width);
        at += width;
        return text;
    };
    AcceptanceNumberParts parts;
    parts.regionCode = field(regionWidth).toString();
    parts.hall = field(hallWidth).toInt();
    parts.window = field(windowWidth).toInt();
    const QStringView date = field(dateWidth);
    parts.date = QDate(2000 + date.left(2).toInt(), date.mid(2, 2).toInt(), date.mid(4, 2).toInt());
    parts.sequence = field(sequenceWidth).toInt();
    if (!parts.date.isValid()) {
        return error("acceptance.date", tr("The acceptance number contains the date %1 (YYMMDD), which does "
                                           "not exist. Check the number on the receipt.")
                                            .arg(date));
    }
    if (Result<void> valid = validate(parts); !valid)
        return valid.error();
    return parts;
}

QString AcceptanceNumber::display(QStringView number)
{
    const Result<AcceptanceNumberParts> parsed = parse(number);
    if (!parsed)
        return number.trimmed().toString();
    const QString compact = compose(*parsed).value();
    const QChar hyphen = QLatin1Char('-');
    int at = 0;
    QString grouped;
    for (int width : {regionWidth, hallWidth, windowWidth, dateWidth, sequenceWidth, 1}) {
        if (at > 0)
            grouped += hyphen;
        grouped += QStringView(compact).mid(at, width);
        at += width;
    }
    return grouped;
}

} // namespace ow
