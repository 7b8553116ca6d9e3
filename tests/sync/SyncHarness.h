#pragma once

// SyncHarness: the client side of a sync test: a local database and blob store in a temporary folder,
// cases with pages saved the way IntakeRecorder saves them (material.upload per page, then
// case.upsert), and a CentralApiClient + SyncEngine pointed at a server; engines can be made afresh
// on the same database (a restart).

#include "core/CaseRecord.h"
#include "core/Clock.h"
#include "storage/BlobStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "sync/CentralApiClient.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <memory>

namespace ow::test {

class SyncHarness
{
public:
    SyncHarness();

    // A case of window 420800-01-007 with `pages` pages of pageBytes random bytes each, saved with its
    // outbox; returns it.
    CaseRecord addCase(int pages, qint64 pageBytes, const QString& itemCode = QStringLiteral("HB-JM-010001"));

    // A fresh client (signed in as login unless empty) and engine on this database.
    void connect(const QUrl& server, const SyncOptions& options,
                 const QString& login = QStringLiteral("wangli"));
    void dropEngine(); // as if the program ended: the engine and its client are gone
    // Runs the event loop until the outbox is empty and the engine idle, or timeoutMs passed.
    bool drain(int timeoutMs);
    int pending();
    int parked();
    // Signs client in as login; the access token.
    static QString signIn(CentralApiClient& client, const QString& login);

    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<OutboxStore> outbox;
    std::unique_ptr<CentralApiClient> client;
    std::unique_ptr<SyncEngine> engine;
    QRandomGenerator random{20251020};
    int sequence = 0;
    qint64 applicantId = 0;
};

// Fast retries for tests: 20 ms doubling to 300 ms; polling every 20 ms; the feed at every pass.
SyncOptions fastOptions(qint64 chunkSize = 64 * 1024);

} // namespace ow::test
