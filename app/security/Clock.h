#pragma once

#include <QtGlobal>

namespace pishkhan {

// Where "now" comes from (UTC epoch milliseconds, like every time in the store). Services take
// a Clock so tests can drive lockouts, idle locks and retention with a ManualClock instead of
// sleeping (KeePassXC's habit).
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
};

// The system clock.
class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
    // One shared instance for code that has no clock injected.
    [[nodiscard]] static const SystemClock& instance();
};

} // namespace pishkhan
