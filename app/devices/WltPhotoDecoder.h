#pragma once

// WltPhotoDecoder: turns the card's 1024-byte WLT photo into an image through the reader vendor's
// decoder library (libwlt's unpack()), loaded at run time; without one, the photo stays undecoded.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QLibrary>

namespace ow {

class WltPhotoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ow::WltPhotoDecoder)

public:
    static constexpr int photoWidth = 102;
    static constexpr int photoHeight = 126;

    // Loads the library; errors "wlt.path", "wlt.load", "wlt.symbols" say what to configure.
    Result<void> load(const QString& libraryPath);
    bool isLoaded() const { return m_unpack != nullptr; }

    // The photo, 102 x 126. Errors: "wlt.not_configured" ("the photo needs the vendor's decoder"),
    // "wlt.size", "wlt.decode".
    Result<QImage> decode(const QByteArray& wlt) const;

private:
    using Unpack = int (*)(char* wlt, char* bmp, int saveToFile);

    QLibrary m_library;
    Unpack m_unpack = nullptr;
};

} // namespace ow
