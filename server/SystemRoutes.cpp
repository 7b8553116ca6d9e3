#include "SystemRoutes.h"

#include "ApiRouter.h"
#include "AuthService.h"
#include "CentralDatabase.h"
#include "CentralSchema.h"
#include "TimeText.h"

#include <QJsonArray>

namespace ow::central {

namespace {

ApiResponse health(RouteContext& context)
{
    const bool up = context.db().tryExec(QStringLiteral("SELECT 1")).ok();
    const QJsonObject body{{QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("degraded")},
                           {QStringLiteral("version"), QStringLiteral(ONEWINDOW_VERSION)},
                           {QStringLiteral("api"), QStringLiteral("v1")},
                           {QStringLiteral("database"), context.db().dialect() == SqlDialect::Sqlite
                                                            ? QStringLiteral("sqlite")
                                                            : QStringLiteral("postgres")},
                           {QStringLiteral("schema"), CentralSchema::latestVersion},
                           {QStringLiteral("time"), isoUtc(context.now())}};
    if (!up)
        return ApiResponse::json(503, body).withHeader("Retry-After", "5");
    return ApiResponse::json(200, body);
}

ApiResponse listWindows(RouteContext& context)
{
    QSqlQuery rows =
        context.db().exec(QStringLiteral("SELECT window_key, region, hall, number, name, device_id, "
                                         "claimed_by, claimed_at FROM windows ORDER BY window_key"));
    QJsonArray windows;
    while (rows.next()) {
        QJsonObject window = AuthService::windowJson(
            WindowId{rows.value(1).toString(), rows.value(2).toInt(), rows.value(3).toInt()});
        window.insert(QStringLiteral("name"), rows.value(4).toString());
        window.insert(QStringLiteral("registered"), !rows.value(5).isNull());
        if (!rows.value(6).isNull()) {
            window.insert(QStringLiteral("registeredBy"), rows.value(6).toString());
            window.insert(QStringLiteral("registeredAt"), rows.value(7).toString());
        }
        windows.append(window);
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("windows"), windows}});
}

ApiResponse releaseWindow(RouteContext& context)
{
    const QString key = context.param(QStringLiteral("key"));
    QSqlQuery update =
        context.db().exec(QStringLiteral("UPDATE windows SET device_id = NULL, claimed_by = NULL, "
                                         "claimed_at = NULL WHERE window_key = ?"),
                          {key});
    if (update.numRowsAffected() < 1)
        throw ApiFailure::notFound(QStringLiteral("window.notFound"),
                                   QStringLiteral("There is no window %1.").arg(key));
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("window"), key}, {QStringLiteral("registered"), false}});
}

} // namespace

void SystemRoutes::add(ApiRouter& router)
{
    RouteSpec healthSpec{QStringLiteral("GET"), QStringLiteral("/api/v1/health")};
    healthSpec.isPublic = true;
    router.add(healthSpec, health);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/windows")}, listWindows);
    router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/windows/{key}/release"), Role::Supervisor},
               releaseWindow);
}

} // namespace ow::central
