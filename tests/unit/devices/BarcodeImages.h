#pragma once

// Draws barcodes with ZXing's writer into QImages, for the decoder tests and the decode benchmark.

#include <QImage>
#include <QPainter>
#include <QString>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace ow::test {

// The symbol, black on white, each module `scale` pixels, with a quiet zone.
inline QImage barcodeImage(ZXing::BarcodeFormat format, const QString& text, int scale = 4)
{
    const bool linear = format == ZXing::BarcodeFormat::Code128;
    const bool stacked = format == ZXing::BarcodeFormat::PDF417;
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(format)
                                        .setMargin(linear ? 10 : 4)
                                        .encode(text.toStdString(), 0, linear ? 1 : 0);
    const int height = linear ? 60 : (stacked ? matrix.height() * 3 : matrix.height());
    QImage image(matrix.width() * scale, height * scale, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        const int my = linear ? 0 : (stacked ? y / (3 * scale) : y / scale);
        for (int x = 0; x < image.width(); ++x)
            line[x] = matrix.get(x / scale, my) ? 0 : 255;
    }
    if (stacked || linear) { // quiet zone above and below
        QImage framed(image.width(), image.height() + 20 * scale, QImage::Format_Grayscale8);
        framed.fill(255);
        QPainter(&framed).drawImage(0, 10 * scale, image);
        return framed;
    }
    return image;
}

} // namespace ow::test
