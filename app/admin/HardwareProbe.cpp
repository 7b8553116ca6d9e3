#include "admin/HardwareProbe.h"

#include "devices/DeviceSettings.h"
#include "print/DocumentKind.h"
#include "print/PageFormat.h"
#include "print/PrinterProfiles.h"

#include <QFileInfo>
#include <QPrinterInfo>
#include <QSettings>
#include <unistd.h>

namespace ow {

namespace {

using H = HealthReport::Health;

// A serial port (reader, scanner): present, and readable and writable by this user.
void reportPort(HealthReport& report, const QString& section, const QString& label, const QString& port)
{
    const QString path = HardwareProbe::devicePath(port);
    const QFileInfo info(path);
    if (!info.exists()) {
        report.add(section, H::Problem, label,
                   HardwareProbe::tr("%1 not found: is the device plugged in, and is the port name right?")
                       .arg(path));
        return;
    }
    if (::access(QFile::encodeName(path).constData(), R_OK | W_OK) != 0) {
        report.add(section, H::Problem, label,
                   HardwareProbe::tr("%1 exists, but this user may not open it: add the user to the group "
                                     "%2 (or install the udev rule from the operations guide) and log in "
                                     "again")
                       .arg(path, info.group()));
        return;
    }
    report.add(section, H::Ok, label, path);
}

// A library or program file the configuration names.
void reportFile(HealthReport& report, const QString& section, H missing, const QString& label,
                const QString& path, const QString& key)
{
    if (path.isEmpty())
        report.add(section, missing, label, HardwareProbe::tr("not configured (%1)").arg(key));
    else if (!QFileInfo(path).isReadable())
        report.add(section, missing, label, HardwareProbe::tr("%1 not found or not readable").arg(path));
    else
        report.add(section, H::Ok, label, path);
}

} // namespace

QString HardwareProbe::devicePath(const QString& port)
{
    return port.startsWith(QLatin1Char('/')) ? port : QStringLiteral("/dev/") + port;
}

void HardwareProbe::reportDevices(const DeviceSettings& d, HealthReport& report)
{
    const QString section = tr("Devices");
    const QString reader = tr("ID-card reader");
    switch (d.readerKind) {
    case DeviceSettings::ReaderKind::None:
        report.add(section, H::Note, reader, tr("none configured"));
        break;
    case DeviceSettings::ReaderKind::SerialSam:
        if (d.readerPort.isEmpty())
            report.add(section, H::Warning, reader,
                       tr("serial reader without a port: set devices/readerPort (e.g. ttyUSB0)"));
        else
            reportPort(report, section, reader, d.readerPort);
        break;
    case DeviceSettings::ReaderKind::VendorSdt:
    case DeviceSettings::ReaderKind::VendorCvr:
        reportFile(report, section, H::Problem,
                   tr("ID-card reader library (%1, port %2)")
                       .arg(DeviceSettings::kindKey(d.readerKind))
                       .arg(d.vendorPort),
                   d.vendorLibraryPath, QStringLiteral("devices/vendorLibraryPath"));
        break;
    case DeviceSettings::ReaderKind::Simulator:
        report.add(section, H::Warning, reader, tr("the simulator, for demonstrations only"));
        break;
    }
    if (!d.photoDecoderPath.isEmpty())
        reportFile(report, section, H::Warning, tr("Photo decoder"), d.photoDecoderPath,
                   QStringLiteral("devices/photoDecoderPath"));
    if (d.scannerPort.isEmpty())
        report.add(section, H::Note, tr("Scanner"), tr("keyboard wedge (needs no port)"));
    else
        reportPort(report, section, tr("Scanner (serial, %1 baud)").arg(d.scannerBaudRate), d.scannerPort);
    report.add(section, H::Note, tr("Document camera"),
               d.cameraId.isEmpty() ? tr("the system default") : QString::fromUtf8(d.cameraId));
}

void HardwareProbe::reportPrinters(QSettings& settings, const QString& windowKey, HealthReport& report)
{
    const QString section = tr("Printers");
    const QStringList installed = QPrinterInfo::availablePrinterNames();
    const QString defaultPrinter = QPrinterInfo::defaultPrinterName();
    if (installed.isEmpty())
        report.add(section, H::Warning, tr("Installed printers"),
                   tr("none (CUPS has no printer): documents can only be saved as PDF"));
    else
        report.add(section, H::Ok, tr("Installed printers"), installed.join(QStringLiteral(", ")));
    if (!installed.isEmpty())
        report.add(section, defaultPrinter.isEmpty() ? H::Warning : H::Ok, tr("Default printer"),
                   defaultPrinter.isEmpty() ? tr("none") : defaultPrinter);
    if (windowKey.isEmpty())
        return;
    const PrinterProfiles profiles(settings, windowKey);
    for (const DocumentKind kind : allDocumentKinds) {
        const PrinterProfile profile = profiles.profile(kind);
        const QString label = documentKindKey(kind);
        const QString paper = paperKindKey(profile.paper);
        if (profile.printerName.isEmpty())
            report.add(section, H::Ok, label, tr("default printer, %1").arg(paper));
        else if (!installed.contains(profile.printerName))
            report.add(
                section, H::Warning, label,
                tr("%1 is not installed; the default printer is used (%2)").arg(profile.printerName, paper));
        else
            report.add(section, H::Ok, label, tr("%1, %2").arg(profile.printerName, paper));
    }
}

} // namespace ow
