#pragma once

// SdtSdk: the SDT_* ID-card library family (SDT_OpenPort, SDT_StartFindIDCard, SDT_SelectIDCard,
// SDT_ReadBaseMsg) shipped with most second-generation readers; returns the card's raw text block.

#include "devices/VendorSdk.h"

namespace ow {

class SdtSdk final : public VendorSdk
{
public:
    explicit SdtSdk(const QString& path)
        : VendorSdk(path)
    {}

    static QStringList requiredFunctions();

    Result<void> open(int port) override;
    void close() override;
    Result<bool> findCard() override;
    Result<IdCardData> readCard(const RegionTable& regions, QDate today) override;

private:
    int m_port = 0;
    bool m_open = false;
};

} // namespace ow
