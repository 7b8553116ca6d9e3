#include "print/PdfExporter.h"

#include "print/DocumentRenderer.h"
#include "print/LayoutUnits.h"
#include "print/PdfUnicodeMapFixer.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace ow {

namespace {

// The family of the document's text, for the ToUnicode repair.
QString fontFamily(const ComposedDocument& document)
{
    for (const ComposedPage& page : document.pages) {
        for (const PageItem& item : page.items) {
            if (const auto* text = std::get_if<TextItem>(&item))
                return text->font.family();
        }
    }
    return {};
}

} // namespace

Result<QByteArray> PdfExporter::toBytes(const ComposedDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(int(units::layoutDpi));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("OneWindow"));
    writer.setPageLayout(document.pageLayout());
    if (!DocumentRenderer::paint(document, writer))
        return Error{QStringLiteral("print.pdf"),
                     tr("The PDF could not be made. Report this to IT support.")};
    buffer.close();
    if (const QString family = fontFamily(document); !family.isEmpty())
        PdfUnicodeMapFixer(family).fix(bytes);
    return bytes;
}

Result<void> PdfExporter::write(const ComposedDocument& document, QIODevice& output)
{
    const Result<QByteArray> bytes = toBytes(document);
    if (!bytes)
        return bytes.error();
    if (output.write(*bytes) != bytes->size())
        return Error{QStringLiteral("print.file"),
                     tr("The PDF could not be written: %1. Check that the disk has space and try again.")
                         .arg(output.errorString())};
    return {};
}

Result<void> PdfExporter::toFile(const ComposedDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("print.file"),
                     tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString())};
    if (Result<void> written = write(document, file); !written)
        return written;
    if (!file.commit())
        return Error{QStringLiteral("print.file"),
                     tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString())};
    return {};
}

} // namespace ow
