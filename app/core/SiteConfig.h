#pragma once

// SiteConfig: where this client sits (hall, region, window) and who works at it; read from the
// site configuration, or from the demo data set's site.json in demo mode.

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace ow {

// Roles come from the central server in production; each role sees its own modules.
enum class StaffRole
{
    Clerk,
    Supervisor,
    Dispatch
};

struct StaffMember
{
    QString login;
    QString name;
    StaffRole role = StaffRole::Clerk;
};

struct SiteConfig
{
    QString hallName;
    QString regionCode; // GB/T 2260 code of the hall's region
    int hall = 1;       // hall number within the region
    int window = 0;     // window number within the hall
    StaffMember staff;  // who is signed in at this window

    // The key of this window's acceptance-number sequence: region, hall and window.
    QString windowKey() const;

    // `{hallName, regionCode, hall, window, clerk: {login, name, role}}`
    static Result<SiteConfig> fromJson(const QByteArray& json);
};

} // namespace ow
