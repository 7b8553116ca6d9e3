#include "devices/SamFrameStream.h"

#include "devices/SamFrame.h"

namespace ow {

void SamFrameStream::drop(qsizetype count)
{
    m_buffer.remove(0, count);
    m_discarded += count;
}

std::optional<Result<QByteArray>> SamFrameStream::next()
{
    const QByteArrayView preamble(SamFrame::preamble, SamFrame::preambleSize);
    for (;;) {
        const qsizetype start = m_buffer.indexOf(preamble);
        if (start < 0) {
            // Keep a tail that may be the beginning of a preamble.
            qsizetype keep = 0;
            for (qsizetype n = std::min<qsizetype>(SamFrame::preambleSize - 1, m_buffer.size()); n > 0; --n) {
                if (QByteArrayView(m_buffer).last(n) == preamble.first(n)) {
                    keep = n;
                    break;
                }
            }
            drop(m_buffer.size() - keep);
            return std::nullopt;
        }
        drop(start);
        const qsizetype size = SamFrame::frameSize(m_buffer);
        if (size < 0)
            return std::nullopt;
        if (size == 0) { // impossible length: this preamble was garbage
            drop(1);
            continue;
        }
        if (m_buffer.size() < size)
            return std::nullopt;
        const QByteArray frame = m_buffer.first(size);
        const QByteArrayView covered = QByteArrayView(frame).sliced(SamFrame::preambleSize, size - 6);
        if (SamFrame::checksum(covered) != quint8(frame.back())) {
            drop(1);
            return Result<QByteArray>(SamFrame::parseResponse(frame).error());
        }
        m_buffer.remove(0, size);
        return Result<QByteArray>(frame);
    }
}

} // namespace ow
