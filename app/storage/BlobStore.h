#pragma once

// BlobStore: the content-addressed store of material files under <dataDir>/blobs/ab/cdef... keyed
// by the SHA-256 of their plain content. Files stream through (never whole in memory), land under a
// temporary name, are synced and renamed, so a crash or a full disk leaves no partial blob; reads
// verify the hash, so a damaged file is reported, never returned.

#include "core/Result.h"
#include "storage/BlobCipher.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

namespace ow {

class BlobStore
{
public:
    // cipher defaults to PassThroughCipher.
    explicit BlobStore(const QString& dataDir, std::unique_ptr<BlobCipher> cipher = nullptr);
    ~BlobStore();
    BlobStore(const BlobStore&) = delete;
    BlobStore& operator=(const BlobStore&) = delete;

    // Stores everything readable from source; returns its hash. Storing the same content again keeps
    // the existing file and writes nothing new.
    Result<QString> put(QIODevice& source);
    Result<QString> putFile(const QString& path);

    // The whole content, verified; for small files (a page, a thumbnail).
    Result<QByteArray> get(const QString& hash) const;
    // A device open for reading the content, verified before it is handed out.
    Result<std::unique_ptr<QIODevice>> open(const QString& hash) const;

    bool exists(const QString& hash) const;
    // Deletes the file; the caller checks that no case or profile refers to it any more.
    Result<void> remove(const QString& hash);
    // Deletes temporary files left by an interrupted put (call at start-up, before any put).
    int removeLeftovers();

    QString root() const { return m_root; }
    QString pathOf(const QString& hash) const;
    static bool isValidHash(const QString& hash);

private:
    Result<std::unique_ptr<QIODevice>> openVerified(const QString& hash, QByteArray* content) const;

    QString m_root;
    std::unique_ptr<BlobCipher> m_cipher;
};

} // namespace ow
