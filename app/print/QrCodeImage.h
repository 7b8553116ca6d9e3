#pragma once

// QrCodeImage: encodes text as a QR code (ZXing-cpp's writer, error correction level M) into an image
// of one pixel per module, quiet zone included, for the layout engine to print as vector squares.

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace ow {

class QrCodeImage
{
    Q_DECLARE_TR_FUNCTIONS(ow::QrCodeImage)

public:
    // Black modules are 0, white 255 (Format_Grayscale8); quietZone modules of white on each side.
    static Result<QImage> encode(const QString& text, int quietZone = 4);
};

} // namespace ow
