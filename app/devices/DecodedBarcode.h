#pragma once

// DecodedBarcode: one code found in an image: its text, its symbology and where it lies.

#include <QMetaType>
#include <QPolygon>
#include <QString>

namespace ow {

struct DecodedBarcode
{
    enum class Format
    {
        QrCode,
        DataMatrix,
        Pdf417,
        Code128,
        Other
    };

    QString text;
    Format format = Format::Other;
    QPolygon position; // four corners in image pixels
};

} // namespace ow
