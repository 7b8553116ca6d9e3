#pragma once

// Session: who is calling (login, role, the window they sit at), as the bearer token says.

#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

namespace ow::central {

enum class Role
{
    Clerk = 1,      // 窗口人员: intake at a window
    Supervisor = 2, // 值班长 / 管理员: oversight, catalog and calendar upkeep
    Dispatch = 4,   // 分办 / 流转: takes batches to the departments and reports their progress
};
using Roles = QFlags<Role>;
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

inline QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Dispatch:
        return QStringLiteral("dispatch");
    }
    return {};
}

inline std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Dispatch}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

// A window of a hall: region (GB/T 2260) + hall + window number, the triple an acceptance number begins with.
struct WindowId
{
    QString region;
    int hall = 0;
    int number = 0;

    bool isValid() const { return region.size() == 6 && hall > 0 && number > 0; }
    // "420800-01-007"
    QString key() const
    {
        return QStringLiteral("%1-%2-%3")
            .arg(region)
            .arg(hall, 2, 10, QLatin1Char('0'))
            .arg(number, 3, 10, QLatin1Char('0'));
    }
    static std::optional<WindowId> fromKey(const QString& key)
    {
        const QStringList parts = key.split(QLatin1Char('-'));
        if (parts.size() != 3 || parts[0].size() != 6)
            return std::nullopt;
        bool hallOk = false;
        bool numberOk = false;
        WindowId id{parts[0], parts[1].toInt(&hallOk), parts[2].toInt(&numberOk)};
        if (!hallOk || !numberOk || !id.isValid())
            return std::nullopt;
        return id;
    }
};

struct Session
{
    qint64 id = 0;  // row of the token pair
    QString family; // all pairs descending from one login share it; revoked together
    QString login;
    QString name;
    Role role = Role::Clerk;
    std::optional<WindowId> window; // where the user sits; none for dispatch staff away from a window
};

} // namespace ow::central
