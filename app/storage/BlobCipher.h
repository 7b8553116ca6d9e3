#pragma once

// BlobCipher: the seam through which material files are sealed at rest. BlobStore streams every
// file through it; PassThroughCipher is used until encryption at rest is implemented.

#include "core/Result.h"

#include <QIODevice>
#include <memory>

namespace ow {

class BlobCipher
{
public:
    virtual ~BlobCipher() = default;

    // Reads plain to its end and writes its sealed form to sealed, in chunks (never the whole file in
    // memory). Fails on the first read or write error; the caller discards what was written.
    virtual Result<void> encrypt(QIODevice& plain, QIODevice& sealed) const = 0;
    // A device, open for reading, that yields the plain bytes of sealed (which it takes over).
    virtual Result<std::unique_ptr<QIODevice>> decrypt(std::unique_ptr<QIODevice> sealed) const = 0;
};

} // namespace ow
