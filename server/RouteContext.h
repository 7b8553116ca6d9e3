#pragma once

// RouteContext: what one route handler gets: the request, its path parameters, the caller's session and
// the server's services (database, authentication, material files, configuration).

#include "ApiFailure.h"
#include "ApiRequest.h"
#include "JsonReader.h"
#include "Session.h"
#include "core/Clock.h"

#include <QHash>
#include <QString>

namespace ow::central {

class AuthService;
class CentralDatabase;
class MaterialStore;
struct ServerConfig;

// The services every route may use; owned by CentralServer.
struct ServerServices
{
    CentralDatabase& db;
    AuthService& auth;
    MaterialStore& materials;
    const ServerConfig& config;
    const Clock& clock;
};

struct RouteContext
{
    const ApiRequest& request;
    ServerServices& services;
    const Session* session = nullptr; // null on public routes
    QHash<QString, QString> params;

    CentralDatabase& db() const { return services.db; }
    QDateTime now() const { return services.clock.now(); }
    QString param(const QString& name) const { return params.value(name); }
    JsonReader json() const { return JsonReader::parseBody(request.body()); }
    // The caller's session; routes that are not public always have one.
    const Session& caller() const { return *session; }
    // The caller's window, or 403 auth.noWindow when they signed in without one.
    const WindowId& callerWindow() const
    {
        if (!session || !session->window)
            throw ApiFailure::forbidden(QStringLiteral("auth.noWindow"),
                                        QStringLiteral("This needs a window: sign in at a window."));
        return *session->window;
    }
};

} // namespace ow::central
