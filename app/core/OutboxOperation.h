#pragma once

// OutboxOperation: one write waiting to be delivered to the central server, idempotently by uuid.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ow {

// Stored in the database by value: append only, never renumber.
enum class OutboxState
{
    Pending = 0,
    Parked = 1,
    Done = 2
};

struct OutboxOperation
{
    QUuid uuid;            // the server deduplicates on it
    QString kind;          // "case.upsert", "material.upload", "audit.event", ...
    QByteArray payload;    // JSON
    QString dependsOnBlob; // SHA-256 hex of a blob that must be uploaded first; empty if none
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    OutboxState state = OutboxState::Pending;
    QString parkedReason; // why a permanently failing operation was parked, shown to people
};

} // namespace ow
