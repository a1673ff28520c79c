#pragma once

#include <QHash>
#include <QString>

namespace spoke::hub {

/// Token buckets per key (a device, or an address for enrollment): `rate` requests per
/// second on average, bursts up to `burst`. In memory: a restarted hub starts afresh.
class RateLimiter
{
public:
    RateLimiter(double rate, double burst);

    /// Takes one token for key at nowMs (a monotonic clock). When none is left returns false
    /// and sets *retryAfterSeconds (at least 1) to when one will be.
    [[nodiscard]] bool take(const QString &key, qint64 nowMs, int *retryAfterSeconds);
    [[nodiscard]] bool enabled() const { return m_rate > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };

    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace spoke::hub
