#pragma once

// The logging category of the core layer; personal data is masked in every line it carries.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
