#pragma once

// SyncEngine: delivers the outbox to the central server in order (materials before the case that
// cites them), retries with backoff, parks what the server refuses for good, pulls the status-change
// feed into the local cases and the catalog, theme and holiday-calendar feeds into the local reference
// data (each by cursor, at most every feedInterval), and reports progress and SyncStatus for the status bar
// and sync panel.

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "core/OutboxOperation.h"
#include "core/Result.h"
#include "storage/OutboxStore.h"
#include "sync/Backoff.h"
#include "sync/CalendarFeedApplier.h"
#include "sync/CatalogFeedApplier.h"
#include "sync/CentralApiClient.h"
#include "sync/DeliveryOutcome.h"
#include "sync/FeedCursorStore.h"
#include "sync/MaterialUploader.h"
#include "sync/StatusFeedApplier.h"
#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace ow {

class BlobStore;
class CentralApiClient;
class Database;

struct SyncOptions
{
    qint64 chunkSize = 1 << 20; // bytes per material chunk
    BackoffPolicy backoff;
    std::chrono::milliseconds pollInterval{5000};  // how often the outbox is looked at when idle
    std::chrono::milliseconds feedInterval{60000}; // how often the feeds are pulled
    int batchSize = 500;                           // due operations read per pass
    bool pullStatusFeed = true;
    bool pullReferenceFeeds = true; // the catalog items, themes and holiday-calendar feeds
    int feedPageLimit = 500;
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // random feeds the backoff's jitter (a seeded generator in tests); everything given must outlive
    // the engine.
    SyncEngine(Database& database, const BlobStore& blobs, CentralApiClient& client, const Clock& clock,
               SyncOptions options = {}, QRandomGenerator* random = QRandomGenerator::global(),
               QObject* parent = nullptr);

    void start(); // delivers now and then every pollInterval
    void stop();  // no new pass starts; a request under way finishes
    void syncNow();
    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_busy; }

    SyncStatus status() const { return m_status; }
    Result<QList<OutboxOperation>> parkedOperations();
    // Puts a parked operation (or all of them) back in the queue, due now, and starts a pass.
    Result<void> retryParked(const QUuid& operation);
    Result<int> retryAllParked();
    // Material bytes sent since the engine was made (chunks answered by the server).
    qint64 bytesSent() const { return m_uploader.bytesSent(); }

signals:
    void statusChanged(const ow::SyncStatus& status);
    void uploadProgress(const QString& sha256, qint64 sent, qint64 total);
    void uploadResumed(const QString& sha256, qint64 offset);
    void operationDelivered(const QUuid& operation, const QString& kind);
    void operationParked(const QUuid& operation, const QString& reason);
    void retryScheduled(const QUuid& operation, const QDateTime& at, const QString& reason);
    void caseStatusApplied(const QUuid& caseUuid, ow::CaseStatus status);
    // A page of the catalog items or themes feed changed the local catalog (changed entries).
    void catalogUpdated(int changed);
    // A page of the holiday-calendar feed stored these years' arrangements (HolidayStore): rebuild the
    // WorkingCalendar with HolidayStore::workingCalendar().
    void holidaysUpdated(const QList<int>& years);
    void passFinished();

private:
    void runPass();
    void deliverNext();
    void deliver(const OutboxOperation& operation, const std::function<void(DeliveryOutcome)>& done);
    void settle(const OutboxOperation& operation, const DeliveryOutcome& outcome);
    void pullFeeds();                    // the due feeds, one after the other
    void pullFeed(bool retried = false); // the first of m_feedQueue, page after page
    void nextFeed();
    Result<void> applyPage(ApiFeed feed, const FeedPage& page);
    static QString feedNameOf(ApiFeed feed);
    void endPass();
    void updateStatus(SyncStatus::State state);
    void noteFailure(const QString& message);
    static QString groupOf(const OutboxOperation& operation);

    CentralApiClient& m_client;
    const Clock& m_clock;
    SyncOptions m_options;
    OutboxStore m_outbox;
    FeedCursorStore m_cursors;
    StatusFeedApplier m_feed;
    CatalogFeedApplier m_catalogFeed;
    CalendarFeedApplier m_calendarFeed;
    MaterialUploader m_uploader;
    Backoff m_backoff;
    QTimer m_timer;
    QList<OutboxOperation> m_batch;
    qsizetype m_next = 0;
    bool m_attempted = false; // something was sent in this pass
    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;   // syncNow during a pass: run another at once
    bool m_offline = false; // the last exchange found no server
    QDateTime m_lastFeedPull;
    QList<ApiFeed> m_feedQueue;             // the feeds still to pull in this pass
    bool m_feedFailed = false;              // a feed of this pass failed: pull again at the next pass
    QHash<QString, QDateTime> m_heldGroups; // case -> until when its later operations wait
    SyncStatus m_status;
};

} // namespace ow
