#pragma once

// DispatchRoutes: dispatch batches (分办批次): the window bundles accepted cases under the batch number
// printed on the dispatch slip; dispatch staff receive the batch, which marks its cases dispatched.

namespace ow::central {

class ApiRouter;

class DispatchRoutes
{
public:
    static constexpr int maxCasesPerBatch = 500;

    static void add(ApiRouter& router);
};

} // namespace ow::central
