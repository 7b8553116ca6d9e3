#pragma once

// CentralLog: the logging category of the reference central server (onewindow.central).

#include <QLoggingCategory>

namespace ow::central {

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

} // namespace ow::central
