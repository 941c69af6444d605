#pragma once

#include "SyncExchange.h"

namespace pishkhan {

// POST /requests for one request: the clerk's send-now, and each item of a batch the backend
// refused as a whole. A refusal about the request moves it to needs-attention; anything
// retryable puts it back in the queue and backs the engine off; a 401 pauses the engine.
class SubmitSingleExchange final : public SyncExchange
{
public:
    using SyncExchange::SyncExchange;

    // The interactive path: send this queued request now, alone. Emits requestSent() with the
    // tracking code, or requestQueued() when it could not go out (it then drains later).
    void sendNow(const QString& requestId);
    void send(const OutboxEntry& entry, bool interactive);

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void handleReply(const OutboxEntry& entry, bool interactive,
                     const ApiReply<SubmitAnswer>& reply, quint64 epoch);
    // Emits from the event loop, after sendNow() returned, as an answer would.
    template<typename Fn>
    void later(Fn fn);
};

} // namespace pishkhan
