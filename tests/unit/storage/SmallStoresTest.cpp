#include "StorageFixtures.h"
#include "storage/AuditLog.h"
#include "storage/QueueTicketStore.h"
#include "storage/SequenceStore.h"

#include <QThread>
#include <set>

using namespace ow;
using namespace ow::test;

TEST_CASE("Acceptance sequences count per window and day and survive a restart", "[storage][sequence]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seq.db"));
    const QDate day(2020, 9, 25);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        SequenceStore sequences(*db.value());
        CHECK(*sequences.next(QStringLiteral("JM-07"), day) == 1);
        CHECK(*sequences.next(QStringLiteral("JM-07"), day) == 2);
        CHECK(*sequences.next(QStringLiteral("JM-12"), day) == 1);
        CHECK(*sequences.next(QStringLiteral("JM-07"), day.addDays(1)) == 1);
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    SequenceStore sequences(*db.value());
    CHECK(*sequences.next(QStringLiteral("JM-07"), day) == 3);
}

TEST_CASE("Acceptance sequences stay unique under concurrent threads", "[storage][sequence][threads]")
{
    TempDatabase t;
    constexpr int perThread = 100;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<std::vector<int>> taken(4);
    std::atomic<int> failures{0};
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            SequenceStore sequences(*t.db);
            for (int n = 0; n < perThread; ++n) {
                const auto value = sequences.next(QStringLiteral("JM-07"), QDate(2020, 9, 25));
                if (value.ok())
                    taken[i].push_back(*value);
                else
                    ++failures;
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        REQUIRE(thread->wait(60000));
    CHECK(failures == 0);
    std::set<int> all;
    for (const auto& values : taken)
        all.insert(values.begin(), values.end());
    CHECK(all.size() == 4 * perThread);
    CHECK(*all.begin() == 1);
    CHECK(*all.rbegin() == 4 * perThread);
}

TEST_CASE("Queue tickets are saved, updated and listed for today", "[storage][tickets]")
{
    TempDatabase t;
    QueueTicketStore tickets(*t.db, t.clock);
    QueueTicket a012{
        0, QStringLiteral("A012"), QStringLiteral("A"), t.clock.now(), {}, {}, TicketStatus::Waiting, {}};
    const auto id = tickets.save(a012);
    REQUIRE(id.ok());
    t.clock.advanceSeconds(300);
    QueueTicket b003{
        0, QStringLiteral("B003"), QStringLiteral("B"), t.clock.now(), {}, {}, TicketStatus::Waiting, {}};
    REQUIRE(tickets.save(b003).ok());

    a012.status = TicketStatus::Serving;
    a012.calledAt = t.clock.now();
    a012.window = QStringLiteral("07");
    a012.applicantId = std::nullopt;
    CHECK(*tickets.save(a012) == *id); // same number, same day: updated

    auto today = tickets.listToday();
    REQUIRE(today.ok());
    REQUIRE(today->size() == 2);
    CHECK(today->at(0).number == QStringLiteral("A012"));
    CHECK(today->at(0).status == TicketStatus::Serving);
    CHECK(today->at(0).window == QStringLiteral("07"));
    CHECK(today->at(0).calledAt == t.clock.now());
    CHECK(today->at(1).queue == QStringLiteral("B"));

    t.clock.advanceSeconds(24 * 3600);
    CHECK(tickets.listToday()->isEmpty());
    CHECK(tickets.listForDay(QDate(2020, 9, 25))->size() == 2);
}

TEST_CASE("The audit log appends and lists newest first", "[storage][audit]")
{
    TempDatabase t;
    AuditLog audit(*t.db, t.clock);
    const QUuid caseUuid = QUuid::createUuid();
    REQUIRE(audit
                .append({0,
                         {},
                         QStringLiteral("wangli"),
                         QStringLiteral("applicant.view"),
                         {},
                         QStringLiteral("07"),
                         QStringLiteral("420802********123X")})
                .ok());
    t.clock.advanceSeconds(60);
    REQUIRE(audit
                .append({0,
                         {},
                         QStringLiteral("wangli"),
                         QStringLiteral("case.accept"),
                         caseUuid,
                         QStringLiteral("07"),
                         {}})
                .ok());

    const auto all = audit.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).action == QStringLiteral("case.accept"));
    CHECK(all->at(0).caseUuid == caseUuid);
    CHECK(all->at(0).at == t.clock.now());
    CHECK(all->at(1).detail == QStringLiteral("420802********123X"));
    CHECK(all->at(1).caseUuid.isNull());
    const auto ofCase = audit.list(10, caseUuid);
    REQUIRE(ofCase->size() == 1);
    CHECK(ofCase->at(0).who == QStringLiteral("wangli"));
    CHECK(audit.list(1)->size() == 1);
}
