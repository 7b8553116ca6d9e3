#pragma once

// PasswordHasher: salted PBKDF2-HMAC-SHA256 of a password for the offline sign-in, random salts and a
// constant-time comparison. Lives in the sync layer because QPasswordDigestor is part of QtNetwork,
// which the storage layer does not link; the store only keeps the bytes.

#include <QByteArray>
#include <QString>

namespace ow {

class PasswordHasher
{
public:
    static constexpr int defaultIterations = 120000;
    static constexpr int saltBytes = 16;
    static constexpr int hashBytes = 32;

    // PBKDF2-HMAC-SHA256 over the UTF-8 password; hashBytes long.
    static QByteArray derive(const QString& password, const QByteArray& salt, int iterations);
    // saltBytes from the operating system's cryptographically secure generator.
    static QByteArray newSalt();
};

} // namespace ow
