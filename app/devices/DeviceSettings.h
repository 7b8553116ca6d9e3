#pragma once

// DeviceSettings: which devices this window uses and how they are reached (reader kind and port, vendor
// library, scanner prefix and suffix, camera), as kept in the window's settings.

#include "devices/KeyboardWedgeFilter.h"

#include <QByteArray>
#include <QString>

class QSettings;

namespace ow {

struct DeviceSettings
{
    enum class ReaderKind
    {
        None,
        SerialSam,
        VendorSdt,
        VendorCvr,
        Simulator
    };

    ReaderKind readerKind = ReaderKind::SerialSam;
    QString readerPort;        // serial SAM reader: e.g. "ttyUSB0"
    QString vendorLibraryPath; // SDT_* or CVR_* library
    int vendorPort = 1001;     // the vendor's numbering: 1-16 serial, 1001-1016 USB
    QString photoDecoderPath;  // the vendor's WLT decoder (libwlt); empty: no photo

    KeyboardWedgeSettings wedge;
    QString scannerPort; // a serial (virtual COM) scanner; empty when the scanner is a keyboard wedge
    int scannerBaudRate = 9600;

    QByteArray cameraId; // QCameraDevice::id(); empty: the system default

    // Reads the "devices/" group; missing keys keep their defaults.
    static DeviceSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    static QString kindKey(ReaderKind kind); // stable names for the settings file: "serial-sam", ...
    static ReaderKind kindFromKey(const QString& key, ReaderKind fallback);

    bool operator==(const DeviceSettings& other) const;
};

} // namespace ow
