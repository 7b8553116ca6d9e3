#include "devices/VendorSdk.h"

#include "devices/CvrSdk.h"
#include "devices/SdtSdk.h"

#include <QFileInfo>

namespace ow {

VendorSdk::VendorSdk(const QString& path)
    : m_library(path)
{}

Result<std::unique_ptr<VendorSdk>> VendorSdk::load(Family family, const QString& libraryPath)
{
    if (libraryPath.trimmed().isEmpty())
        return Error{QStringLiteral("sdk.path"),
                     tr("No library is configured for the vendor's ID-card reader. Enter the path of the "
                        "vendor's library in the device settings.")};
    std::unique_ptr<VendorSdk> sdk;
    if (family == Family::Sdt)
        sdk = std::make_unique<SdtSdk>(libraryPath);
    else
        sdk = std::make_unique<CvrSdk>(libraryPath);
    if (!sdk->m_library.load())
        return Error{
            QStringLiteral("sdk.load"),
            tr("The reader vendor's library %1 could not be loaded: %2. Check the path in the device "
               "settings and that the vendor's driver is installed.")
                .arg(QFileInfo(libraryPath).fileName(), sdk->m_library.errorString())};
    const QStringList needed =
        family == Family::Sdt ? SdtSdk::requiredFunctions() : CvrSdk::requiredFunctions();
    if (auto resolved = sdk->resolve(needed); !resolved)
        return resolved.error();
    return sdk;
}

Result<void> VendorSdk::resolve(const QStringList& names)
{
    QStringList missing;
    for (const QString& name : names) {
        if (!m_library.resolve(name.toLatin1().constData()))
            missing << name;
    }
    if (missing.isEmpty())
        return {};
    const QString file = QFileInfo(m_library.fileName()).fileName();
    m_library.unload();
    return Error{QStringLiteral("sdk.symbols"),
                 tr("The library %1 is not the reader vendor's library of the chosen kind: it lacks %2. "
                    "Check the reader kind and the library path in the device settings.")
                     .arg(file, missing.join(QStringLiteral(", ")))};
}

Error VendorSdk::callFailed(const char* function, int code)
{
    return Error{QStringLiteral("sdk.call"),
                 tr("The reader vendor's library reported an error (%1 returned %2). Check that the reader "
                    "is connected; if it persists, restart the reader.")
                     .arg(QString::fromLatin1(function))
                     .arg(code)};
}

} // namespace ow
