#pragma once

// SamFrameStream: cuts a byte stream from a serial line into SAM frames, skipping garbage before a
// preamble and resynchronising after a frame whose length or checksum is wrong.

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace ow {

class SamFrameStream
{
public:
    void append(QByteArrayView bytes) { m_buffer.append(bytes); }

    // The next whole frame (still to be parsed with SamFrame), an error for a damaged one (which is
    // dropped: scanning goes on one byte after its preamble), or nothing while more bytes are needed.
    std::optional<Result<QByteArray>> next();

    void clear() { m_buffer.clear(); }
    qsizetype buffered() const { return m_buffer.size(); }
    // Bytes thrown away so far because they were not part of a frame.
    qint64 discarded() const { return m_discarded; }

private:
    void drop(qsizetype count);

    QByteArray m_buffer;
    qint64 m_discarded = 0;
};

} // namespace ow
