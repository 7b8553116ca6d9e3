#pragma once

// Clock: the seam through which the domain asks for "now", so tests can fix the date and time.

#include <QDateTime>

namespace ow {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

// The wall clock of the machine, in local time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that shows a set time until told otherwise; for tests and benchmarks.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace ow
