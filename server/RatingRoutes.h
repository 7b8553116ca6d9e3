#pragma once

// RatingRoutes: the applicants' ratings of the service (好差评) sent from the windows, and their feed
// for supervisors.

namespace ow::central {

class ApiRouter;

class RatingRoutes
{
public:
    static void add(ApiRouter& router);
};

} // namespace ow::central
