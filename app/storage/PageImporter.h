#pragma once

// PageImporter: takes a page of a material into the blob store (file import, drag and drop, the
// document camera), once it has checked it by content: an image or a PDF, not empty, readable and
// within the size limit; anything else is refused with a message that says why.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ow {

class BlobStore;

// What a page file really is, by its first bytes (not by its name).
enum class PageFileKind
{
    Jpeg,
    Png,
    Tiff,
    Bmp,
    Pdf
};

class PageImporter
{
    Q_DECLARE_TR_FUNCTIONS(ow::PageImporter)

public:
    static constexpr qint64 defaultMaxBytes = 50LL * 1024 * 1024;

    explicit PageImporter(BlobStore& blobs, qint64 maxBytes = defaultMaxBytes);

    // Checks the file and stores it; returns its SHA-256. The same content twice is stored once.
    Result<QString> importFile(const QString& path);
    // The same for a page held in memory (a camera frame encoded as JPEG); name is shown in errors.
    Result<QString> importBytes(const QByteArray& content, const QString& name);

    // The kind of a file by its first bytes and size, or why it cannot be a page.
    static Result<PageFileKind> classify(const QByteArray& head, qint64 size, const QString& name,
                                         qint64 maxBytes);

private:
    BlobStore& m_blobs;
    qint64 m_maxBytes;
};

} // namespace ow
