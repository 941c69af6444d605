#pragma once

#include "SyncExchange.h"

namespace pishkhan {

class SubmitSingleExchange;

// POST /requests/batch: drains the queue, up to SyncConfig::maxBatchesInFlight batches at a
// time, each item under its own request id as idempotency key on every retry and regrouping.
// A whole-batch refusal is split into single submits so one bad item cannot hold back the
// others; an item's 429/5xx waits for a jittered retry, its other 4xx needs attention.
class SubmitBatchExchange final : public SyncExchange
{
public:
    SubmitBatchExchange(SyncContext& context, SubmitSingleExchange& singles);

    // Claims and sends due queued requests while batches may still go out.
    void drain(qint64 now);

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void send(const QList<OutboxEntry>& entries);
    void handleReply(const QList<OutboxEntry>& entries, const ApiReply<BatchAnswer>& reply,
                     quint64 epoch);

    SubmitSingleExchange& m_singles;
};

} // namespace pishkhan
