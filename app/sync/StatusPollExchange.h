#pragma once

#include "SyncExchange.h"

namespace pishkhan {

// GET /requests/status: polls accepted requests until their status is final, keeping history
// and result. One poll in flight at a time; a failed poll defers the polled requests (and
// pauses polling) rather than backing off the whole engine.
class StatusPollExchange final : public SyncExchange
{
public:
    using SyncExchange::SyncExchange;

    void poll(qint64 now);
    // Every pending poll becomes due now, and polling is no longer paused.
    void pollNow(qint64 now);
    [[nodiscard]] bool isPaused(qint64 now) const { return now < m_pausedUntil; }
    void clearPause() { m_pausedUntil = 0; }

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    // A final status the engine announces once it is recorded.
    struct FinalStatus
    {
        QString requestId;
        QString status;
    };

    void handleReply(const QList<RequestProgressStore::PollTarget>& targets,
                     const ApiReply<StatusAnswer>& reply, quint64 epoch);

    qint64 m_pausedUntil = 0;
};

} // namespace pishkhan
