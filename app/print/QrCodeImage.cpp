#include "print/QrCodeImage.h"

#include "print/PrintLog.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace ow {

namespace {

// ZXing's 0..8 scale; 4 is level M (15 % of the symbol may be lost): a receipt survives a fold.
constexpr int eccLevelM = 4;

} // namespace

Result<QImage> QrCodeImage::encode(const QString& text, int quietZone)
{
    try {
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEccLevel(eccLevelM)
                                            .setMargin(0)
                                            .encode(text.toStdString(), 0, 0);
        const int size = matrix.width();
        QImage image(size + 2 * quietZone, size + 2 * quietZone, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 0; y < matrix.height(); ++y) {
            uchar* line = image.scanLine(y + quietZone);
            for (int x = 0; x < size; ++x) {
                if (matrix.get(x, y))
                    line[x + quietZone] = 0;
            }
        }
        return image;
    } catch (const std::exception& e) {
        qCWarning(lcPrint) << "QR encoding failed:" << e.what();
        return Error{
            QStringLiteral("print.qr"),
            tr("The QR code could not be made (%1 characters). Report this to IT support.").arg(text.size())};
    }
}

} // namespace ow
