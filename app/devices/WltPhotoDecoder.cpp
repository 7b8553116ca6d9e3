#include "devices/WltPhotoDecoder.h"

#include <QFileInfo>

namespace ow {

Result<void> WltPhotoDecoder::load(const QString& libraryPath)
{
    m_unpack = nullptr;
    if (libraryPath.trimmed().isEmpty())
        return Error{QStringLiteral("wlt.path"), tr("No photo decoder library is configured. The card data "
                                                    "still works; the photo needs the vendor's decoder.")};
    m_library.unload();
    m_library.setFileName(libraryPath);
    if (!m_library.load())
        return Error{QStringLiteral("wlt.load"),
                     tr("The photo decoder library %1 could not be loaded: %2. Check its path in the device "
                        "settings.")
                         .arg(QFileInfo(libraryPath).fileName(), m_library.errorString())};
    m_unpack = reinterpret_cast<Unpack>(m_library.resolve("unpack"));
    if (!m_unpack)
        return Error{
            QStringLiteral("wlt.symbols"),
            tr("The library %1 is not a photo decoder: it lacks unpack. Check its path in the device "
               "settings.")
                .arg(QFileInfo(libraryPath).fileName())};
    return {};
}

Result<QImage> WltPhotoDecoder::decode(const QByteArray& wlt) const
{
    if (!m_unpack)
        return Error{QStringLiteral("wlt.not_configured"),
                     tr("The photo needs the reader vendor's decoder, which is not configured.")};
    if (wlt.size() != 1024)
        return Error{QStringLiteral("wlt.size"), tr("The card's photo was not read completely.")};
    // unpack() writes a 24-bit BMP (with or without its 54-byte header, by vendor) of rows padded to 4.
    const int stride = (photoWidth * 3 + 3) / 4 * 4;
    QByteArray in = wlt;
    QByteArray out(54 + stride * photoHeight + 1024, '\0');
    if (m_unpack(in.data(), out.data(), 0) != 1)
        return Error{QStringLiteral("wlt.decode"), tr("The card's photo could not be decoded.")};
    QImage image;
    if (out.startsWith("BM")) {
        image = QImage::fromData(out, "BMP");
    } else { // bare bottom-up BGR rows
        image = QImage(photoWidth, photoHeight, QImage::Format_RGB888);
        for (int y = 0; y < photoHeight; ++y) {
            const auto* row =
                reinterpret_cast<const uchar*>(out.constData()) + (photoHeight - 1 - y) * stride;
            uchar* line = image.scanLine(y);
            for (int x = 0; x < photoWidth; ++x) {
                line[3 * x] = row[3 * x + 2];
                line[3 * x + 1] = row[3 * x + 1];
                line[3 * x + 2] = row[3 * x];
            }
        }
    }
    if (image.isNull())
        return Error{QStringLiteral("wlt.decode"), tr("The card's photo could not be decoded.")};
    return image;
}

} // namespace ow
