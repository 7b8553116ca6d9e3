#pragma once

// QueryCode: the query password (查询密码) printed on the receipt next to the acceptance number,
// six characters from an alphabet without look-alikes (no 0/O, 1/I/L).

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

namespace ow {

class QueryCode
{
public:
    // 31 symbols: 2-9 and A-Z without I, L and O; 31^6 ≈ 8.9e8 codes (29.7 bits).
    static constexpr char16_t alphabet[] = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static constexpr int alphabetSize = 31;
    static constexpr int length = 6;

    // A fresh code drawn from random; production passes *QRandomGenerator::system() (a
    // cryptographically secure source), tests a seeded generator.
    static QString generate(QRandomGenerator& random);

    // The code as typed at the counter, trimmed and upper-cased; empty when it cannot be a code.
    static QString normalized(QStringView typed);

    // What the local store keeps instead of the code: SHA-256 of the normalized code.
    static QByteArray digest(QStringView code);
};

} // namespace ow
