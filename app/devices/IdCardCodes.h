#pragma once

// IdCardCodes: the code tables printed on ID cards: gender (GB/T 2261.1) and ethnicity (GB 3304).

#include "devices/IdCardData.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

class IdCardCodes
{
    Q_DECLARE_TR_FUNCTIONS(ow::IdCardCodes)

public:
    // The gender of a code character '0', '1', '2' or '9'; Unknown for anything else.
    static IdCardData::Gender genderFromCode(QChar code);
    // Translated, e.g. "Male" (男).
    static QString genderName(IdCardData::Gender gender);

    // The GB 3304 name of an ethnicity code as the card prints it ("汉" for 1, "基诺" for 56, 97 for
    // other, 98 for foreign-born Chinese citizens); empty for codes the standard does not define. These
    // are official names in Chinese, not user interface text, so they are not translated.
    static QString ethnicityName(int code);
    static bool isKnownEthnicity(int code) { return !ethnicityName(code).isEmpty(); }
    // The code of a name as ethnicityName() gives it ("汉" or "汉族"), 0 if unknown.
    static int ethnicityCodeOf(QStringView name);
};

} // namespace ow
