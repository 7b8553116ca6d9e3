#include "storage/PageImporter.h"

#include "storage/BlobStore.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace ow {

namespace {

bool startsWith(const QByteArray& head, const char* magic, qsizetype length)
{
    return head.size() >= length && head.startsWith(QByteArrayView(magic, length));
}

// A name for what the file looks like when it is not a page, for the message.
QString lookalike(const QByteArray& head)
{
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return PageImporter::tr("an Office document (Word, Excel or WPS)");
    if (startsWith(head, "PK\x03\x04", 4))
        return PageImporter::tr("a ZIP archive or an Office document");
    if (startsWith(head, "{\\rtf", 5))
        return PageImporter::tr("a rich-text document");
    if (startsWith(head, "Rar!", 4) || startsWith(head, "7z\xBC\xAF", 4))
        return PageImporter::tr("a compressed archive");
    return PageImporter::tr("a file of an unknown kind");
}

} // namespace

PageImporter::PageImporter(BlobStore& blobs, qint64 maxBytes)
    : m_blobs(blobs)
    , m_maxBytes(maxBytes)
{}

Result<PageFileKind> PageImporter::classify(const QByteArray& head, qint64 size, const QString& name,
                                            qint64 maxBytes)
{
    const QLocale locale;
    if (size == 0)
        return Error{QStringLiteral("page.empty"),
                     tr("%1 is empty. Scan or choose the file again.").arg(name)};
    if (size > maxBytes) {
        return Error{QStringLiteral("page.too-large"),
                     tr("%1 is %2; a page may be at most %3. Scan it again at a lower resolution or in "
                        "grey, or split the document into pages.")
                         .arg(name, locale.formattedDataSize(size), locale.formattedDataSize(maxBytes))};
    }
    if (startsWith(head, "\xFF\xD8\xFF", 3))
        return PageFileKind::Jpeg;
    if (startsWith(head, "\x89PNG\r\n\x1A\n", 8))
        return PageFileKind::Png;
    if (startsWith(head, "II*\0", 4) || startsWith(head, "MM\0*", 4))
        return PageFileKind::Tiff;
    if (startsWith(head, "BM", 2) && size > 54)
        return PageFileKind::Bmp;
    if (head.left(1024).contains("%PDF-"))
        return PageFileKind::Pdf;
    return Error{QStringLiteral("page.kind"),
                 tr("%1 is not an image or a PDF: it looks like %2. Save or scan it as PDF, JPEG or PNG.")
                     .arg(name, lookalike(head))};
}

Result<QString> PageImporter::importFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("page.unreadable"),
                     tr("%1 cannot be read: %2. Check that the file still exists and that you may open it.")
                         .arg(name, file.errorString())};
    }
    const QByteArray head = file.peek(1024);
    if (auto kind = classify(head, file.size(), name, m_maxBytes); !kind)
        return kind.error();
    return m_blobs.put(file);
}

Result<QString> PageImporter::importBytes(const QByteArray& content, const QString& name)
{
    if (auto kind = classify(content.left(1024), content.size(), name, m_maxBytes); !kind)
        return kind.error();
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    return m_blobs.put(buffer);
}

} // namespace ow
