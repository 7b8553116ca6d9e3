// The sync panel lists what waits for the central server from a real outbox, shows an upload's
// progress, and asks for "sync now", retry and escalation by keyboard and button.

#include "ui/sync/SyncPanel.h"

#include "ShotSupport.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "ui/sync/OutboxOperationsModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ow;

namespace {

OutboxOperation queued(const QString& kind, const QByteArray& payload)
{
    OutboxOperation operation;
    operation.uuid = QUuid::createUuid();
    operation.kind = kind;
    operation.payload = payload;
    return operation;
}

QPushButton* buttonCalled(const SyncPanel& panel, const QString& text)
{
    for (QPushButton* button : panel.findChildren<QPushButton*>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the sync panel lists refused and waiting operations and asks for retry and sync", "[ui][sync]")
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("onewindow.db")));
    REQUIRE(database.ok());
    const SystemClock clock;
    OutboxStore outbox(**database, clock);
    const QString sha256 = QStringLiteral("3fa4c2b19e0d77aa00000000000000000000000000000000000000000000abcd");
    const OutboxOperation upload =
        queued(QStringLiteral("material.upload"), R"({"sha256":")" + sha256.toUtf8() + R"("})");
    const OutboxOperation report =
        queued(QStringLiteral("case.upsert"), R"({"acceptanceNumber":"42080001007251020000279"})");
    REQUIRE(outbox.enqueue(upload).ok());
    REQUIRE(outbox.enqueue(report).ok());
    REQUIRE(outbox.park(report.uuid, QStringLiteral("The item HB-JM-999999 is not in the catalog.")).ok());

    SyncPanel panel([&outbox] { return outbox.listWaiting(500).value(); });
    panel.show();
    OutboxOperationsModel* model = panel.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, OutboxOperationsModel::WhatColumn).data().toString() ==
          QStringLiteral("Case report 420800-01-007-251020-00027-9"));
    CHECK(model->index(0, OutboxOperationsModel::StateColumn).data().toString() ==
          QStringLiteral("Refused: The item HB-JM-999999 is not in the catalog."));
    CHECK(model->index(1, OutboxOperationsModel::WhatColumn).data().toString() ==
          QStringLiteral("Page upload 3fa4c2b19e0d…"));
    CHECK(model->index(1, OutboxOperationsModel::StateColumn).data().toString() == QStringLiteral("Waiting"));

    // An upload's progress, kept across a refresh.
    CHECK(model->index(1, OutboxOperationsModel::ProgressColumn).data(OutboxOperationsModel::PercentRole) ==
          -1);
    panel.setMaterialProgress(sha256, 3 * 1024 * 1024, 4 * 1024 * 1024);
    panel.refresh();
    CHECK(model->index(1, OutboxOperationsModel::ProgressColumn).data().toString() == QStringLiteral("75 %"));

    panel.setStatus({SyncStatus::State::Offline, 1, 1, QStringLiteral("Connection refused")});
    CHECK(panel.statusText().startsWith(QStringLiteral("Offline")));

    QPushButton* retry = buttonCalled(panel, QStringLiteral("Retry refused"));
    QPushButton* escalate = buttonCalled(panel, QStringLiteral("Report to supervisor"));
    REQUIRE(retry != nullptr);
    REQUIRE(escalate != nullptr);
    CHECK_FALSE(retry->isEnabled()); // nothing selected
    auto* table = panel.findChild<QTableView*>(QStringLiteral("sync.operations"));
    table->selectRow(1); // a waiting operation cannot be retried: it is not refused
    CHECK_FALSE(retry->isEnabled());
    table->selectRow(0);
    CHECK(retry->isEnabled());
    CHECK(escalate->isEnabled());

    QSignalSpy escalated(&panel, &SyncPanel::escalateRequested);
    QTest::mouseClick(escalate, Qt::LeftButton);
    REQUIRE(escalated.size() == 1);
    CHECK(escalated.at(0).at(0).value<QList<QUuid>>() == QList<QUuid>{report.uuid});

    QSignalSpy retried(&panel, &SyncPanel::retryRequested);
    QObject::connect(&panel, &SyncPanel::retryRequested, &panel, [&outbox](const QList<QUuid>& uuids) {
        for (const QUuid& uuid : uuids)
            REQUIRE(outbox.unpark(uuid).ok());
    });
    QTest::mouseClick(retry, Qt::LeftButton);
    REQUIRE(retried.size() == 1);
    CHECK(model->index(0, OutboxOperationsModel::WhatColumn).data().toString() ==
          QStringLiteral("Page upload 3fa4c2b19e0d…")); // both waiting now, in the order they were queued
    CHECK(model->index(1, OutboxOperationsModel::StateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral(
                  "Retrying: attempt "))); // refused once: the retry counts as the next attempt

    panel.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&panel));
    QSignalSpy syncNow(&panel, &SyncPanel::syncNowRequested);
    QTest::keyClick(&panel, Qt::Key_F5);
    CHECK(syncNow.size() == 1);
}

// With OW_SHOTS (and OW_SHOTS_QM for Chinese): the panel with a refused case, an upload under way and
// operations waiting for a retry, as a clerk sees it after a morning offline.
TEST_CASE("screenshot of the sync panel", "[ui][sync][shots]")
{
    const test::ShotSession shots; // before the widgets: their texts are translated when made
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("onewindow.db")));
    REQUIRE(database.ok());
    const SystemClock clock;
    OutboxStore outbox(**database, clock);
    const QStringList hashes{QStringLiteral("9c1e5a7b2f4d"), QStringLiteral("e03b77c4a912"),
                             QStringLiteral("51fa08d3c6be")};
    for (const QString& hash : hashes)
        REQUIRE(outbox
                    .enqueue(queued(QStringLiteral("material.upload"),
                                    R"({"sha256":")" + hash.toUtf8() + QByteArray(52, 'a') + R"("})"))
                    .ok());
    const OutboxOperation waiting =
        queued(QStringLiteral("case.upsert"), R"({"acceptanceNumber":"42080001007261127000120"})");
    const OutboxOperation refused =
        queued(QStringLiteral("case.upsert"), R"({"acceptanceNumber":"42080001007261127000112"})");
    REQUIRE(outbox.enqueue(waiting).ok());
    REQUIRE(outbox.enqueue(refused).ok());
    REQUIRE(outbox.retryLater(waiting.uuid, clock.now().addSecs(40)).ok());
    REQUIRE(outbox.park(refused.uuid, QStringLiteral("事项 HB-JM-999999 不在事项目录中（case.unknownItem）"))
                .ok());

    SyncPanel panel([&outbox] { return outbox.listWaiting(500).value(); });
    panel.setStatus({SyncStatus::State::Syncing, 5, 1, {}});
    panel.setMaterialProgress(hashes.at(0) + QString(52, QLatin1Char('a')), 700 * 1024, 1024 * 1024);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK(panel.model()->rowCount() == 5);
    shots.shoot(panel, QStringLiteral("sync-panel.png"));
}
