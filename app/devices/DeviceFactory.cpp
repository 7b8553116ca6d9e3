#include "devices/DeviceFactory.h"

#include "devices/DevicesLog.h"
#include "devices/SamSimulator.h"
#include "devices/SerialIdCardReader.h"
#include "devices/VendorSdkReader.h"

namespace ow {

std::unique_ptr<IdCardReader> DeviceFactory::createIdCardReader(const DeviceSettings& settings,
                                                                const RegionTable& regions,
                                                                const Clock& clock, SamSimulator** simulator)
{
    using Kind = DeviceSettings::ReaderKind;
    if (simulator)
        *simulator = nullptr;
    switch (settings.readerKind) {
    case Kind::None:
        return nullptr;
    case Kind::SerialSam: {
        SerialIdCardReaderSettings serial;
        serial.portName = settings.readerPort;
        return std::make_unique<SerialIdCardReader>(serial, regions, clock);
    }
    case Kind::VendorSdt:
    case Kind::VendorCvr: {
        VendorSdkReaderSettings vendor;
        vendor.family =
            settings.readerKind == Kind::VendorSdt ? VendorSdk::Family::Sdt : VendorSdk::Family::Cvr;
        vendor.libraryPath = settings.vendorLibraryPath;
        vendor.port = settings.vendorPort;
        return std::make_unique<VendorSdkReader>(vendor, regions, clock);
    }
    case Kind::Simulator: {
        auto* sam = new SamSimulator();
        if (auto plugged = sam->plugIn(); !plugged)
            qCWarning(lcDevices) << "simulated reader:" << plugged.error().code;
        SerialIdCardReaderSettings serial;
        serial.portName = sam->portName();
        auto reader = std::make_unique<SerialIdCardReader>(serial, regions, clock);
        sam->setParent(reader.get());
        if (simulator)
            *simulator = sam;
        return reader;
    }
    }
    return nullptr;
}

} // namespace ow
