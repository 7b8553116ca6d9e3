#pragma once

// Backoff: how long to wait before the next attempt of a failed operation: exponential, with jitter,
// capped, and never shorter than the server's Retry-After.

#include <QRandomGenerator>
#include <chrono>

namespace ow {

struct BackoffPolicy
{
    std::chrono::milliseconds initial{2000}; // the first retry waits about this long
    std::chrono::milliseconds cap{std::chrono::minutes(10)};
    double factor = 2.0;
    double jitter = 0.5; // share of the delay drawn at random: delay * (1 - jitter * u), u in [0, 1)
};

class Backoff
{
public:
    // random must outlive the Backoff (production: QRandomGenerator::global(); tests: a seeded one).
    explicit Backoff(BackoffPolicy policy = {}, QRandomGenerator* random = QRandomGenerator::global());

    // The wait after the attempt-th failure (1 = the first); retryAfterSeconds < 0 when not given.
    std::chrono::milliseconds delay(int attempt, int retryAfterSeconds = -1) const;
    const BackoffPolicy& policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    QRandomGenerator* m_random;
};

} // namespace ow
