#pragma once

// SessionInfo: who works at this window of which hall, as the status bar shows it.

#include "core/SiteConfig.h"

#include <QString>

namespace ow {

struct SessionInfo
{
    QString staffName;
    StaffRole role = StaffRole::Clerk;
    int window = 0; // 0: not at a numbered window (supervisor, dispatch desk)
    QString hallName;
};

} // namespace ow
