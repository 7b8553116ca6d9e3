// libFuzzer target: the ID-card text block and read-base-info decoders. Every input must give card data
// or an error with a code and a message.

#include "core/RegionTable.h"
#include "devices/IdCardTextDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ow::RegionTable& regions = ow::RegionTable::builtIn();
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDate today(2026, 11, 26);
    for (const auto& result : {ow::IdCardTextDecoder::decode(bytes, regions, today),
                               ow::IdCardTextDecoder::decodeBaseInfo(bytes, regions, today)}) {
        if (!result.ok() && (result.error().code.isEmpty() || result.error().message.isEmpty()))
            std::abort();
        if (result.ok() && result->idNumber.isEmpty())
            std::abort();
    }
    return 0;
}
