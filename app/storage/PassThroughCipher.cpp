#include "storage/PassThroughCipher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cerrno>

namespace ow {

Result<void> PassThroughCipher::copy(QIODevice& from, QIODevice& to)
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = from.read(buffer.data(), buffer.size());
        if (read < 0) {
            return Error{QStringLiteral("storage.blobReadFailed"),
                         QCoreApplication::translate(
                             "ow::BlobStore", "The material could not be read to the end (%1). Nothing "
                                              "was kept; capture it again.")
                             .arg(from.errorString())};
        }
        if (read == 0)
            return {};
        errno = 0;
        if (to.write(buffer.constData(), read) != read) {
            // QFile reports a failed write(2) as "Unknown error"; the system's reason says "No space left".
            const QString reason = errno != 0 ? qt_error_string(errno) : to.errorString();
            return Error{QStringLiteral("storage.blobWriteFailed"),
                         QCoreApplication::translate(
                             "ow::BlobStore", "The material could not be written to the disk (%1). The "
                                              "disk may be full: free some space and capture it again. "
                                              "Nothing was kept.")
                             .arg(reason)};
        }
    }
}

Result<void> PassThroughCipher::encrypt(QIODevice& plain, QIODevice& sealed) const
{
    return copy(plain, sealed);
}

Result<std::unique_ptr<QIODevice>> PassThroughCipher::decrypt(std::unique_ptr<QIODevice> sealed) const
{
    return sealed;
}

} // namespace ow
