#pragma once

// SamFrame: builds and parses single frames of the SAM protocol (GA 467) that second-generation
// ID-card readers speak: AA AA AA 96 69, a big-endian length counting every byte after it (checksum
// included), the body, and an XOR checksum over length and body.

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace ow {

// A command from the terminal to the SAM: command byte, parameter byte, optional data.
struct SamCommand
{
    quint8 command = 0;
    quint8 parameter = 0;
    QByteArray data;

    bool is(quint16 commandAndParameter) const
    {
        return (quint16(command) << 8 | parameter) == commandAndParameter;
    }
};

// An answer from the SAM: SW1 SW2 (00 00 in practice), the status byte SW3 and its data.
struct SamResponse
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 status = 0;
    QByteArray data;
};

class SamFrame
{
    Q_DECLARE_TR_FUNCTIONS(ow::SamFrame)

public:
    // Command and parameter pairs of the commands OneWindow uses.
    static constexpr quint16 resetSam = 0x10FF;
    static constexpr quint16 samStatus = 0x11FF;
    static constexpr quint16 readSamId = 0x12FF;
    static constexpr quint16 findCard = 0x2001;
    static constexpr quint16 selectCard = 0x2002;
    static constexpr quint16 readBaseInfo = 0x3001;
    static constexpr quint16 readBaseInfoWithFingerprint = 0x3010;

    static constexpr int preambleSize = 5;
    static constexpr int headerSize = 7; // preamble and the two length bytes
    static constexpr int maxBodyLength =
        0x1000; // longer "lengths" are garbage (largest real answer ~2.3 KiB)
    static constexpr char preamble[preambleSize + 1] = "\xAA\xAA\xAA\x96\x69";

    static QByteArray buildCommand(quint16 commandAndParameter, QByteArrayView data = {});
    static QByteArray buildCommand(const SamCommand& command);
    static QByteArray buildResponse(quint8 status, QByteArrayView data = {}, quint8 sw1 = 0, quint8 sw2 = 0);

    // XOR of all bytes.
    static quint8 checksum(QByteArrayView bytes) noexcept;

    // Parses exactly one whole frame. Errors: "sam.frame_preamble", "sam.frame_length" (declared length
    // disagrees with the bytes, or out of range), "sam.frame_checksum", "sam.frame_short" (body too short
    // for the frame kind).
    static Result<SamResponse> parseResponse(QByteArrayView frame);
    static Result<SamCommand> parseCommand(QByteArrayView frame);

    // The total size of the frame starting at `bytes` (preamble first) once its header is complete, or
    // -1 while fewer than headerSize bytes are there, or 0 if the declared length is out of range.
    static qsizetype frameSize(QByteArrayView bytes) noexcept;

private:
    static Result<QByteArray> checkedBody(QByteArrayView frame, int minimumBody);
};

} // namespace ow
