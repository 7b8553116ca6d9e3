#include "devices/SamFrame.h"

namespace ow {

namespace {

QByteArray frameAround(QByteArrayView body)
{
    QByteArray frame;
    frame.reserve(SamFrame::headerSize + body.size() + 1);
    frame.append(SamFrame::preamble, SamFrame::preambleSize);
    const auto length = quint16(body.size() + 1);
    frame.append(char(length >> 8));
    frame.append(char(length & 0xFF));
    frame.append(body);
    frame.append(char(SamFrame::checksum(QByteArrayView(frame).sliced(SamFrame::preambleSize))));
    return frame;
}

} // namespace

quint8 SamFrame::checksum(QByteArrayView bytes) noexcept
{
    quint8 sum = 0;
    for (const char byte : bytes)
        sum ^= quint8(byte);
    return sum;
}

QByteArray SamFrame::buildCommand(quint16 commandAndParameter, QByteArrayView data)
{
    QByteArray body;
    body.reserve(2 + data.size());
    body.append(char(commandAndParameter >> 8));
    body.append(char(commandAndParameter & 0xFF));
    body.append(data);
    return frameAround(body);
}

QByteArray SamFrame::buildCommand(const SamCommand& command)
{
    return buildCommand(quint16(command.command << 8 | command.parameter), command.data);
}

QByteArray SamFrame::buildResponse(quint8 status, QByteArrayView data, quint8 sw1, quint8 sw2)
{
    QByteArray body;
    body.reserve(3 + data.size());
    body.append(char(sw1));
    body.append(char(sw2));
    body.append(char(status));
    body.append(data);
    return frameAround(body);
}

qsizetype SamFrame::frameSize(QByteArrayView bytes) noexcept
{
    if (bytes.size() < headerSize)
        return -1;
    const int length = quint8(bytes[5]) << 8 | quint8(bytes[6]);
    if (length < 2 || length > maxBodyLength + 1)
        return 0;
    return headerSize + length;
}

Result<QByteArray> SamFrame::checkedBody(QByteArrayView frame, int minimumBody)
{
    if (frame.size() < headerSize || !frame.startsWith(QByteArrayView(preamble, preambleSize)))
        return Error{QStringLiteral("sam.frame_preamble"),
                     tr("The ID-card reader sent something that is not a SAM frame.")};
    const qsizetype size = frameSize(frame);
    if (size != frame.size())
        return Error{QStringLiteral("sam.frame_length"),
                     tr("The ID-card reader sent a frame of the wrong length; the answer was cut off or "
                        "damaged.")};
    const QByteArrayView covered = frame.sliced(preambleSize, size - preambleSize - 1);
    if (checksum(covered) != quint8(frame.back()))
        return Error{QStringLiteral("sam.frame_checksum"),
                     tr("The ID-card reader sent a damaged answer (checksum error). Remove the card and "
                        "place it again.")};
    const QByteArrayView body = covered.sliced(2);
    if (body.size() < minimumBody)
        return Error{QStringLiteral("sam.frame_short"),
                     tr("The ID-card reader sent an answer that is too short.")};
    return body.toByteArray();
}

Result<SamResponse> SamFrame::parseResponse(QByteArrayView frame)
{
    auto body = checkedBody(frame, 3);
    if (!body)
        return body.error();
    const QByteArray& bytes = body.value();
    return SamResponse{quint8(bytes[0]), quint8(bytes[1]), quint8(bytes[2]), bytes.sliced(3)};
}

Result<SamCommand> SamFrame::parseCommand(QByteArrayView frame)
{
    auto body = checkedBody(frame, 2);
    if (!body)
        return body.error();
    const QByteArray& bytes = body.value();
    return SamCommand{quint8(bytes[0]), quint8(bytes[1]), bytes.sliced(2)};
}

} // namespace ow
