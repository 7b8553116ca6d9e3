#include "storage/OutboxStore.h"

#include "StorageFixtures.h"

using namespace ow;
using namespace ow::test;

TEST_CASE("The outbox hands out due operations in order and parks failures", "[storage][outbox]")
{
    TempDatabase t;
    OutboxStore outbox(*t.db, t.clock);
    OutboxOperation material = operation(QStringLiteral("material.upload"), R"({"hash":"ab"})");
    material.dependsOnBlob = sha256Hex("page");
    const OutboxOperation first = operation(QStringLiteral("case.upsert"), R"({"n":1})");
    const OutboxOperation second = operation(QStringLiteral("audit.event"));
    for (const OutboxOperation& op : {material, first, second})
        REQUIRE(outbox.enqueue(op).ok());

    auto due = outbox.listDue(10);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 3);
    CHECK(due->at(0).uuid == material.uuid); // materials before the case that needs them
    CHECK(due->at(0).dependsOnBlob == material.dependsOnBlob);
    CHECK(due->at(0).createdAt == t.clock.now());
    CHECK(due->at(0).nextAttemptAt == t.clock.now());
    CHECK(due->at(0).state == OutboxState::Pending);
    CHECK(due->at(1).uuid == first.uuid);
    CHECK(due->at(1).payload == first.payload);
    CHECK(outbox.listDue(1)->size() == 1);
    CHECK(*outbox.countPending() == 3);

    // A failed attempt waits for its next time.
    REQUIRE(outbox.retryLater(material.uuid, t.clock.now().addSecs(60)).ok());
    due = outbox.listDue(10);
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).uuid == first.uuid);
    t.clock.advanceSeconds(61);
    due = outbox.listDue(10);
    REQUIRE(due->size() == 3);
    CHECK(due->at(0).attempts == 1);

    REQUIRE(outbox.markDone(material.uuid).ok());
    REQUIRE(outbox.park(first.uuid, QStringLiteral("HTTP 400: item code unknown")).ok());
    CHECK(*outbox.countPending() == 1);
    CHECK(*outbox.countParked() == 1);
    const auto parked = outbox.listParked();
    REQUIRE(parked->size() == 1);
    CHECK(parked->at(0).parkedReason == QStringLiteral("HTTP 400: item code unknown"));
    CHECK(parked->at(0).state == OutboxState::Parked);
    CHECK(outbox.listDue(10)->size() == 1);

    REQUIRE(outbox.unpark(first.uuid).ok());
    CHECK(*outbox.countParked() == 0);
    CHECK(outbox.listDue(10)->at(0).uuid == first.uuid);
    CHECK(*outbox.purgeDone() == 1);

    const auto unknown = outbox.markDone(QUuid::createUuid());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QLatin1String("storage.notFound"));
    CHECK(outbox.enqueue(OutboxOperation{}).error().code == QLatin1String("storage.outboxInvalid"));
}

TEST_CASE("The sync panel's list shows parked operations first, then every pending one, due or not",
          "[storage][outbox]")
{
    TempDatabase t;
    OutboxStore outbox(*t.db, t.clock);
    const OutboxOperation upload = operation(QStringLiteral("material.upload"));
    const OutboxOperation report = operation(QStringLiteral("case.upsert"));
    const OutboxOperation refused = operation(QStringLiteral("case.upsert"));
    const OutboxOperation delivered = operation(QStringLiteral("audit.event"));
    for (const OutboxOperation& op : {upload, report, refused, delivered})
        REQUIRE(outbox.enqueue(op).ok());
    REQUIRE(outbox.retryLater(upload.uuid, t.clock.now().addSecs(600)).ok()); // not due
    REQUIRE(outbox.park(refused.uuid, QStringLiteral("refused")).ok());
    REQUIRE(outbox.markDone(delivered.uuid).ok());

    const auto waiting = outbox.listWaiting(10);
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 3);
    CHECK(waiting->at(0).uuid == refused.uuid);
    CHECK(waiting->at(1).uuid == upload.uuid);
    CHECK(waiting->at(2).uuid == report.uuid);
    CHECK(outbox.listWaiting(1)->size() == 1);
}
