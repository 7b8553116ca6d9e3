#include "core/SiteConfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

QString SiteConfig::windowKey() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(regionCode)
        .arg(hall, 2, 10, QLatin1Char('0'))
        .arg(window, 3, 10, QLatin1Char('0'));
}

Result<SiteConfig> SiteConfig::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SiteConfig site;
    site.hallName = o.value(QLatin1String("hallName")).toString();
    site.regionCode = o.value(QLatin1String("regionCode")).toString();
    site.hall = o.value(QLatin1String("hall")).toInt(1);
    site.window = o.value(QLatin1String("window")).toInt();
    const QJsonObject clerk = o.value(QLatin1String("clerk")).toObject();
    site.staff.login = clerk.value(QLatin1String("login")).toString();
    site.staff.name = clerk.value(QLatin1String("name")).toString();
    const QString role = clerk.value(QLatin1String("role")).toString();
    site.staff.role = role == QLatin1String("supervisor") ? StaffRole::Supervisor
                      : role == QLatin1String("dispatch") ? StaffRole::Dispatch
                                                          : StaffRole::Clerk;
    if (site.hallName.isEmpty() || site.regionCode.size() != 6 || site.window < 0 ||
        site.staff.login.isEmpty())
        return Error{QStringLiteral("site.invalid"),
                     QCoreApplication::translate(
                         "ow::SiteConfig", "The site configuration lacks the hall name, the region code, "
                                           "the window or the signed-in staff member.")};
    return site;
}

} // namespace ow
