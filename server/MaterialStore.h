#pragma once

// MaterialStore: material files under the data directory, content-addressed by SHA-256. An upload
// grows <data>/uploads/<sha>.part chunk by chunk (its size is the offset the server holds); when the
// last byte is in, the file is hashed block by block and moved to <data>/materials/<aa>/<sha>, or
// thrown away when the hash does not match. Never more than one chunk is in memory.

#include "core/Result.h"

#include <QString>

namespace ow::central {

class MaterialStore
{
public:
    explicit MaterialStore(QString dataDir);

    Result<void> prepare() const; // creates the folders

    static bool isSha256(const QString& text); // 64 lower-case hex digits

    QString completePath(const QString& sha256) const;
    QString partialPath(const QString& sha256) const;
    bool hasComplete(const QString& sha256) const;
    // Bytes held of an upload in progress (0 when none).
    qint64 partialSize(const QString& sha256) const;

    void startPartial(const QString& sha256) const;
    enum class ChunkResult
    {
        Appended,   // the bytes were new
        AlreadyHeld // every byte was held already (a repeated chunk)
    };
    // Writes `data` at `offset` of the upload. Bytes before the held offset are skipped (a repeated or
    // overlapping chunk); a chunk beyond it leaves a gap and throws 409 upload.offsetMismatch.
    ChunkResult writeChunk(const QString& sha256, qint64 offset, const QByteArray& data) const;
    // Checks the hash of the complete upload; true: the file is now the material; false: it was deleted.
    bool finish(const QString& sha256) const;
    void discardPartial(const QString& sha256) const;

private:
    QString m_root;
};

} // namespace ow::central
