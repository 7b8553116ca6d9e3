#include "sync/SyncStatus.h"

#include <catch2/catch.hpp>

using ow::SyncStatus;

TEST_CASE("The sync status line says the state and what waits", "[sync][status]")
{
    SyncStatus status;
    CHECK(status.describe() == QLatin1String("Central server not connected"));

    status.state = SyncStatus::State::Offline;
    status.pending = 3;
    CHECK(status.describe() == QLatin1String("Offline · 3 operation(s) waiting"));
    CHECK_FALSE(status.needsAttention());

    status.state = SyncStatus::State::UpToDate;
    status.pending = 0;
    status.parked = 1;
    CHECK(status.describe() == QLatin1String("Online · 1 refused, needs attention"));
    CHECK(status.needsAttention());
}
