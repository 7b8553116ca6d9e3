#pragma once

// IdCardTextEncoder: writes IdCardData into the 256-byte UCS-2LE text block a card holds, the inverse of
// IdCardTextDecoder; for the simulator, tests, benchmarks and fuzzing seeds.

#include "devices/IdCardData.h"

#include <QByteArray>

namespace ow {

class IdCardTextEncoder
{
public:
    // The text block; fields longer than their width are cut.
    static QByteArray encode(const IdCardData& card);
    // The data of a read-base-info answer: lengths, text block and a 1024-byte photo (the card's, or a
    // filler pattern when it has none).
    static QByteArray encodeBaseInfo(const IdCardData& card);
};

} // namespace ow
