#pragma once

// The logging category of the administration layer (site settings, health check, diagnostics).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAdmin)
