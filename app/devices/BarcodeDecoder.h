#pragma once

// BarcodeDecoder: finds and decodes QR, Data Matrix, PDF417 and Code 128 symbols in an image with
// ZXing-cpp; works on any QImage, fastest on an 8-bit greyscale one.

#include "devices/DecodedBarcode.h"

#include <QImage>
#include <QList>

namespace ow {

class BarcodeDecoder
{
public:
    // `tryHarder` looks longer at blurred, rotated and low-contrast images (slower).
    explicit BarcodeDecoder(bool tryHarder = true);

    QList<DecodedBarcode> decode(const QImage& image) const;
    // A luminance plane (one byte per pixel), e.g. the Y plane of a camera frame. Images larger than
    // 1280x720 are tried at half size first (fast), then at full size (with tryHarder).
    QList<DecodedBarcode> decodeLuminance(const uchar* data, int width, int height, int bytesPerLine) const;

    // The image as 8-bit greyscale, copied only when it is not already.
    static QImage toGrayscale(const QImage& image);

private:
    static QList<DecodedBarcode> readAll(const uchar* data, int width, int height, int bytesPerLine,
                                         bool tryHarder);

    bool m_tryHarder;
};

} // namespace ow
