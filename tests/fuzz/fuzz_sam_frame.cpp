// libFuzzer target: the SAM frame parser and the frame stream. Every input must come out as frames or
// errors, never a crash or a hang; a frame the stream accepts must parse.

#include "devices/SamFrame.h"
#include "devices/SamFrameStream.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ow::SamFrame::parseResponse(bytes);
    (void)ow::SamFrame::parseCommand(bytes);
    (void)ow::SamFrame::frameSize(bytes);

    // The same bytes through the stream, in chunks whose size the first byte chooses.
    ow::SamFrameStream stream;
    const qsizetype chunk = size > 0 ? 1 + data[0] % 64 : 1;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        stream.append(bytes.sliced(at, std::min(chunk, bytes.size() - at)));
        while (auto frame = stream.next()) {
            if (frame->ok() && !ow::SamFrame::parseResponse(frame->value()).ok() &&
                ow::SamFrame::parseResponse(frame->value()).error().code != u"sam.frame_short")
                std::abort(); // the stream let through a frame the parser refuses
        }
    }
    if (stream.buffered() > qsizetype(size))
        std::abort();
    return 0;
}
