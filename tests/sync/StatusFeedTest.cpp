// The status feed applied to local cases: statuses this version does not know and unreadable entries
// are skipped (and logged), the rest of the page is applied and the cursor moves; a page that fails
// half-way applies nothing, cursor included.

#include "SyncHarness.h"
#include "storage/CaseStore.h"
#include "sync/FeedCursorStore.h"
#include "sync/StatusFeedApplier.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace ow;
using ow::test::SyncHarness;

namespace {

QJsonObject change(int revision, const QUuid& caseUuid, const QString& status, const QString& at)
{
    return {{QLatin1String("revision"), QString::number(revision)},
            {QLatin1String("caseUuid"), caseUuid.toString(QUuid::WithoutBraces)},
            {QLatin1String("window"), QStringLiteral("420800-01-007")},
            {QLatin1String("status"), status},
            {QLatin1String("at"), at},
            {QLatin1String("by"), QStringLiteral("chengang")},
            {QLatin1String("note"), QString()},
            {QLatin1String("origin"), QStringLiteral("server")}};
}

CaseStatus localStatus(SyncHarness& h, const QUuid& uuid)
{
    const auto found = CaseStore(*h.db, h.clock).findByUuid(uuid);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return found->value().status;
}

} // namespace

TEST_CASE("The status feed skips unknown statuses and unreadable entries and applies the rest",
          "[sync][feed]")
{
    SyncHarness h;
    const CaseRecord record = h.addCase(0, 0);
    StatusFeedApplier applier(*h.db, h.clock);
    FeedPage page;
    page.items = QJsonArray{
        change(1, record.uuid, QStringLiteral("teleported"), QStringLiteral("2026-11-27T09:00:00Z")),
        QJsonObject{{QLatin1String("revision"), 2}, {QLatin1String("status"), 42}},
        QStringLiteral("not an object"),
        change(3, record.uuid, QStringLiteral("dispatched"), QStringLiteral("2026-11-27T09:05:00Z"))};
    page.nextCursor = QStringLiteral("c-3");
    const auto applied = applier.apply(page);
    REQUIRE(applied.ok());
    REQUIRE(applied->size() == 1);
    CHECK(applied->at(0).status == CaseStatus::Dispatched);
    CHECK(localStatus(h, record.uuid) == CaseStatus::Dispatched);
    CHECK(*FeedCursorStore(*h.db).cursor(StatusFeedApplier::feedName()) == QStringLiteral("c-3"));

    // The same page again changes nothing.
    const auto again = applier.apply(page);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
}

TEST_CASE("A status feed page that cannot be stored applies nothing and keeps the cursor", "[sync][feed]")
{
    SyncHarness h;
    const CaseRecord record = h.addCase(0, 0);
    StatusFeedApplier applier(*h.db, h.clock);
    FeedPage first;
    first.items = QJsonArray{
        change(1, record.uuid, QStringLiteral("dispatched"), QStringLiteral("2026-11-27T09:05:00Z"))};
    first.nextCursor = QStringLiteral("c-1");
    REQUIRE(applier.apply(first).ok());

    // A trigger (status 4 = completed) makes the second change of the page fail inside the transaction.
    QSqlQuery trigger(h.db->connection());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_completed BEFORE UPDATE ON cases "
                                        "WHEN NEW.status = 4 BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    FeedPage second;
    second.items = QJsonArray{
        change(2, record.uuid, QStringLiteral("inProcess"), QStringLiteral("2026-11-27T10:00:00Z")),
        change(3, record.uuid, QStringLiteral("completed"), QStringLiteral("2026-11-27T11:00:00Z"))};
    second.nextCursor = QStringLiteral("c-3");
    CHECK_FALSE(applier.apply(second).ok());
    CHECK(localStatus(h, record.uuid) == CaseStatus::Dispatched); // inProcess was rolled back too
    CHECK(*FeedCursorStore(*h.db).cursor(StatusFeedApplier::feedName()) == QStringLiteral("c-1"));
}
