#include "devices/DeviceSettings.h"

#include <QSettings>

namespace ow {

namespace {

constexpr std::pair<DeviceSettings::ReaderKind, const char*> kindKeys[] = {
    {DeviceSettings::ReaderKind::None, "none"},
    {DeviceSettings::ReaderKind::SerialSam, "serial-sam"},
    {DeviceSettings::ReaderKind::VendorSdt, "vendor-sdt"},
    {DeviceSettings::ReaderKind::VendorCvr, "vendor-cvr"},
    {DeviceSettings::ReaderKind::Simulator, "simulator"},
};

} // namespace

QString DeviceSettings::kindKey(ReaderKind kind)
{
    for (const auto& [k, key] : kindKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("none");
}

DeviceSettings::ReaderKind DeviceSettings::kindFromKey(const QString& key, ReaderKind fallback)
{
    for (const auto& [k, name] : kindKeys) {
        if (key == QLatin1String(name))
            return k;
    }
    return fallback;
}

DeviceSettings DeviceSettings::load(QSettings& settings)
{
    DeviceSettings d;
    settings.beginGroup(QStringLiteral("devices"));
    d.readerKind = kindFromKey(settings.value(QStringLiteral("readerKind")).toString(), d.readerKind);
    d.readerPort = settings.value(QStringLiteral("readerPort"), d.readerPort).toString();
    d.vendorLibraryPath = settings.value(QStringLiteral("vendorLibraryPath")).toString();
    d.vendorPort = settings.value(QStringLiteral("vendorPort"), d.vendorPort).toInt();
    d.photoDecoderPath = settings.value(QStringLiteral("photoDecoderPath")).toString();
    d.wedge.prefix = settings.value(QStringLiteral("scannerPrefix")).toString();
    d.wedge.suffix = settings.value(QStringLiteral("scannerSuffix")).toString();
    d.wedge.maxInterKeyMs =
        settings.value(QStringLiteral("scannerMaxInterKeyMs"), d.wedge.maxInterKeyMs).toInt();
    d.wedge.minLength = settings.value(QStringLiteral("scannerMinLength"), d.wedge.minLength).toInt();
    d.wedge.terminatorRequired =
        settings.value(QStringLiteral("scannerTerminatorRequired"), d.wedge.terminatorRequired).toBool();
    d.scannerPort = settings.value(QStringLiteral("scannerPort")).toString();
    d.scannerBaudRate = settings.value(QStringLiteral("scannerBaudRate"), d.scannerBaudRate).toInt();
    d.cameraId = settings.value(QStringLiteral("cameraId")).toByteArray();
    settings.endGroup();
    return d;
}

void DeviceSettings::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("devices"));
    settings.setValue(QStringLiteral("readerKind"), kindKey(readerKind));
    settings.setValue(QStringLiteral("readerPort"), readerPort);
    settings.setValue(QStringLiteral("vendorLibraryPath"), vendorLibraryPath);
    settings.setValue(QStringLiteral("vendorPort"), vendorPort);
    settings.setValue(QStringLiteral("photoDecoderPath"), photoDecoderPath);
    settings.setValue(QStringLiteral("scannerPrefix"), wedge.prefix);
    settings.setValue(QStringLiteral("scannerSuffix"), wedge.suffix);
    settings.setValue(QStringLiteral("scannerMaxInterKeyMs"), wedge.maxInterKeyMs);
    settings.setValue(QStringLiteral("scannerMinLength"), wedge.minLength);
    settings.setValue(QStringLiteral("scannerTerminatorRequired"), wedge.terminatorRequired);
    settings.setValue(QStringLiteral("scannerPort"), scannerPort);
    settings.setValue(QStringLiteral("scannerBaudRate"), scannerBaudRate);
    settings.setValue(QStringLiteral("cameraId"), cameraId);
    settings.endGroup();
}

bool DeviceSettings::operator==(const DeviceSettings& o) const
{
    return readerKind == o.readerKind && readerPort == o.readerPort &&
           vendorLibraryPath == o.vendorLibraryPath && vendorPort == o.vendorPort &&
           photoDecoderPath == o.photoDecoderPath && wedge.prefix == o.wedge.prefix &&
           wedge.suffix == o.wedge.suffix && wedge.maxInterKeyMs == o.wedge.maxInterKeyMs &&
           wedge.minLength == o.wedge.minLength && wedge.terminatorRequired == o.wedge.terminatorRequired &&
           scannerPort == o.scannerPort && scannerBaudRate == o.scannerBaudRate && cameraId == o.cameraId;
}

} // namespace ow
