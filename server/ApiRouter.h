#pragma once

// ApiRouter: the route table of the central API: method + path pattern ("/api/v1/cases/{uuid}") to a
// handler, with who may call it, whether it is a write under the idempotency rule, and its body limit.

#include "ApiResponse.h"
#include "RouteContext.h"
#include "Session.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ow::central {

using RouteHandler = std::function<ApiResponse(RouteContext&)>;

struct RouteSpec
{
    QString method;
    QString pattern;
    Roles roles = Role::Clerk | Role::Supervisor | Role::Dispatch; // who may call it
    bool isPublic = false;                                         // no token needed (health, login, refresh)
    bool idempotent = true;       // a write that needs an Idempotency-Key (ignored for GET/HEAD)
    qint64 maxBody = 1024 * 1024; // larger bodies: 413
};

struct Route
{
    RouteSpec spec;
    QStringList segments;
    RouteHandler handler;
};

class ApiRouter
{
public:
    static constexpr qint64 jsonBodyLimit = 1024 * 1024;

    void add(RouteSpec spec, RouteHandler handler);

    struct Match
    {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // the path exists with these methods (for 405)
    };
    Match match(const QString& method, const QString& path) const;

    const QList<Route>& routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace ow::central
