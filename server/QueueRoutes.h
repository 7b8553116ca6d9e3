#pragma once

// QueueRoutes: the hall's queue (取号/叫号): take a ticket, call the next one to a window, recall,
// transfer to another queue or window, no-show, start and finish serving; today's tickets by status.

namespace ow::central {

class ApiRouter;

class QueueRoutes
{
public:
    static void add(ApiRouter& router);
};

} // namespace ow::central
