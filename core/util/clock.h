#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace spoke {

/// Where core reads the time, so scheduling, rate limits and idle lock can be tested
/// (KeePassXC's Clock is the model).
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current instant in UTC.
    virtual QDateTime nowUtc() const = 0;
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    /// One process-wide instance.
    static SystemClock &instance()
    {
        static SystemClock clock;
        return clock;
    }
};

/// A clock that only moves when told to; for tests and demos.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace spoke
