#include "sync/SyncEngine.h"

#include "storage/BlobStore.h"
#include "sync/CentralApiClient.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {

QJsonObject payloadOf(const OutboxOperation& operation)
{
    return QJsonDocument::fromJson(operation.payload).object();
}

QString kindText(const OutboxOperation& operation)
{
    return operation.kind + QLatin1Char(' ') + operation.uuid.toString(QUuid::WithoutBraces).left(8);
}

} // namespace

SyncEngine::SyncEngine(Database& database, const BlobStore& blobs, CentralApiClient& client,
                       const Clock& clock, SyncOptions options, QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_options(options)
    , m_outbox(database, clock)
    , m_cursors(database)
    , m_feed(database, clock)
    , m_catalogFeed(database, clock)
    , m_calendarFeed(database, clock)
    , m_uploader(client, blobs, options.chunkSize)
    , m_backoff(options.backoff, random)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::runPass);
    connect(&m_uploader, &MaterialUploader::progress, this, &SyncEngine::uploadProgress);
    connect(&m_uploader, &MaterialUploader::resumed, this, &SyncEngine::uploadResumed);
    m_status.state = SyncStatus::State::Offline;
}

void SyncEngine::start()
{
    m_running = true;
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
}

void SyncEngine::syncNow()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_timer.start(0);
}

Result<QList<OutboxOperation>> SyncEngine::parkedOperations()
{
    return m_outbox.listParked();
}

Result<void> SyncEngine::retryParked(const QUuid& operation)
{
    if (auto done = m_outbox.unpark(operation); !done)
        return done;
    m_heldGroups.clear();
    updateStatus(m_status.state);
    syncNow();
    return {};
}

Result<int> SyncEngine::retryAllParked()
{
    const auto parked = m_outbox.listParked();
    if (!parked)
        return parked.error();
    for (const OutboxOperation& operation : *parked) {
        if (auto done = m_outbox.unpark(operation.uuid); !done)
            return done.error();
    }
    m_heldGroups.clear();
    updateStatus(m_status.state);
    syncNow();
    return static_cast<int>(parked->size());
}

QString SyncEngine::groupOf(const OutboxOperation& operation)
{
    const QJsonObject payload = payloadOf(operation);
    if (operation.kind == QLatin1String("material.upload"))
        return payload.value(QLatin1String("caseUuid")).toString();
    if (operation.kind == QLatin1String("case.upsert"))
        return payload.value(QLatin1String("uuid")).toString();
    return operation.uuid.toString(QUuid::WithoutBraces);
}

void SyncEngine::runPass()
{
    if (m_busy || !m_running)
        return;
    auto due = m_outbox.listDue(m_options.batchSize);
    if (!due) {
        noteFailure(due.error().message);
        m_timer.start(m_options.pollInterval);
        return;
    }
    m_busy = true;
    m_again = false;
    m_attempted = false;
    m_batch = std::move(due).value();
    m_next = 0;
    if (!m_batch.isEmpty() && !m_offline) // offline stays offline until an attempt gets through
        updateStatus(SyncStatus::State::Syncing);
    deliverNext();
}

void SyncEngine::deliverNext()
{
    const QDateTime now = m_clock.now();
    while (m_next < m_batch.size()) {
        const OutboxOperation operation = m_batch.at(m_next++);
        const auto held = m_heldGroups.constFind(groupOf(operation));
        if (held != m_heldGroups.cend() && held.value() > now)
            continue; // an earlier operation of the same case waits; so does this one
        m_attempted = true;
        QPointer<SyncEngine> self(this);
        deliver(operation, [self, operation](DeliveryOutcome outcome) {
            if (!self)
                return;
            self->settle(operation, outcome);
            const bool noServer = outcome.error.unreachable() || outcome.error.kind == ApiError::Kind::Auth;
            if (outcome.kind == DeliveryOutcome::Kind::Retry && noServer)
                self->m_next = self->m_batch.size(); // the others would fail the same way
            QMetaObject::invokeMethod(self, &SyncEngine::deliverNext, Qt::QueuedConnection);
        });
        return;
    }
    const bool feedDue = (m_options.pullStatusFeed || m_options.pullReferenceFeeds) && !m_offline &&
                         (!m_lastFeedPull.isValid() ||
                          m_lastFeedPull.msecsTo(now) >= qint64(m_options.feedInterval.count()) || m_again);
    if (feedDue)
        pullFeeds();
    else
        endPass();
}

void SyncEngine::deliver(const OutboxOperation& operation, const std::function<void(DeliveryOutcome)>& done)
{
    const QJsonObject payload = payloadOf(operation);
    const auto fromReply = [done](const ApiReply<QJsonObject>& reply) {
        done(reply.ok() ? DeliveryOutcome::delivered() : DeliveryOutcome::fromError(reply.error()));
    };
    if (operation.kind == QLatin1String("material.upload")) {
        QString hash = payload.value(QLatin1String("sha256")).toString();
        if (hash.isEmpty())
            hash = operation.dependsOnBlob;
        m_uploader.upload(operation.uuid, hash, done);
    } else if (operation.kind == QLatin1String("case.upsert")) {
        const QUuid caseUuid = QUuid::fromString(payload.value(QLatin1String("uuid")).toString());
        if (caseUuid.isNull())
            return done(
                DeliveryOutcome::park(QStringLiteral("sync.badPayload"),
                                      tr("The case to report has no identifier; it cannot be sent.")));
        m_client.upsertCase(caseUuid, operation.payload, operation.uuid, fromReply);
    } else if (operation.kind == QLatin1String("audit.event")) {
        m_client.sendAuditEvents(QJsonArray{payload}, operation.uuid, fromReply);
    } else if (operation.kind == QLatin1String("rating.submit")) {
        m_client.submitRating(payload, operation.uuid, fromReply);
    } else {
        done(DeliveryOutcome::park(
            QStringLiteral("sync.unknownKind"),
            tr("This version does not know how to send \"%1\" operations.").arg(operation.kind)));
    }
}

void SyncEngine::settle(const OutboxOperation& operation, const DeliveryOutcome& outcome)
{
    Result<void> stored;
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Delivered:
        stored = m_outbox.markDone(operation.uuid);
        m_offline = false;
        m_status.lastError.clear();
        qCInfo(lcSync).noquote() << "delivered" << kindText(operation);
        emit operationDelivered(operation.uuid, operation.kind);
        break;
    case DeliveryOutcome::Kind::Retry: {
        const auto wait = m_backoff.delay(operation.attempts + 1, outcome.error.retryAfterSeconds);
        const QDateTime at = m_clock.now().addMSecs(wait.count());
        stored = m_outbox.retryLater(operation.uuid, at);
        m_heldGroups.insert(groupOf(operation), at);
        m_offline = outcome.error.unreachable();
        noteFailure(outcome.error.message);
        qCInfo(lcSync).noquote() << kindText(operation) << "retried in" << wait.count()
                                 << "ms:" << outcome.error.code;
        emit retryScheduled(operation.uuid, at, outcome.error.message);
        break;
    }
    case DeliveryOutcome::Kind::Park:
        stored = m_outbox.park(operation.uuid, outcome.reason);
        m_heldGroups.insert(groupOf(operation),
                            QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() / 2));
        m_offline = false;
        noteFailure(outcome.reason);
        qCWarning(lcSync).noquote() << "parked" << kindText(operation) << ":" << outcome.error.code;
        emit operationParked(operation.uuid, outcome.reason);
        break;
    }
    if (!stored)
        noteFailure(stored.error().message);
}

QString SyncEngine::feedNameOf(ApiFeed feed)
{
    switch (feed) {
    case ApiFeed::StatusChanges:
        return StatusFeedApplier::feedName();
    case ApiFeed::CatalogItems:
        return CatalogFeedApplier::itemsFeedName();
    case ApiFeed::Themes:
        return CatalogFeedApplier::themesFeedName();
    case ApiFeed::Calendar:
        return CalendarFeedApplier::feedName();
    }
    return {};
}

void SyncEngine::pullFeeds()
{
    m_feedQueue.clear();
    m_feedFailed = false;
    // Items before themes (a theme cites items), the reference data before the status changes.
    if (m_options.pullReferenceFeeds)
        m_feedQueue << ApiFeed::CatalogItems << ApiFeed::Themes << ApiFeed::Calendar;
    if (m_options.pullStatusFeed)
        m_feedQueue << ApiFeed::StatusChanges;
    pullFeed();
}

void SyncEngine::nextFeed()
{
    if (!m_feedQueue.isEmpty())
        m_feedQueue.removeFirst();
    if (!m_feedQueue.isEmpty())
        return pullFeed();
    if (!m_feedFailed)
        m_lastFeedPull = m_clock.now();
    endPass();
}

Result<void> SyncEngine::applyPage(ApiFeed feed, const FeedPage& page)
{
    switch (feed) {
    case ApiFeed::StatusChanges: {
        const auto applied = m_feed.apply(page);
        if (!applied)
            return applied.error();
        for (const auto& change : *applied)
            emit caseStatusApplied(change.caseUuid, change.status);
        return {};
    }
    case ApiFeed::CatalogItems:
    case ApiFeed::Themes: {
        const auto applied =
            feed == ApiFeed::CatalogItems ? m_catalogFeed.applyItems(page) : m_catalogFeed.applyThemes(page);
        if (!applied)
            return applied.error();
        if (applied->changed() > 0)
            emit catalogUpdated(applied->changed());
        return {};
    }
    case ApiFeed::Calendar: {
        const auto applied = m_calendarFeed.apply(page);
        if (!applied)
            return applied.error();
        if (!applied->isEmpty())
            emit holidaysUpdated(*applied);
        return {};
    }
    }
    return {};
}

void SyncEngine::pullFeed(bool retried)
{
    if (m_feedQueue.isEmpty())
        return endPass();
    const ApiFeed feed = m_feedQueue.constFirst();
    const QString name = feedNameOf(feed);
    const auto cursor = m_cursors.cursor(name);
    if (!cursor) {
        noteFailure(cursor.error().message);
        m_feedFailed = true;
        return nextFeed();
    }
    QPointer<SyncEngine> self(this);
    m_client.fetchFeed(
        feed, *cursor, m_options.feedPageLimit, [self, feed, name, retried](ApiReply<FeedPage> reply) {
            if (!self)
                return;
            if (!reply.ok()) {
                if (!retried && reply.error().code == QLatin1String("request.invalidCursor")) {
                    qCWarning(lcSync).noquote() << "feed" << name
                                                << ": the server does not know our cursor; reading the feed "
                                                   "again from the beginning";
                    if (self->m_cursors.reset(name))
                        return self->pullFeed(true);
                }
                self->m_offline = reply.error().unreachable();
                self->noteFailure(reply.error().message);
                self->m_feedFailed = true;
                if (self->m_offline || reply.error().kind == ApiError::Kind::Auth) {
                    self->m_feedQueue.clear(); // the other feeds would fail the same way
                    return self->endPass();
                }
                return self->nextFeed();
            }
            self->m_offline = false;
            if (const auto applied = self->applyPage(feed, reply.value()); !applied) {
                qCWarning(lcSync).noquote()
                    << "feed" << name << ": a page could not be applied:" << applied.error().message;
                self->noteFailure(applied.error().message);
                self->m_feedFailed = true;
                return self->nextFeed();
            }
            if (reply.value().hasMore)
                return self->pullFeed();
            self->nextFeed();
        });
}

void SyncEngine::endPass()
{
    m_busy = false;
    m_batch.clear();
    updateStatus(m_offline ? SyncStatus::State::Offline : SyncStatus::State::Online);
    emit passFinished();
    if (!m_running)
        return;
    // Another pass at once when this one sent something (more may be due) or was asked for.
    const bool more = (m_attempted && !m_offline) || m_again;
    m_timer.start(more ? std::chrono::milliseconds(0) : m_options.pollInterval);
}

void SyncEngine::updateStatus(SyncStatus::State state)
{
    SyncStatus status = m_status;
    status.state = state;
    if (const auto pending = m_outbox.countPending(); pending)
        status.pending = *pending;
    if (const auto parked = m_outbox.countParked(); parked)
        status.parked = *parked;
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}

void SyncEngine::noteFailure(const QString& message)
{
    m_status.lastError = message;
}

} // namespace ow
