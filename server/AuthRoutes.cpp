#include "AuthRoutes.h"

#include "ApiRouter.h"
#include "AuthService.h"

namespace ow::central {

namespace {

std::optional<WindowId> windowFrom(const JsonReader& body)
{
    const std::optional<JsonReader> window = body.optionalObject(QStringLiteral("window"));
    if (!window)
        return std::nullopt;
    WindowId id{window->string(QStringLiteral("region")), int(window->integer(QStringLiteral("hall"))),
                int(window->integer(QStringLiteral("number")))};
    if (!id.isValid() || id.hall > 99 || id.number > 999)
        throw ApiFailure::unprocessable(
            QStringLiteral("auth.unknownWindow"),
            QStringLiteral("A window is a 6-digit region, a hall 1-99 and a window "
                           "number 1-999."));
    return id;
}

ApiResponse login(RouteContext& context)
{
    const JsonReader body = context.json();
    const QString user = body.string(QStringLiteral("login"));
    const std::optional<QString> password = body.optionalString(QStringLiteral("password"));
    if (!password || password->isEmpty())
        body.invalid(QStringLiteral("password"), QStringLiteral("a non-empty string"));
    const std::optional<WindowId> window = windowFrom(body);
    const QString deviceId = body.optionalString(QStringLiteral("deviceId")).value_or(QString());
    return ApiResponse::json(200, context.services.auth.login(user, *password, window, deviceId));
}

ApiResponse refresh(RouteContext& context)
{
    const JsonReader body = context.json();
    return ApiResponse::json(200, context.services.auth.refresh(body.string(QStringLiteral("refreshToken"))));
}

ApiResponse logout(RouteContext& context)
{
    context.services.auth.logout(context.caller());
    return ApiResponse::empty(204);
}

ApiResponse me(RouteContext& context)
{
    const Session& session = context.caller();
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("user"),
                          AuthService::userJson(session.login, session.name, session.role, session.window)}});
}

} // namespace

void AuthRoutes::add(ApiRouter& router)
{
    RouteSpec loginSpec{QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login")};
    loginSpec.isPublic = true;
    loginSpec.idempotent = false;
    router.add(loginSpec, login);
    RouteSpec refreshSpec{QStringLiteral("POST"), QStringLiteral("/api/v1/auth/refresh")};
    refreshSpec.isPublic = true;
    refreshSpec.idempotent = false;
    router.add(refreshSpec, refresh);
    RouteSpec logoutSpec{QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout")};
    logoutSpec.idempotent = false;
    router.add(logoutSpec, logout);
    router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/auth/me")}, me);
}

} // namespace ow::central
