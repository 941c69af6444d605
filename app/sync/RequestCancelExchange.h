#pragma once

#include "SyncExchange.h"

#include "storage/RequestCancelStore.h"

namespace pishkhan {

// POST /requests/{tracking_code}/cancel: sends the cancels the counter queued (a handful a
// day) until each has the backend's final answer — cancelled, or refused because the
// municipality already started (the request then goes on; the clerk sees the reason).
// Network errors and 5xx back off and try again.
class RequestCancelExchange final : public SyncExchange
{
public:
    static constexpr int kBatch = 10;

    RequestCancelExchange(SyncContext& context, Database& db);

    void send(qint64 now);
    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void handleReply(const QString& requestId, const ApiReply<QJsonObject>& reply, quint64 epoch);

    RequestCancelStore m_cancels;
};

} // namespace pishkhan
