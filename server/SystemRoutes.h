#pragma once

// SystemRoutes: /api/v1/health (for packaging and monitoring) and the windows of the halls
// (/api/v1/windows, release of a window's device registration by a supervisor).

namespace ow::central {

class ApiRouter;

class SystemRoutes
{
public:
    static void add(ApiRouter& router);
};

} // namespace ow::central
