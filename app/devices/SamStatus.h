#pragma once

// SamStatus: the status byte (SW3) a SAM module answers with, and what each one means to the clerk.

#include <QCoreApplication>
#include <QString>

namespace ow {

class SamStatus
{
    Q_DECLARE_TR_FUNCTIONS(ow::SamStatus)

public:
    static constexpr quint8 ok = 0x90;             // operation succeeded
    static constexpr quint8 noContent = 0x91;      // nothing to read (e.g. no new address)
    static constexpr quint8 cardFound = 0x9F;      // find card: a card is on the pad
    static constexpr quint8 checksumError = 0x10;  // the SAM got a command with a wrong checksum
    static constexpr quint8 lengthError = 0x11;    // the SAM got a command with a wrong length
    static constexpr quint8 commandError = 0x21;   // unknown command
    static constexpr quint8 notAuthorised = 0x23;  // operation not allowed
    static constexpr quint8 invalidCommand = 0x24; // command not valid now
    static constexpr quint8 samAuthFailed = 0x31;  // the card rejected the SAM
    static constexpr quint8 cardAuthFailed = 0x32; // the SAM rejected the card
    static constexpr quint8 verifyFailed = 0x33;   // information check failed
    static constexpr quint8 unknownCard = 0x40;    // not an ID card
    static constexpr quint8 readFailed = 0x41;     // reading the card failed
    static constexpr quint8 randomFailed = 0x47;   // the card gave no random number
    static constexpr quint8 selfTestFailed = 0x60; // SAM self-test failed
    static constexpr quint8 samNotAuthorised = 0x66;
    static constexpr quint8 noCard = 0x80;       // find card: nothing on the pad
    static constexpr quint8 selectFailed = 0x81; // select card failed

    // A translated sentence saying what happened and what to do; unknown codes are named in hex.
    static QString message(quint8 status);
    // A stable code for programs and tests, e.g. "sam.read_failed" (0x41) or "sam.status_3a".
    static QString code(quint8 status);
};

} // namespace ow
