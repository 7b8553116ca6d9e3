#include "core/QueryCode.h"

#include <QCryptographicHash>
#include <algorithm>

namespace ow {

static_assert(sizeof(QueryCode::alphabet) / sizeof(char16_t) == QueryCode::alphabetSize + 1);

QString QueryCode::generate(QRandomGenerator& random)
{
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code += QChar(alphabet[random.bounded(alphabetSize)]);
    return code;
}

QString QueryCode::normalized(QStringView typed)
{
    const QString code = typed.trimmed().toString().toUpper();
    if (code.size() != length)
        return {};
    for (QChar c : code) {
        const char16_t* const end = alphabet + alphabetSize;
        if (std::find(alphabet, end, c.unicode()) == end)
            return {};
    }
    return code;
}

} // namespace ow

namespace ow {

QByteArray QueryCode::digest(QStringView code)
{
    return QCryptographicHash::hash(normalized(code).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace ow
