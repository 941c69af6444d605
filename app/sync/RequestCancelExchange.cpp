#include "RequestCancelExchange.h"

#include "SyncLogging.h"

#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

RequestCancelExchange::RequestCancelExchange(SyncContext& context, Database& db)
    : SyncExchange(context)
    , m_cancels(db)
{}

std::optional<qint64> RequestCancelExchange::wakeAt(qint64 now)
{
    if (isBusy())
        return std::nullopt;
    Result<std::optional<qint64>> next = m_cancels.nextDueAt();
    if (!next || !*next)
        return std::nullopt;
    return std::max({now, **next, m_context.scheduler().pausedUntil()});
}

void RequestCancelExchange::send(qint64 now)
{
    if (isBusy())
        return;
    Result<QList<RequestCancelStore::Cancel>> due = m_cancels.due(kBatch, now);
    if (!m_context.check(due, "listing request cancels"))
        return;
    for (const RequestCancelStore::Cancel& c : std::as_const(*due)) {
        // One key per cancel for life: a retry after a lost answer is answered the same.
        m_context.backend().cancelRequest(
            c.trackingCode, c.reason, u"cancel-"_s + c.requestId,
            replyHandler<QJsonObject>(
                [this, id = c.requestId](const ApiReply<QJsonObject>& reply, quint64 epoch) {
                    handleReply(id, reply, epoch);
                }));
    }
}

void RequestCancelExchange::handleReply(const QString& requestId,
                                        const ApiReply<QJsonObject>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    if (reply.ok()) {
        m_context.succeeded();
        m_context.check(m_cancels.markCancelled(requestId, now), "recording a cancel");
        // The next status poll reads the request as cancelled (final).
        m_context.check(m_context.progress().deferPolls({requestId}, now, now),
                        "polling a cancelled request");
        return;
    }
    const ApiError& error = reply.error();
    if (error.kind() == ApiError::Kind::Unauthorized) {
        m_context.needActivation(error, epoch);
    } else if (error.kind() == ApiError::Kind::Refused) {
        // Final: the municipality has started (request-work-started) or does not know the
        // request; the request stays as it is.
        qCInfo(lcSync) << "cancel refused:" << error.code();
        m_context.check(
            m_cancels.markRefused(requestId, error.problem().slug, error.messageFa(), now),
            "recording a refused cancel");
    } else {
        const qint64 resumeAt = m_context.backOff(error);
        m_context.check(m_cancels.retryAt(requestId, std::max(resumeAt, now), now),
                        "rescheduling a cancel");
    }
}

} // namespace pishkhan
