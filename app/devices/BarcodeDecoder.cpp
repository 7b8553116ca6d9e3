#include "devices/BarcodeDecoder.h"

#include <ZXing/ReadBarcode.h>

namespace ow {

namespace {

DecodedBarcode::Format formatOf(ZXing::BarcodeFormat format)
{
    switch (format) {
    case ZXing::BarcodeFormat::QRCode:
        return DecodedBarcode::Format::QrCode;
    case ZXing::BarcodeFormat::DataMatrix:
        return DecodedBarcode::Format::DataMatrix;
    case ZXing::BarcodeFormat::PDF417:
        return DecodedBarcode::Format::Pdf417;
    case ZXing::BarcodeFormat::Code128:
        return DecodedBarcode::Format::Code128;
    default:
        return DecodedBarcode::Format::Other;
    }
}

} // namespace

BarcodeDecoder::BarcodeDecoder(bool tryHarder)
    : m_tryHarder(tryHarder)
{}

QImage BarcodeDecoder::toGrayscale(const QImage& image)
{
    return image.format() == QImage::Format_Grayscale8 ? image
                                                       : image.convertToFormat(QImage::Format_Grayscale8);
}

QList<DecodedBarcode> BarcodeDecoder::decode(const QImage& image) const
{
    if (image.isNull())
        return {};
    const QImage gray = toGrayscale(image);
    return decodeLuminance(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
}

QList<DecodedBarcode> BarcodeDecoder::decodeLuminance(const uchar* data, int width, int height,
                                                      int bytesPerLine) const
{
    if (!data || width <= 0 || height <= 0)
        return {};
    // A camera frame first at half size, quickly: most codes are big enough for it, and it costs a quarter.
    if (qint64(width) * height > 1280 * 720) {
        QImage half(width / 2, height / 2, QImage::Format_Grayscale8);
        for (int y = 0; y < half.height(); ++y) {
            const uchar* a = data + qsizetype(2 * y) * bytesPerLine;
            const uchar* b = a + bytesPerLine;
            uchar* out = half.scanLine(y);
            for (int x = 0; x < half.width(); ++x)
                out[x] = uchar((a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) / 4);
        }
        QList<DecodedBarcode> found =
            readAll(half.constBits(), half.width(), half.height(), int(half.bytesPerLine()), false);
        if (!found.isEmpty()) {
            for (DecodedBarcode& barcode : found) {
                for (QPoint& corner : barcode.position)
                    corner *= 2;
            }
            return found;
        }
    }
    return readAll(data, width, height, bytesPerLine, m_tryHarder);
}

QList<DecodedBarcode> BarcodeDecoder::readAll(const uchar* data, int width, int height, int bytesPerLine,
                                              bool tryHarder)
{
    const ZXing::ImageView view(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine);
    // Two passes: Debian's ZXing 1.4 asserts (aborts) when it compares two linear results found at
    // different scales, which only happens when it may return several; so 2-D symbols are searched for
    // all at once, Code 128 one at a time.
    ZXing::DecodeHints twoD;
    twoD.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix |
                    ZXing::BarcodeFormat::PDF417);
    twoD.setTryHarder(tryHarder);
    twoD.setTryRotate(tryHarder);
    twoD.setTryDownscale(tryHarder); // the quick pass already runs on a downscaled image
    ZXing::Results results = ZXing::ReadBarcodes(view, twoD);
    if (results.empty()) { // a slip carries either a 2-D symbol or a Code 128, rarely both
        ZXing::DecodeHints linear = twoD;
        linear.setFormats(ZXing::BarcodeFormat::Code128);
        linear.setMaxNumberOfSymbols(1);
        results = ZXing::ReadBarcodes(view, linear);
    }
    QList<DecodedBarcode> found;
    for (const ZXing::Result& result : results) {
        if (!result.isValid())
            continue;
        DecodedBarcode barcode;
        barcode.text = QString::fromStdString(result.text());
        barcode.format = formatOf(result.format());
        const auto& p = result.position();
        for (const auto& corner : {p.topLeft(), p.topRight(), p.bottomRight(), p.bottomLeft()})
            barcode.position << QPoint(corner.x, corner.y);
        found << barcode;
    }
    return found;
}

} // namespace ow
