#include "CentralLog.h"

namespace ow::central {

Q_LOGGING_CATEGORY(lcCentral, "onewindow.central", QtInfoMsg)

} // namespace ow::central
