#include "core/CoreLog.h"

Q_LOGGING_CATEGORY(lcCore, "onewindow.core", QtInfoMsg)
