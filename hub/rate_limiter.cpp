#include "hub/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace spoke::hub {

namespace {

// Buckets that have refilled completely carry no state; drop them when the table grows.
constexpr qsizetype kPruneAbove = 20'000;

} // namespace

RateLimiter::RateLimiter(double rate, double burst)
    : m_rate(rate)
    , m_burst(std::max(1.0, burst))
{ }

bool RateLimiter::take(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    if (m_rate <= 0)
        return true;
    if (m_buckets.size() > kPruneAbove) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            if (it->tokens + double(nowMs - it->lastMs) / 1000.0 * m_rate >= m_burst)
                it = m_buckets.erase(it);
            else
                ++it;
        }
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(nowMs - b.lastMs) / 1000.0 * m_rate);
    b.lastMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
    return false;
}

} // namespace spoke::hub
