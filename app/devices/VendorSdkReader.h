#pragma once

// VendorSdkReader: an ID-card reader driven through the vendor's own library (SDT_* or CVR_* family),
// for readers whose protocol is not plain SAM over a serial port; the blocking library calls run on a
// worker thread, and the reader behaves like the serial one (one read per card, automatic reconnect).

#include "devices/IdCardReader.h"
#include "devices/VendorSdk.h"

#include <QThread>
#include <memory>

namespace ow {

class Clock;
class RegionTable;

struct VendorSdkReaderSettings
{
    VendorSdk::Family family = VendorSdk::Family::Sdt;
    QString libraryPath; // e.g. /opt/reader/lib/libsdtapi.so
    int port = 1001;     // the vendor's numbering: 1-16 serial, 1001-1016 USB
    int pollIntervalMs = 300;
    int reconnectIntervalMs = 2000;
};

class VendorSdkReader : public IdCardReader
{
    Q_OBJECT

public:
    // `regions` and `clock` must outlive the reader; they are used on its worker thread.
    VendorSdkReader(VendorSdkReaderSettings settings, const RegionTable& regions, const Clock& clock,
                    QObject* parent = nullptr);
    ~VendorSdkReader() override;

    // Loads the library first: a library that is missing or of the wrong kind is reported through
    // error() and the reader stays Disconnected (a configuration problem; retrying would not help).
    void start() override;
    void stop() override;
    State state() const override { return m_state; }

private:
    void setState(State state);

    VendorSdkReaderSettings m_settings;
    const RegionTable& m_regions;
    const Clock& m_clock;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives in m_thread while started
    State m_state = State::Stopped;
};

} // namespace ow
