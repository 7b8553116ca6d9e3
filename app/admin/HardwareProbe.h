#pragma once

// HardwareProbe: the device and printer checks of `onewindow --check`: is the configured reader's
// port there and may this user open it, are the vendor libraries in place, which printers exist.

#include "admin/HealthReport.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace ow {

struct DeviceSettings;

class HardwareProbe
{
    Q_DECLARE_TR_FUNCTIONS(ow::HardwareProbe)

public:
    // "Devices": reader, photo decoder, scanner, camera as configured (nothing is opened).
    static void reportDevices(const DeviceSettings& devices, HealthReport& report);
    // "Printers": installed printers, the default, and each document kind's printer at this window.
    // settings holds the configuration in force; windowKey names the window ("420802-01-007").
    static void reportPrinters(QSettings& settings, const QString& windowKey, HealthReport& report);

    // A device path for a port name: "ttyUSB0" is /dev/ttyUSB0; absolute paths stay.
    static QString devicePath(const QString& port);
};

} // namespace ow
