#include "print/PrintLog.h"

Q_LOGGING_CATEGORY(lcPrint, "onewindow.print", QtInfoMsg)
