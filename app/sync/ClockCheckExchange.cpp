#include "ClockCheckExchange.h"

#include "SyncEngine.h"
#include "SyncLogging.h"

namespace pishkhan {

std::optional<qint64> ClockCheckExchange::wakeAt(qint64)
{
    if (isBusy())
        return std::nullopt;
    return m_nextAt;
}

void ClockCheckExchange::check()
{
    if (isBusy())
        return;
    const qint64 sentAt = m_context.now();
    m_context.backend().serverTime(
        replyHandler<ServerTime>([this, sentAt](const ApiReply<ServerTime>& reply, quint64) {
            handleReply(sentAt, reply);
        }));
}

void ClockCheckExchange::handleReply(qint64 sentAt, const ApiReply<ServerTime>& reply)
{
    const qint64 now = m_context.now();
    if (!reply.ok()) {
        m_nextAt = now + kRetryMs;
        return;
    }
    // The server read its clock about half way through the exchange.
    const qint64 skew = reply->epochMs - (sentAt + now) / 2;
    const SyncConfig& config = m_context.config();
    m_nextAt = now + config.clockCheckIntervalMs;
    SyncSnapshot& snapshot = m_context.snapshot();
    snapshot.clockSkewMs = skew;
    snapshot.clockSkewWarning = qAbs(skew) > config.skewWarningMs;
    m_context.check(m_context.state().recordSkew(skew, now), "recording the clock skew");
    if (snapshot.clockSkewWarning) {
        qCWarning(lcSync) << "this PC's clock differs from the backend's by" << skew / 1000 << "s";
        emit m_context.engine().clockSkewWarning(skew);
    }
}

} // namespace pishkhan
