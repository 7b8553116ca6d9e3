#pragma once

// The logging category of the storage layer; personal data is masked in every line it carries.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
