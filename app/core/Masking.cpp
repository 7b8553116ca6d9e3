#include "core/Masking.h"

#include "core/CreditCode.h"
#include "core/ResidentId.h"

#include <QList>

namespace ow {

namespace {

constexpr QChar star(u'*');

QString stars(qsizetype count)
{
    return QString(std::max<qsizetype>(count, 0), star);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The digits of a phone number as typed (ASCII or full-width), without separators.
QString digitsOf(QStringView text)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits.append(c);
        else if (u >= 0xFF10 && u <= 0xFF19)
            digits.append(QChar(u'0' + (u - 0xFF10)));
    }
    return digits;
}

QString maskMobile(QStringView digits)
{
    return digits.left(3).toString() + QStringLiteral("****") + digits.right(4).toString();
}

// Common compound surnames (复姓); the whole surname stays visible.
constexpr const char16_t* compoundSurnames[] = {
    u"欧阳", u"司马", u"上官", u"诸葛", u"东方", u"皇甫", u"尉迟", u"公孙", u"慕容", u"令狐",
    u"长孙", u"宇文", u"司徒", u"司空", u"夏侯", u"轩辕", u"端木", u"独孤", u"南宫", u"西门",
    u"百里", u"呼延", u"澹台", u"公冶", u"申屠", u"太史", u"闻人", u"钟离", u"单于", u"赫连",
    u"万俟", u"濮阳", u"东郭", u"拓跋", u"鲜于", u"闾丘", u"宗政", u"第五", u"左丘", u"乐正",
};

bool isNameSeparator(char32_t c)
{
    return c == U' ' || c == U'\u00B7' || c == U'\u2022' || c == U'\u30FB' || c == U'\u2027' || c == U'.' ||
           c == U'-' || c == U'\u3000';
}

bool isLatinLetter(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c < 0x250);
}

struct Division
{
    const char16_t* suffix;
    bool countyLevel;
};

// Longer suffixes first: at one position, "自治区" must win over "区".
constexpr Division divisions[] = {
    {u"特别行政区", false}, {u"自治区", false}, {u"自治州", false}, {u"自治县", true},
    {u"自治旗", true},      {u"地区", false},   {u"省", false},     {u"市", false},
    {u"盟", false},         {u"区", true},      {u"县", true},      {u"旗", true},
};

// Words ending in a division suffix that are not divisions: 小区, 社区, 市场, 超市 ...
bool isFalseDivision(QStringView address, qsizetype at, QStringView suffix)
{
    const QChar before = at > 0 ? address[at - 1] : QChar();
    const QChar after = at + suffix.size() < address.size() ? address[at + suffix.size()] : QChar();
    if (suffix == QStringView(u"区"))
        return QStringView(u"小社园校景街厂营").contains(before);
    if (suffix == QStringView(u"市"))
        return after == QChar(u'场') || QStringView(u"超菜").contains(before);
    return false;
}

constexpr qsizetype longestDivisionName = 10; // characters before the suffix, e.g. 克孜勒苏柯尔克孜自治州

} // namespace

QString maskIdNumber(QStringView idNumber)
{
    const QStringView text = idNumber.trimmed();
    const qsizetype n = text.size();
    if (n == 18 || n == 15)
        return text.left(6).toString() + stars(n - 10) + text.right(4).toString();
    if (n >= 8)
        return stars(n - 4) + text.right(4).toString();
    return stars(n);
}

QString maskPhone(QStringView phone)
{
    const QStringView text = phone.trimmed();
    const QString digits = digitsOf(text);
    const qsizetype n = digits.size();
    if (n < 7)
        return text.toString();
    if (n == 11 && digits.startsWith(QLatin1Char('1')))
        return maskMobile(digits);
    if (n == 13 && digits.startsWith(QLatin1String("861"))) {
        const QString prefix =
            text.startsWith(QLatin1Char('+')) ? QStringLiteral("+86 ") : QStringLiteral("86 ");
        return prefix + maskMobile(QStringView(digits).mid(2));
    }
    if (digits.startsWith(QLatin1Char('0')) && n >= 10) {
        // 010 and 02x are three-digit area codes, all others four digits.
        const qsizetype area = (digits.at(1) == QLatin1Char('1') || digits.at(1) == QLatin1Char('2')) ? 3 : 4;
        const qsizetype local = n - area;
        if (local == 7 || local == 8)
            return digits.left(area) + QLatin1Char('-') + stars(local - 4) + digits.right(4);
    }
    return stars(n - 4) + digits.right(4);
}

QString maskName(QStringView name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    const qsizetype n = chars.size();
    if (n == 0)
        return QString();

    bool partwise = false;
    for (uint c : chars)
        partwise = partwise || isNameSeparator(c) || isLatinLetter(c);
    QList<uint> masked;
    masked.reserve(n);
    if (partwise) {
        bool startOfPart = true;
        for (uint c : chars) {
            if (isNameSeparator(c)) {
                masked.append(c);
                startOfPart = true;
            } else {
                masked.append(startOfPart ? c : uint('*'));
                startOfPart = false;
            }
        }
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(masked.constData()), masked.size());
    }

    const QString whole = QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), n);
    if (n >= 3) {
        for (const char16_t* surname : compoundSurnames) {
            if (whole.startsWith(QStringView(surname)))
                return whole.left(2) + stars(n - 2);
        }
    }
    if (n == 1)
        return whole;
    masked.append(chars.first());
    for (qsizetype i = 1; i < n; ++i)
        masked.append(n >= 3 && i == n - 1 ? chars.last() : uint('*'));
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(masked.constData()), masked.size());
}

QString maskAddress(QStringView address)
{
    const QStringView text = address.trimmed();
    const qsizetype n = text.size();
    if (n == 0)
        return QString();

    qsizetype keep = 0;
    qsizetype from = 0;
    for (int level = 0; level < 3; ++level) {
        const Division* found = nullptr;
        qsizetype at = from + 1; // a division has a name of at least one character before its suffix
        for (; at < n && at <= from + longestDivisionName && !found; ++at) {
            for (const Division& division : divisions) {
                const QStringView suffix(division.suffix);
                if (text.mid(at).startsWith(suffix) && !isFalseDivision(text, at, suffix)) {
                    found = &division;
                    break;
                }
            }
        }
        if (!found)
            break;
        --at; // the loop stepped past the match
        keep = at + QStringView(found->suffix).size();
        from = keep;
        if (found->countyLevel)
            break;
    }
    if (keep == 0)
        keep = std::min<qsizetype>(6, n / 2);
    if (keep >= n)
        return text.toString();
    return text.left(keep).toString() + QStringLiteral("****");
}

QString maskIdNumbersIn(QString text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isAsciiDigit(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isAsciiDigit(text.at(end)))
            ++end;
        qsizetype length = end - i;
        if (length == 17 && end < n &&
            (text.at(end) == QLatin1Char('X') || text.at(end) == QLatin1Char('x')) &&
            (end + 1 == n || !isAsciiDigit(text.at(end + 1)))) {
            length = 18;
            ++end;
        }
        bool mask = length == 15 || length == 18;
        if (length == 18) {
            const QStringView first17 = QStringView(text).mid(i, 17);
            const QChar last = text.at(i + 17).toUpper();
            if (CreditCode::computeCheckChar(first17) == last &&
                ResidentId::computeCheckChar(first17) != last)
                mask = false; // a credit code, not personal data
        }
        if (mask) {
            for (qsizetype k = i + 6; k < i + length - 4; ++k)
                text[k] = star;
        }
        i = end;
    }
    return text;
}

} // namespace ow
