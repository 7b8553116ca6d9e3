#pragma once

// CvrSdk: Huashi's CVR_* ID-card library family (CVR_InitComm, CVR_Authenticate, CVR_Read_Content and
// the GetPeople* accessors, GBK text); its fields are checked with the same rules as a SAM read.

#include "devices/VendorSdk.h"

namespace ow {

class CvrSdk final : public VendorSdk
{
public:
    explicit CvrSdk(const QString& path)
        : VendorSdk(path)
    {}

    static QStringList requiredFunctions();

    Result<void> open(int port) override;
    void close() override;
    Result<bool> findCard() override;
    Result<IdCardData> readCard(const RegionTable& regions, QDate today) override;

private:
    QString text(const char* accessor) const; // one GetPeople* field, decoded from GBK

    bool m_open = false;
};

} // namespace ow
