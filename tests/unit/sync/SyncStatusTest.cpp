#include "sync/SyncStatus.h"

#include <catch2/catch.hpp>

using ow::SyncStatus;

TEST_CASE("The sync status line says the state and what waits", "[sync][status]")
{
    SyncStatus status;
    CHECK(status.describe() == QStringLiteral("Central server not connected · 0 operation(s) waiting"));

    status.state = SyncStatus::State::Offline;
    status.pending = 3;
    CHECK(status.describe() == QStringLiteral("Offline · 3 operation(s) waiting"));
    CHECK_FALSE(status.needsAttention());

    status.state = SyncStatus::State::Online;
    status.pending = 0;
    CHECK(status.describe() == QStringLiteral("Online · everything delivered"));
    status.parked = 1;
    CHECK(status.describe() == QStringLiteral("Online · 1 refused, needs attention"));
    CHECK(status.needsAttention());
}
