#pragma once

#include "Clock.h"

namespace pishkhan {

// A clock that moves only when told to: for tests of lockout expiry, idle locks and retention.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000) // 2026-01-01T00:00:00Z
        : m_now(startMs)
    {}
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }
    void advanceSeconds(qint64 s) { m_now += s * 1000; }

private:
    qint64 m_now;
};

} // namespace pishkhan
