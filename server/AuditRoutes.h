#pragma once

// AuditRoutes: audit events (who did what when) delivered in batches from the windows, each event
// kept once by its UUID, and their feed for supervisors.

namespace ow::central {

class ApiRouter;

class AuditRoutes
{
public:
    static constexpr int maxEventsPerRequest = 500;

    static void add(ApiRouter& router);
};

} // namespace ow::central
