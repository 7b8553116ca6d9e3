#pragma once

// equalInConstantTime: compares secrets (password hashes, tokens) in a time that does not depend on
// where they differ, so a timing attacker learns nothing from the comparison.

#include <QByteArray>

namespace ow {

inline bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace ow
