#include "sync/Backoff.h"

#include <algorithm>
#include <cmath>

namespace ow {

Backoff::Backoff(BackoffPolicy policy, QRandomGenerator* random)
    : m_policy(policy)
    , m_random(random)
{}

std::chrono::milliseconds Backoff::delay(int attempt, int retryAfterSeconds) const
{
    const double cap = static_cast<double>(m_policy.cap.count());
    const double exponent = std::max(0, std::min(attempt, 64) - 1);
    const double base = std::min(cap, static_cast<double>(m_policy.initial.count()) *
                                          std::pow(std::max(1.0, m_policy.factor), exponent));
    const double jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    const double waited = base * (1.0 - jitter * m_random->generateDouble());
    const auto delay = std::chrono::milliseconds(static_cast<qint64>(std::llround(waited)));
    if (retryAfterSeconds < 0)
        return delay;
    return std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(retryAfterSeconds));
}

} // namespace ow
