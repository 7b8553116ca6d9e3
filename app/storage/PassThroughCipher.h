#pragma once

// PassThroughCipher: a BlobCipher that stores the bytes as they are; the stand-in until encryption at
// rest arrives, and the reference for its streaming and error behaviour.

#include "storage/BlobCipher.h"

namespace ow {

class PassThroughCipher final : public BlobCipher
{
public:
    Result<void> encrypt(QIODevice& plain, QIODevice& sealed) const override;
    Result<std::unique_ptr<QIODevice>> decrypt(std::unique_ptr<QIODevice> sealed) const override;

    // The copy loop ciphers share: chunks of chunkSize bytes, errors as values.
    static Result<void> copy(QIODevice& from, QIODevice& to);
    static constexpr qint64 chunkSize = 1 << 20;
};

} // namespace ow
