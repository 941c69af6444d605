#include "StatusPollExchange.h"

#include "SyncEngine.h"

#include <algorithm>

namespace pishkhan {

std::optional<qint64> StatusPollExchange::wakeAt(qint64)
{
    if (isBusy())
        return std::nullopt;
    // A failed read only delays the wake to the idle look; the poll itself reports errors.
    if (auto next = m_context.progress().nextPollAt(); next && next->has_value())
        return std::max({**next, m_pausedUntil, m_context.scheduler().pausedUntil()});
    return std::nullopt;
}

void StatusPollExchange::pollNow(qint64 now)
{
    Result<QList<RequestProgressStore::PollTarget>> targets =
        m_context.progress().duePolls(1000, now + m_context.config().maxPollDelayMs * 1000);
    if (m_context.check(targets, "listing polls")) {
        QStringList ids;
        for (const auto& t : *targets)
            ids.append(t.requestId);
        m_context.check(m_context.progress().deferPolls(ids, now, now), "making polls due");
    }
    m_pausedUntil = 0;
}

void StatusPollExchange::poll(qint64 now)
{
    if (isBusy())
        return;
    Result<QList<RequestProgressStore::PollTarget>> targets =
        m_context.progress().duePolls(m_context.config().statusBatchSize, now);
    if (!targets) {
        m_context.check(targets.error(), "listing polls");
        return;
    }
    if (targets->isEmpty())
        return;
    QStringList keys;
    for (const auto& t : *targets)
        keys.append(t.requestId);
    const QList<RequestProgressStore::PollTarget> list = *targets;
    m_context.backend().status(
        keys, {},
        replyHandler<StatusAnswer>(
            [this, list](const ApiReply<StatusAnswer>& reply, quint64 epoch) {
                handleReply(list, reply, epoch);
            }));
}

void StatusPollExchange::handleReply(const QList<RequestProgressStore::PollTarget>& targets,
                                     const ApiReply<StatusAnswer>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    const SyncConfig& config = m_context.config();
    QStringList ids;
    for (const auto& t : targets)
        ids.append(t.requestId);
    if (!reply.ok()) {
        const ApiError& e = reply.error();
        if (e.kind() == ApiError::Kind::Unauthorized) {
            m_context.needActivation(e, epoch);
            return;
        }
        const qint64 at =
            now + std::max<qint64>(config.minPollDelayMs, m_context.scheduler().policy().delayMs(
                                                              3, m_context.scheduler().draw()));
        m_pausedUntil = at;
        m_context.check(m_context.progress().deferPolls(ids, at, now), "deferring polls");
        return;
    }
    QHash<QString, RequestProgressStore::PollTarget> byId;
    for (const auto& t : targets)
        byId.insert(t.requestId, t);
    QList<RequestProgressStore::Progress> progress;
    QList<FinalStatus> finals;
    for (const RequestStatus& rs : reply->requests) {
        if (!byId.contains(rs.idempotencyKey))
            continue;
        RequestProgressStore::Progress p;
        p.requestId = rs.idempotencyKey;
        p.trackingCode = rs.trackingCode;
        p.status = rs.status;
        p.isFinal = rs.isFinal;
        p.nextPollAt = rs.isFinal ? 0 : now + m_context.pollDelay(reply->asOfMs, rs.nextUpdateAtMs);
        for (const StatusEvent& ev : rs.history)
            p.history.append({ev.status, ev.atMs, ev.noteFa, ev.noteEn});
        p.resultJson = rs.resultJson.isEmpty() ? QString() : QString::fromUtf8(rs.resultJson);
        p.rejectionCode = rs.rejectionCode;
        p.rejectionFa = rs.rejectionFa;
        p.rejectionEn = rs.rejectionEn;
        progress.append(p);
        byId.remove(rs.idempotencyKey);
        if (rs.isFinal)
            finals.append({p.requestId, p.status});
    }
    if (!m_context.check(m_context.progress().recordProgress(progress, now), "recording statuses"))
        return;
    if (!byId.isEmpty()) // unknown to the backend: look again much later, never spin
        m_context.check(
            m_context.progress().deferPolls(byId.keys(), now + config.maxPollDelayMs, now),
            "deferring unknown polls");
    for (const FinalStatus& f : finals)
        emit m_context.engine().requestFinal(f.requestId, f.status);
}

} // namespace pishkhan
