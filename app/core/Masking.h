#pragma once

// Masking: hides the personal part of ID numbers, phone numbers, names and addresses for display and logs.

#include <QString>
#include <QStringView>

namespace ow {

// ID numbers: the first 6 and the last 4 characters stay, the rest become stars, e.g.
// "420802********123X" (18 characters) or "420802*****1234" (15). Any other length keeps at most the
// last 4 characters (none if shorter than 8). Surrounding white space is dropped.
QString maskIdNumber(QStringView idNumber);

// Phone numbers: a mobile number keeps its first 3 and last 4 digits ("138****5678", a +86/86 prefix is
// kept); a landline keeps its area code and last 4 digits ("0724-***5678", "010-****5678"); other numbers
// of 7 digits or more keep their last 4 digits. Shorter numbers (service lines such as 12345) are not
// personal and stay as they are.
QString maskPhone(QStringView phone);

// Names: Chinese names keep the surname and, from three characters on, the last character ("张*",
// "张*伟", "张**明"); a compound surname (欧阳, 司马, ...) is kept whole and the given name hidden
// ("欧阳*", "欧阳**"). Latin names, and names written with a middle dot (买买提·艾力), keep the first letter
// of each part ("J*** S****").
QString maskName(QStringView name);

// Addresses: keep the administrative divisions up to the county level (province, prefecture,
// district/county/county-level city/banner) and replace the rest with "****"; an address without such
// words keeps its first 6 characters (at most half of it). An address that is only divisions stays as it is.
QString maskAddress(QStringView address);

// Masks, as maskIdNumber() does, every 18-character (17 digits and a digit or X) and 15-digit ID number
// found in free text, e.g. a log line. A run of digits is a candidate only if it has exactly that length
// (no digit directly before or after). An 18-character run that is a valid unified social credit code and
// not an ID number by its check digit is left alone: credit codes are not personal data.
QString maskIdNumbersIn(QString text);

} // namespace ow
