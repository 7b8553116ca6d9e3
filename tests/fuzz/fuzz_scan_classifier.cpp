// libFuzzer target: the scan classifier on arbitrary text (what a scanner or a camera can deliver).

#include "core/RegionTable.h"
#include "devices/ScanClassifier.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ow::ScanClassifier classifier(ow::RegionTable::builtIn());
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ow::ScanResult result = classifier.classify(text, QDate(2026, 11, 26));
    if (result.kind != ow::ScanResult::Kind::Unknown && result.value.isEmpty())
        std::abort();
    return 0;
}
