#pragma once

// DeviceFactory: builds the ID-card reader the settings ask for (serial SAM, vendor library, or the
// simulator for demo mode), so the composition root and the settings page never name implementations.

#include "devices/DeviceSettings.h"
#include "devices/IdCardReader.h"

#include <memory>

namespace ow {

class Clock;
class RegionTable;
class SamSimulator;

class DeviceFactory
{
public:
    // `regions` and `clock` must outlive the reader. For ReaderKind::Simulator the reader owns a
    // SamSimulator on a fresh pseudo-terminal (returned through `simulator` so demo mode can present
    // cards); for None, nullptr.
    static std::unique_ptr<IdCardReader> createIdCardReader(const DeviceSettings& settings,
                                                            const RegionTable& regions, const Clock& clock,
                                                            SamSimulator** simulator = nullptr);
};

} // namespace ow
