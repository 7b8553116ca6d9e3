#pragma once

// VendorSdk: a reader vendor's ID-card library loaded at run time (QLibrary), behind one small interface:
// the SDT_* family most Chinese readers ship and Huashi's CVR_* family. Calls block; use one thread.

#include "core/Result.h"
#include "devices/IdCardData.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibrary>
#include <QStringList>
#include <memory>

namespace ow {

class RegionTable;

class VendorSdk
{
    Q_DECLARE_TR_FUNCTIONS(ow::VendorSdk)

public:
    enum class Family
    {
        Sdt,
        Cvr
    };

    virtual ~VendorSdk() = default;

    // Loads the library and resolves every function the family needs. Errors: "sdk.path" (no path
    // configured), "sdk.load" (missing or not loadable, with the loader's reason), "sdk.symbols" (not
    // this family's library; the missing functions are named).
    static Result<std::unique_ptr<VendorSdk>> load(Family family, const QString& libraryPath);

    // `port`: the vendor's port number (1-16 serial, 1001-1016 USB).
    virtual Result<void> open(int port) = 0;
    virtual void close() = 0;
    // Whether a card is on the reader (and selected, ready to read).
    virtual Result<bool> findCard() = 0;
    virtual Result<IdCardData> readCard(const RegionTable& regions, QDate today) = 0;

protected:
    explicit VendorSdk(const QString& path);
    // Resolves `names`; fails with "sdk.symbols" listing those missing.
    Result<void> resolve(const QStringList& names);
    QFunctionPointer function(const char* name) const { return m_library.resolve(name); }
    static Error callFailed(const char* function, int code);

    mutable QLibrary m_library; // resolve() is not const, but resolving changes nothing visible
};

} // namespace ow
