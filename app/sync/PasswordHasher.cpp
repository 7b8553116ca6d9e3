#include "sync/PasswordHasher.h"

#include <QRandomGenerator>
#include <openssl/evp.h>

namespace ow {

QByteArray PasswordHasher::derive(const QString& password, const QByteArray& salt, int iterations)
{
    // OpenSSL's PBKDF2 is about 20 times faster than QPasswordDigestor's, which matters on the UI thread.
    const QByteArray secret = password.toUtf8();
    QByteArray key(hashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), int(key.size()),
                          reinterpret_cast<unsigned char*>(key.data())) != 1)
        return {};
    return key;
}

QByteArray PasswordHasher::newSalt()
{
    static_assert(saltBytes % 4 == 0);
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), saltBytes / 4);
    return salt;
}

} // namespace ow
