#pragma once

// SerialIdCardReader: an ID-card reader driven over a serial port (115200 8N1) with the SAM protocol:
// checks the security module, then polls find card -> select card -> read base info, reads each card
// once, and recovers by itself from garbage, silence and unplugging.

#include "devices/IdCardReader.h"
#include "devices/SamFrameStream.h"

#include <QCoreApplication>
#include <QSerialPort>
#include <QTimer>

namespace ow {

class Clock;
class RegionTable;
struct SamResponse;

struct SerialIdCardReaderSettings
{
    QString portName;            // e.g. "ttyUSB0" or "/dev/ttyUSB0"
    int pollIntervalMs = 250;    // between two "find card"
    int commandTimeoutMs = 1000; // answer to a short command
    int readTimeoutMs = 3000;    // answer to "read base info" (a real card takes about a second)
    int reconnectIntervalMs = 1000;
    int quietMs = 300; // after a timeout: silence waited for before talking again
};

class SerialIdCardReader : public IdCardReader
{
    Q_OBJECT

public:
    // `regions` and `clock` validate the numbers read; both must outlive the reader.
    SerialIdCardReader(SerialIdCardReaderSettings settings, const RegionTable& regions, const Clock& clock,
                       QObject* parent = nullptr);
    ~SerialIdCardReader() override;

    void start() override;
    void stop() override;
    State state() const override { return m_state; }
    const SerialIdCardReaderSettings& settings() const { return m_settings; }

private:
    enum class Step
    {
        Idle,
        SamStatus,
        Find,
        Select,
        Read
    };

    void openPort();
    void send(Step step);
    void onReadyRead();
    void onFrame(const Result<QByteArray>& frame);
    void onResponse(const SamResponse& response);
    void onCardData(const SamResponse& response);
    void onTimeout();
    void resync();
    void disconnectAndRetry(const Error& reason);
    void schedulePoll();
    void setState(State state);
    void reportLinkError(const Error& error); // once per outage
    void reportCardError(const Error& error);

    SerialIdCardReaderSettings m_settings;
    const RegionTable& m_regions;
    const Clock& m_clock;
    QSerialPort m_port;
    SamFrameStream m_stream;
    QTimer m_answerTimer;
    QTimer m_pollTimer;
    QTimer m_reconnectTimer;
    QTimer m_quietTimer;
    State m_state = State::Stopped;
    Step m_step = Step::Idle;
    bool m_running = false;
    bool m_resyncing = false;
    QString m_lastLinkError;  // code of the link error last reported, empty while the link is fine
    bool m_cardOnPad = false; // read (or tried) and not yet taken away
    int m_absentPolls = 0;
    int m_timeouts = 0; // consecutive
};

} // namespace ow
