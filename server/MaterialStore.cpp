#include "MaterialStore.h"

#include "ApiFailure.h"
#include "CentralLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ow::central {

MaterialStore::MaterialStore(QString dataDir)
    : m_root(std::move(dataDir))
{}

Result<void> MaterialStore::prepare() const
{
    for (const QString& folder : {QStringLiteral("materials"), QStringLiteral("uploads")}) {
        if (!QDir(m_root).mkpath(folder))
            return Error{QStringLiteral("materials.folder"),
                         QStringLiteral("Cannot create %1 in %2.").arg(folder, m_root)};
    }
    return {};
}

bool MaterialStore::isSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString MaterialStore::completePath(const QString& sha256) const
{
    return QDir(m_root).filePath(QStringLiteral("materials/%1/%2").arg(sha256.left(2), sha256));
}

QString MaterialStore::partialPath(const QString& sha256) const
{
    return QDir(m_root).filePath(QStringLiteral("uploads/%1.part").arg(sha256));
}

bool MaterialStore::hasComplete(const QString& sha256) const
{
    return QFileInfo::exists(completePath(sha256));
}

qint64 MaterialStore::partialSize(const QString& sha256) const
{
    const QFileInfo info(partialPath(sha256));
    return info.exists() ? info.size() : 0;
}

void MaterialStore::startPartial(const QString& sha256) const
{
    QFile file(partialPath(sha256));
    if (file.exists())
        return;
    if (!file.open(QIODevice::WriteOnly))
        throw ApiFailure(
            ApiResponse::unavailable(QStringLiteral("server.storageUnavailable"),
                                     QStringLiteral("The server cannot store materials right now."), 10));
}

MaterialStore::ChunkResult MaterialStore::writeChunk(const QString& sha256, qint64 offset,
                                                     const QByteArray& data) const
{
    QFile file(partialPath(sha256));
    if (!file.open(QIODevice::ReadWrite))
        throw ApiFailure(
            ApiResponse::unavailable(QStringLiteral("server.storageUnavailable"),
                                     QStringLiteral("The server cannot store materials right now."), 10));
    const qint64 held = file.size();
    if (offset > held)
        throw ApiFailure::conflict(
            QStringLiteral("upload.offsetMismatch"),
            QStringLiteral("The server holds %1 bytes of this material; send the chunk "
                           "that starts there.")
                .arg(held),
            false, QJsonObject{{QStringLiteral("offset"), held}});
    const qint64 skip = held - offset;
    if (skip >= data.size())
        return ChunkResult::AlreadyHeld;
    if (!file.seek(held) || file.write(data.constData() + skip, data.size() - skip) != data.size() - skip ||
        !file.flush()) {
        file.resize(held); // keep the held offset exact
        throw ApiFailure(ApiResponse::unavailable(QStringLiteral("server.storageFull"),
                                                  QStringLiteral("The server could not write the chunk (%1); "
                                                                 "send it again later.")
                                                      .arg(file.errorString()),
                                                  30));
    }
    return ChunkResult::Appended;
}

bool MaterialStore::finish(const QString& sha256) const
{
    QFile file(partialPath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!file.atEnd()) {
        const QByteArray block = file.read(1024 * 1024);
        if (block.isEmpty())
            break;
        hash.addData(block);
    }
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        discardPartial(sha256);
        return false;
    }
    const QString target = completePath(sha256);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!QFile::rename(partialPath(sha256), target)) {
        qCWarning(lcCentral).noquote() << "cannot move" << partialPath(sha256) << "to" << target;
        throw ApiFailure(
            ApiResponse::unavailable(QStringLiteral("server.storageUnavailable"),
                                     QStringLiteral("The server cannot store materials right now."), 10));
    }
    return true;
}

void MaterialStore::discardPartial(const QString& sha256) const
{
    QFile::remove(partialPath(sha256));
}

} // namespace ow::central
