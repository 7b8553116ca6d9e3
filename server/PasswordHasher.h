#pragma once

// PasswordHasher: salted PBKDF2-HMAC-SHA256 password hashes (QPasswordDigestor), stored as
// "pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>" and checked in constant time.

#include <QByteArray>
#include <QString>

namespace ow::central {

class PasswordHasher
{
public:
    static constexpr int defaultIterations = 100000;

    static QString hash(const QString& password, int iterations = defaultIterations);
    static bool verify(const QString& password, const QString& stored);
};

} // namespace ow::central
