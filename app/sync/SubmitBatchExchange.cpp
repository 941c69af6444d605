#include "SubmitBatchExchange.h"

#include "OutboxRequestBody.h"
#include "SubmitSingleExchange.h"
#include "SyncLogging.h"

#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

SubmitBatchExchange::SubmitBatchExchange(SyncContext& context, SubmitSingleExchange& singles)
    : SyncExchange(context)
    , m_singles(singles)
{}

std::optional<qint64> SubmitBatchExchange::wakeAt(qint64)
{
    if (inFlight() >= m_context.config().maxBatchesInFlight)
        return std::nullopt;
    // A failed read only delays the wake to the idle look; the claim itself reports errors.
    if (auto due = m_context.outbox().nextDueAt(); due && due->has_value())
        return std::max(**due, m_context.scheduler().pausedUntil());
    return std::nullopt;
}

void SubmitBatchExchange::drain(qint64 now)
{
    while (inFlight() < m_context.config().maxBatchesInFlight) {
        Result<QList<OutboxEntry>> claimed =
            m_context.outbox().claimBatch(m_context.config().batchSize, now);
        if (!claimed) {
            m_context.check(claimed.error(), "claiming a batch");
            return;
        }
        if (claimed->isEmpty())
            return;
        send(*claimed);
    }
}

void SubmitBatchExchange::send(const QList<OutboxEntry>& entries)
{
    QList<QPair<QString, QJsonObject>> items;
    QList<OutboxEntry> sent;
    QList<OutboxResult> local;
    for (const OutboxEntry& e : entries) {
        Result<QJsonObject> body = OutboxRequestBody::build(e);
        if (!body) {
            local.append(OutboxResult::needsAttention(e.requestId, body.error().code(),
                                                      body.error().message(),
                                                      body.error().userMessage()));
            continue;
        }
        items.append({e.requestId, *body});
        sent.append(e);
    }
    if (!local.isEmpty())
        m_context.record(local, {});
    if (items.isEmpty())
        return;
    qCDebug(lcSync) << "sending a batch of" << items.size();
    m_context.backend().submitBatch(
        items,
        replyHandler<BatchAnswer>([this, sent](const ApiReply<BatchAnswer>& reply, quint64 epoch) {
            handleReply(sent, reply, epoch);
        }));
}

void SubmitBatchExchange::handleReply(const QList<OutboxEntry>& entries,
                                      const ApiReply<BatchAnswer>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    QList<OutboxResult> results;
    if (!reply.ok()) {
        const ApiError& e = reply.error();
        if (e.kind() == ApiError::Kind::Unauthorized) {
            for (const OutboxEntry& entry : entries)
                results.append(m_context.retryResult(entry, now, e));
            m_context.record(results, {});
            m_context.needActivation(e, epoch);
            return;
        }
        if (e.kind() == ApiError::Kind::Refused) {
            // The batch as a whole was refused (an envelope problem): send each on its own so
            // each gets its own answer, and one bad item cannot hold back the rest.
            qCInfo(lcSync).noquote() << "batch refused (" << e.code() << "); sending"
                                     << entries.size() << "request(s) one by one";
            for (const OutboxEntry& entry : entries)
                m_singles.send(entry, false);
            return;
        }
        const qint64 at = m_context.backOff(e);
        const QString fa = e.messageFa();
        for (const OutboxEntry& entry : entries) {
            OutboxResult r = m_context.retryResult(entry, at, e);
            r.errorMessageFa = fa;
            results.append(r);
        }
        m_context.record(results, {});
        return;
    }

    m_context.succeeded();
    QList<RequestProgressStore::Progress> progress;
    bool unauthorized = false;
    std::optional<qint64> retryAt;
    for (const BatchItemResult& item : reply->results) {
        const OutboxEntry& entry = entries.at(item.index);
        if (item.ok) {
            results.append(OutboxResult::accepted(entry.requestId, item.answer.trackingCode));
            progress.append(m_context.progressFor(entry.requestId, item.answer, now));
            continue;
        }
        const ApiProblem& p = item.problem;
        const QString code = u"api.problem."_s + p.slug;
        if (item.httpStatus == 401) {
            unauthorized = true;
            results.append(OutboxResult::retryLater(entry.requestId, now, code, p.title));
        } else if (item.httpStatus == 429 || item.httpStatus >= 500) {
            if (!retryAt)
                retryAt = now + m_context.scheduler().policy().delayMs(
                                    0, m_context.scheduler().draw(),
                                    p.retryAfterSeconds >= 0 ? p.retryAfterSeconds * 1000 : -1);
            results.append(OutboxResult::retryLater(entry.requestId, *retryAt, code, p.title));
        } else {
            qCInfo(lcSync).noquote() << "request" << entry.requestId << "refused:" << p.slug;
            results.append(OutboxResult::needsAttention(entry.requestId, code, p.title, p.titleFa));
        }
    }
    m_context.record(results, progress);
    if (unauthorized)
        m_context.needActivation(
            ApiError(ApiError::Kind::Unauthorized,
                     Error(u"api.unauthorized"_s,
                           QT_TRANSLATE_NOOP("Error", "The backend no longer accepts "
                                                      "this counter; activate it "
                                                      "again."))),
            epoch);
}

} // namespace pishkhan
