#pragma once

#include "SyncExchange.h"

namespace pishkhan {

// GET /time: measures how far this PC's clock is from the backend's, every
// SyncConfig::clockCheckIntervalMs, and warns above SyncConfig::skewWarningMs. Runs even while
// the engine waits for re-activation (the endpoint needs no credentials).
class ClockCheckExchange final : public SyncExchange
{
public:
    // After a failure, measure again no sooner than this.
    static constexpr qint64 kRetryMs = 60'000;

    using SyncExchange::SyncExchange;

    void check();
    [[nodiscard]] bool isDue(qint64 now) const { return now >= m_nextAt; }
    void dueAt(qint64 at) { m_nextAt = at; }

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void handleReply(qint64 sentAt, const ApiReply<ServerTime>& reply);

    qint64 m_nextAt = 0;
};

} // namespace pishkhan
