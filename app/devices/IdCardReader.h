#pragma once

// IdCardReader: what the intake sees of an ID-card reader, whichever device or simulator is behind it:
// it is started, it reports each card presented once, its errors and its state.

#include "core/Result.h"
#include "devices/IdCardData.h"

#include <QObject>

namespace ow {

class IdCardReader : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,      // not started
        Connecting,   // opening the device, checking the security module
        Ready,        // waiting for a card
        Reading,      // a card is being read
        Disconnected, // the device is absent or not answering; retried automatically
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;

signals:
    // Once per card presented; a card left on the reader is not read again.
    void cardRead(const ow::IdCardData& card);
    // A translated message for the clerk; reading goes on by itself afterwards.
    void error(const ow::Error& error);
    void stateChanged(ow::IdCardReader::State state);
};

} // namespace ow
