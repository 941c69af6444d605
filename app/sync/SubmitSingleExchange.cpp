#include "SubmitSingleExchange.h"

#include "OutboxRequestBody.h"
#include "SyncEngine.h"
#include "SyncLogging.h"

#include <QCoreApplication>

namespace pishkhan {

template<typename Fn>
void SubmitSingleExchange::later(Fn fn)
{
    QMetaObject::invokeMethod(&m_context.engine(), std::move(fn), Qt::QueuedConnection);
}

std::optional<qint64> SubmitSingleExchange::wakeAt(qint64)
{
    return std::nullopt; // driven by sendNow() and by batch refusals, never by the timer
}

void SubmitSingleExchange::sendNow(const QString& requestId)
{
    SyncEngine* engine = &m_context.engine();
    const SyncScheduler& scheduler = m_context.scheduler();
    if (!scheduler.isRunning() || scheduler.needsActivation()) {
        const QString why = scheduler.needsActivation()
                                ? QCoreApplication::translate("Error", "This counter must be "
                                                                       "activated again.")
                                : QCoreApplication::translate("Error", "Sync is not running.");
        later([engine, requestId, why] { emit engine->requestQueued(requestId, why); });
        return;
    }
    Result<std::optional<OutboxEntry>> claimed =
        m_context.outbox().claim(requestId, m_context.now());
    if (!claimed) {
        m_context.check(claimed.error(), "claiming a request");
        const QString why = claimed.error().userMessage();
        later([engine, requestId, why] { emit engine->requestQueued(requestId, why); });
        return;
    }
    if (claimed->has_value()) {
        send(**claimed, true);
        m_context.refreshSnapshot();
        return;
    }
    // Not queued: a drain carries it, it is already accepted, or it needs attention.
    Result<std::optional<OutboxEntry>> found = m_context.outbox().find(requestId);
    if (!found || !found->has_value()) {
        later([engine, requestId] {
            emit engine->requestQueued(requestId,
                                       QCoreApplication::translate("Error", "The request was not "
                                                                            "found in the "
                                                                            "outbox."));
        });
        return;
    }
    const OutboxEntry e = **found;
    switch (e.state) {
    case OutboxState::Accepted:
        later([engine, e] { emit engine->requestSent(e.requestId, e.trackingCode); });
        break;
    case OutboxState::Sending:
        m_context.waitForInteractive(requestId);
        break;
    case OutboxState::NeedsAttention:
    case OutboxState::Rejected:
    case OutboxState::Withdrawn:
        later(
            [engine, e] { emit engine->requestNeedsAttention(e.requestId, e.lastErrorMessageFa); });
        break;
    case OutboxState::Queued:
        later([engine, requestId] { emit engine->requestQueued(requestId, QString()); });
        break;
    }
}

void SubmitSingleExchange::send(const OutboxEntry& entry, bool interactive)
{
    Result<QJsonObject> body = OutboxRequestBody::build(entry);
    if (!body) {
        m_context.record(
            {OutboxResult::needsAttention(entry.requestId, body.error().code(),
                                          body.error().message(), body.error().userMessage())},
            {});
        emit m_context.engine().requestNeedsAttention(entry.requestId, body.error().userMessage());
        return;
    }
    m_context.backend().submit(
        entry.requestId, *body,
        replyHandler<SubmitAnswer>(
            [this, entry, interactive](const ApiReply<SubmitAnswer>& reply, quint64 epoch) {
                handleReply(entry, interactive, reply, epoch);
            }),
        interactive ? m_context.config().interactiveTimeoutMs : 0);
}

void SubmitSingleExchange::handleReply(const OutboxEntry& entry, bool interactive,
                                       const ApiReply<SubmitAnswer>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    const QHash<QString, bool> flags{{entry.requestId, interactive}};
    if (reply.ok()) {
        m_context.succeeded();
        m_context.record({OutboxResult::accepted(entry.requestId, reply->trackingCode)},
                         {m_context.progressFor(entry.requestId, *reply, now)}, flags);
        return;
    }
    const ApiError& e = reply.error();
    switch (e.kind()) {
    case ApiError::Kind::Unauthorized: {
        OutboxResult r = m_context.retryResult(entry, now, e);
        r.errorMessageFa = e.messageFa();
        m_context.record({r}, {}, flags);
        m_context.needActivation(e, epoch);
        return;
    }
    case ApiError::Kind::Refused:
        qCInfo(lcSync).noquote() << "request" << entry.requestId << "refused:" << e.code();
        m_context.record(
            {OutboxResult::needsAttention(entry.requestId, e.code(), e.messageEn(), e.messageFa())},
            {}, flags);
        return;
    default: {
        const qint64 at = m_context.backOff(e);
        OutboxResult r = m_context.retryResult(entry, at, e);
        r.errorMessageFa = e.messageFa();
        m_context.record({r}, {}, flags);
        return;
    }
    }
}

} // namespace pishkhan
