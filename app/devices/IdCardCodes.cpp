#include "devices/IdCardCodes.h"

#include <array>

namespace ow {

IdCardData::Gender IdCardCodes::genderFromCode(QChar code)
{
    switch (code.unicode()) {
    case u'1':
        return IdCardData::Gender::Male;
    case u'2':
        return IdCardData::Gender::Female;
    case u'9':
        return IdCardData::Gender::NotStated;
    default:
        return IdCardData::Gender::Unknown;
    }
}

QString IdCardCodes::genderName(IdCardData::Gender gender)
{
    switch (gender) {
    case IdCardData::Gender::Male:
        return tr("Male");
    case IdCardData::Gender::Female:
        return tr("Female");
    case IdCardData::Gender::NotStated:
        return tr("Not stated");
    case IdCardData::Gender::Unknown:
        break;
    }
    return tr("Unknown");
}

QString IdCardCodes::ethnicityName(int code)
{
    static constexpr std::array<const char16_t*, 56> names = {
        u"汉",     u"蒙古",   u"回",       u"藏",     u"维吾尔",   u"苗",   u"彝",     u"壮",
        u"布依",   u"朝鲜",   u"满",       u"侗",     u"瑶",       u"白",   u"土家",   u"哈尼",
        u"哈萨克", u"傣",     u"黎",       u"傈僳",   u"佤",       u"畲",   u"高山",   u"拉祜",
        u"水",     u"东乡",   u"纳西",     u"景颇",   u"柯尔克孜", u"土",   u"达斡尔", u"仫佬",
        u"羌",     u"布朗",   u"撒拉",     u"毛南",   u"仡佬",     u"锡伯", u"阿昌",   u"普米",
        u"塔吉克", u"怒",     u"乌孜别克", u"俄罗斯", u"鄂温克",   u"德昂", u"保安",   u"裕固",
        u"京",     u"塔塔尔", u"独龙",     u"鄂伦春", u"赫哲",     u"门巴", u"珞巴",   u"基诺",
    };
    if (code >= 1 && code <= 56)
        return QString::fromUtf16(names[std::size_t(code - 1)]);
    if (code == 97)
        return QStringLiteral("其他");
    if (code == 98)
        return QStringLiteral("外国血统中国籍人士");
    return {};
}

int IdCardCodes::ethnicityCodeOf(QStringView name)
{
    QStringView bare = name.trimmed();
    if (bare.size() > 1 && bare.endsWith(u'族'))
        bare.chop(1);
    for (int code = 1; code <= 98; ++code) {
        if (!bare.isEmpty() && ethnicityName(code) == bare)
            return code;
    }
    return 0;
}

} // namespace ow
