#pragma once

// IdempotencyStore: the at-most-once rule. Every write carries an operation UUID (Idempotency-Key); the
// answer of the request that applied it is stored in the same transaction as the change, and a request
// with a known key gets that first answer again instead of being applied twice.

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace ow::central {

class CentralDatabase;

class IdempotencyStore
{
public:
    explicit IdempotencyStore(CentralDatabase& db);

    // The key of a write: 400 idempotency.keyMissing / idempotency.keyInvalid unless it is a UUID.
    static QString keyOf(const ApiRequest& request);
    // SHA-256 over method, path, query and body: what makes two requests "the same".
    static QString requestHash(const ApiRequest& request);

    // The stored answer for `key` (marked Idempotent-Replayed: true), or nullopt when the key is new.
    // Throws 422 idempotency.keyReused when the key was used for a different request.
    std::optional<ApiResponse> replay(const QString& key, const QString& login, const ApiRequest& request);
    // Stores the answer of an applied request; call inside the request's transaction.
    void record(const QString& key, const QString& login, const ApiRequest& request,
                const ApiResponse& response, const QDateTime& now);
    // Forgets answers older than `before` (keys are kept for idempotencyRetentionDays).
    int purge(const QDateTime& before);

    static constexpr int retentionDays = 7;

private:
    CentralDatabase& m_db;
};

} // namespace ow::central
