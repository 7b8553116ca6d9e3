#include "sync/SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "onewindow.sync", QtInfoMsg)
