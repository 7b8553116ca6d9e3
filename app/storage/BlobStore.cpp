#include "storage/BlobStore.h"

#include "storage/HashingReader.h"
#include "storage/PassThroughCipher.h"
#include "storage/StorageLog.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <fcntl.h>
#include <unistd.h>

namespace ow {

namespace {

const QString incomingPrefix = QStringLiteral(".incoming-");

Error writeFailed(const QString& detail)
{
    return {
        QStringLiteral("storage.blobWriteFailed"),
        QCoreApplication::translate(
            "ow::BlobStore",
            "The material could not be written to the disk (%1). The disk may be full: free some space and "
            "capture it again. Nothing was kept.")
            .arg(detail)};
}

Error badHash(const QString& hash)
{
    return {QStringLiteral("storage.blobBadHash"),
            QCoreApplication::translate(
                "ow::BlobStore",
                "\"%1\" is not a material fingerprint (64 hexadecimal characters). This is a program error; "
                "please report it.")
                .arg(hash.left(80))};
}

bool syncDirectory(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

BlobStore::BlobStore(const QString& dataDir, std::unique_ptr<BlobCipher> cipher)
    : m_root(QDir(dataDir).absoluteFilePath(QStringLiteral("blobs")))
    , m_cipher(cipher ? std::move(cipher) : std::make_unique<PassThroughCipher>())
{}

BlobStore::~BlobStore() = default;

bool BlobStore::isValidHash(const QString& hash)
{
    if (hash.size() != 64)
        return false;
    return std::all_of(hash.cbegin(), hash.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString BlobStore::pathOf(const QString& hash) const
{
    return m_root + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash.mid(2);
}

Result<QString> BlobStore::put(QIODevice& source)
{
    if (!QDir().mkpath(m_root)) {
        return Error{
            QStringLiteral("storage.folderNotWritable"),
            QCoreApplication::translate(
                "ow::BlobStore",
                "OneWindow cannot create its material folder %1. Check the permissions and the free space "
                "of the data folder.")
                .arg(QDir::toNativeSeparators(m_root))};
    }
    QFile temp(m_root + QLatin1Char('/') + incomingPrefix + QUuid::createUuid().toString(QUuid::Id128));
    if (!temp.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeFailed(temp.errorString());
    const auto discard = [&temp](Error error) -> Result<QString> {
        temp.close();
        temp.remove();
        qCWarning(lcStorage) << "Material not stored:" << error.code;
        return error;
    };

    HashingReader reader(source);
    reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (auto sealed = m_cipher->encrypt(reader, temp); !sealed)
        return discard(sealed.error());
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return discard(writeFailed(temp.errorString()));
    temp.close();
    const QString hash = reader.hexDigest();
    const QString target = pathOf(hash);
    if (QFileInfo::exists(target)) {
        temp.remove();
        return hash;
    }
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return discard(writeFailed(
            QCoreApplication::translate("ow::BlobStore", "cannot create the folder %1").arg(folder)));
    if (!temp.rename(target)) {
        if (QFileInfo::exists(target)) { // stored meanwhile by another thread
            temp.remove();
            return hash;
        }
        return discard(writeFailed(temp.errorString()));
    }
    syncDirectory(folder);
    return hash;
}

Result<QString> BlobStore::putFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("storage.blobReadFailed"),
                     QCoreApplication::translate(
                         "ow::BlobStore",
                         "The file %1 could not be opened (%2). Check that it still exists and try again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return put(file);
}

Result<std::unique_ptr<QIODevice>> BlobStore::openVerified(const QString& hash, QByteArray* content) const
{
    if (!isValidHash(hash))
        return badHash(hash);
    auto file = std::make_unique<QFile>(pathOf(hash));
    if (!file->open(QIODevice::ReadOnly)) {
        return Error{
            QStringLiteral("storage.blobMissing"),
            QCoreApplication::translate(
                "ow::BlobStore",
                "The stored material %1 is missing (%2). Capture it again or fetch it from the server.")
                .arg(hash.left(12), file->errorString())};
    }
    auto plain = m_cipher->decrypt(std::move(file));
    if (!plain)
        return plain.error();
    QCryptographicHash check(QCryptographicHash::Sha256);
    QByteArray buffer(PassThroughCipher::chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = plain.value()->read(buffer.data(), buffer.size());
        if (read < 0) {
            return Error{
                QStringLiteral("storage.blobReadFailed"),
                QCoreApplication::translate("ow::BlobStore", "The stored material %1 could not be read (%2).")
                    .arg(hash.left(12), plain.value()->errorString())};
        }
        if (read == 0)
            break;
        check.addData(QByteArrayView(buffer.constData(), read));
        if (content != nullptr)
            content->append(buffer.constData(), read);
    }
    if (QString::fromLatin1(check.result().toHex()) != hash) {
        qCWarning(lcStorage) << "Blob failed verification:" << hash.left(12);
        return Error{
            QStringLiteral("storage.blobCorrupt"),
            QCoreApplication::translate(
                "ow::BlobStore",
                "The stored material %1 is damaged: its content no longer matches its fingerprint. It "
                "was not used; capture it again or fetch it from the server.")
                .arg(hash.left(12))};
    }
    return plain;
}

Result<QByteArray> BlobStore::get(const QString& hash) const
{
    QByteArray content;
    auto verified = openVerified(hash, &content);
    if (!verified)
        return verified.error();
    return content;
}

Result<std::unique_ptr<QIODevice>> BlobStore::open(const QString& hash) const
{
    if (auto verified = openVerified(hash, nullptr); !verified)
        return verified.error();
    auto file = std::make_unique<QFile>(pathOf(hash));
    if (!file->open(QIODevice::ReadOnly)) {
        return Error{
            QStringLiteral("storage.blobMissing"),
            QCoreApplication::translate(
                "ow::BlobStore",
                "The stored material %1 is missing (%2). Capture it again or fetch it from the server.")
                .arg(hash.left(12), file->errorString())};
    }
    return m_cipher->decrypt(std::move(file));
}

bool BlobStore::exists(const QString& hash) const
{
    return isValidHash(hash) && QFileInfo::exists(pathOf(hash));
}

Result<void> BlobStore::remove(const QString& hash)
{
    if (!isValidHash(hash))
        return badHash(hash);
    QFile file(pathOf(hash));
    if (file.exists() && !file.remove()) {
        return Error{
            QStringLiteral("storage.blobRemoveFailed"),
            QCoreApplication::translate("ow::BlobStore", "The stored material %1 could not be deleted (%2).")
                .arg(hash.left(12), file.errorString())};
    }
    return {};
}

int BlobStore::removeLeftovers()
{
    QDir root(m_root);
    int removed = 0;
    const QStringList names = root.entryList({incomingPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString& name : names)
        removed += root.remove(name) ? 1 : 0;
    return removed;
}

} // namespace ow
