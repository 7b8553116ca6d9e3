// The sync indicator says what it is given: link state, operations waiting, operations parked.

#include "ui/SyncStatusWidget.h"

#include <catch2/catch.hpp>

using namespace ow;

TEST_CASE("the sync indicator states the link and the outbox counts", "[ui][sync]")
{
    SyncStatusWidget widget;
    CHECK(widget.text() == QStringLiteral("Central server not connected · 0 operation(s) waiting"));
    CHECK_FALSE(widget.toolTip().isEmpty());

    widget.setStatus({SyncStatus::State::Offline, 3, 0, {}});
    CHECK(widget.text() == QStringLiteral("Offline · 3 operation(s) waiting"));
    CHECK(widget.toolTip().isEmpty());

    widget.setStatus({SyncStatus::State::Online, 0, 0, {}});
    CHECK(widget.text() == QStringLiteral("Online · everything delivered"));

    widget.setStatus({SyncStatus::State::Online, 12, 2, {}});
    CHECK(widget.text() == QStringLiteral("Online · 12 operation(s) waiting · 2 refused, needs attention"));

    widget.setWaitingOperations(1);
    CHECK(widget.status().pending == 1);
    CHECK(widget.status().parked == 2);
    CHECK(widget.text().startsWith(QStringLiteral("Online · 1 operation(s) waiting")));
}
