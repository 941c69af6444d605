#include "DayCloseUploadExchange.h"

#include "DayCloseSource.h"

#include <algorithm>

namespace pishkhan {

void DayCloseUploadExchange::addSource(DayCloseSource* source)
{
    if (source && !m_sources.contains(source))
        m_sources.append(source);
}

void DayCloseUploadExchange::removeSource(DayCloseSource* source)
{
    m_sources.removeAll(source);
}

std::optional<qint64> DayCloseUploadExchange::wakeAt(qint64 now)
{
    if (m_sources.isEmpty() || isBusy())
        return std::nullopt;
    return std::max(now + kLookMs, m_context.scheduler().pausedUntil());
}

void DayCloseUploadExchange::upload(qint64 now)
{
    if (isBusy() || m_sources.isEmpty())
        return;
    for (DayCloseSource* source : std::as_const(m_sources)) {
        Result<QList<DayCloseSource::Pending>> pending =
            source->pendingDayCloses(m_context.config().dayCloseBatch, now);
        if (!pending) {
            m_context.check(pending.error(), "listing day closes");
            continue;
        }
        if (pending->isEmpty())
            continue;
        const DayCloseSource::Pending item = pending->first();
        m_context.backend().uploadDayClose(
            item.document, item.signature, item.idempotencyKey,
            replyHandler<DayCloseAck>(
                [this, source, id = item.id](const ApiReply<DayCloseAck>& reply, quint64 epoch) {
                    handleReply(source, id, reply, epoch);
                }));
        return; // one at a time: a handful a day
    }
}

void DayCloseUploadExchange::handleReply(DayCloseSource* source, const QString& id,
                                         const ApiReply<DayCloseAck>& reply, quint64 epoch)
{
    if (!m_sources.contains(source))
        return; // removed while the upload was in flight
    const qint64 now = m_context.now();
    if (reply.ok()) {
        m_context.succeeded();
        m_context.check(source->dayCloseAcknowledged(id, *reply, now),
                        "recording a day-close acknowledgement");
    } else if (reply.error().kind() == ApiError::Kind::Unauthorized) {
        m_context.needActivation(reply.error(), epoch);
    } else if (reply.error().kind() == ApiError::Kind::Refused) {
        m_context.check(source->dayCloseRefused(id, reply.error(), now),
                        "recording a day-close refusal");
    } else {
        m_context.backOff(reply.error());
    }
}

} // namespace pishkhan
