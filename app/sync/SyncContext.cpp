#include "SyncContext.h"

#include "SyncEngine.h"
#include "SyncLogging.h"

#include "security/Clock.h"

#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

SyncContext::SyncContext(SyncEngine& engine, Database& db, SyncBackend& backend, const Clock& clock,
                         const SyncConfig& config, UniformRandom random)
    : m_engine(engine)
    , m_backend(backend)
    , m_clock(clock)
    , m_config(config)
    , m_scheduler(clock, std::move(random))
    , m_outbox(db)
    , m_progress(db)
    , m_state(db)
    , m_catalogue(db)
{}

qint64 SyncContext::now() const
{
    return m_clock.nowMs();
}

void SyncContext::setHooks(std::function<void()> refreshSnapshot, std::function<void()> schedule)
{
    m_refreshSnapshot = std::move(refreshSnapshot);
    m_schedule = std::move(schedule);
}

void SyncContext::settle()
{
    m_refreshSnapshot();
    m_schedule();
}

bool SyncContext::check(const Status& status, const char* what)
{
    if (status) {
        if (m_scheduler.storageFailures() > 0) {
            m_scheduler.storageRecovered();
            m_snapshot.lastStorageError.clear();
        }
        return true;
    }
    const qint64 resumeAt = m_scheduler.backOffStorage();
    qCWarning(lcSync).noquote() << what << "failed:" << status.error().code()
                                << status.error().message() << "- next try in" << resumeAt - now()
                                << "ms";
    // A batch whose answer could not be recorded leaves its rows in "sending". Once nothing is
    // in flight they go back to the queue and are sent again under the same idempotency keys,
    // so the backend answers with its first answer: nothing is lost or doubled.
    m_needsRecovery = true;
    setLastError(status.error().code(), status.error().message());
    m_snapshot.lastStorageError = status.error().message();
    // Published at once: the next successful write clears it, possibly before the snapshot
    // would otherwise change.
    emit m_engine.stateChanged(m_snapshot);
    emit m_engine.storageError(status.error().message());
    return false;
}

qint64 SyncContext::backOff(const ApiError& error)
{
    const qint64 t = now();
    const qint64 at = m_scheduler.backOff(error.retryAfterMs());
    setLink(error.kind() == ApiError::Kind::Transport ? SyncSnapshot::Connectivity::Offline
                                                      : SyncSnapshot::Connectivity::Online);
    setLastError(error.code(), error.messageFa());
    check(m_state.recordFailure(t, error.code(), error.messageEn()), "recording a failure");
    qCInfo(lcSync).noquote() << "exchange failed:" << error.code() << "- next try in" << at - t
                             << "ms (failure" << m_scheduler.consecutiveFailures() << ")";
    return at;
}

void SyncContext::succeeded()
{
    const qint64 t = now();
    const bool recovering = m_scheduler.succeeded();
    setLink(SyncSnapshot::Connectivity::Online);
    m_snapshot.lastSuccessAt = t;
    setLastError({}, {});
    check(m_state.recordSuccess(t), "recording a success");
    // The backend answers again: what waited for it may go now. The jitter already spread this
    // counter's return; this only stops the rest of its queue from idling.
    if (recovering) {
        Result<int> due = m_outbox.makeDue(t);
        check(due, "making waiting requests due");
    }
}

void SyncContext::needActivation(const ApiError& error, quint64 epoch)
{
    if (!m_scheduler.isCurrentEpoch(epoch))
        return; // sent with the old credentials, before the re-activation
    setLastError(error.code(), error.messageFa());
    check(m_state.recordFailure(now(), error.code(), error.messageEn()), "recording a failure");
    if (m_scheduler.needsActivation())
        return;
    m_scheduler.setNeedsActivation();
    qCWarning(lcSync) << "the backend refused this device (401): sync paused until re-activation";
    refreshSnapshot();
    emit m_engine.activationRequired();
}

void SyncContext::setLastError(const QString& code, const QString& message)
{
    m_snapshot.lastErrorCode = code;
    m_snapshot.lastErrorMessage = message;
}

void SyncContext::record(const QList<OutboxResult>& results,
                         const QList<RequestProgressStore::Progress>& progress,
                         const QHash<QString, bool>& interactive)
{
    Result<QList<OutboxResult>> recorded = m_outbox.recordResults(results, now(), progress);
    if (!check(recorded, "recording results"))
        return;
    for (const OutboxResult& r : *recorded) {
        const bool wasInteractive =
            interactive.value(r.requestId, false) || m_waitingInteractive.remove(r.requestId);
        switch (r.event) {
        case OutboxEvent::Accept:
            emit m_engine.requestAccepted(r.requestId, r.trackingCode);
            if (wasInteractive)
                emit m_engine.requestSent(r.requestId, r.trackingCode);
            break;
        case OutboxEvent::FlagNeedsAttention:
        case OutboxEvent::Reject:
            emit m_engine.requestNeedsAttention(r.requestId, r.errorMessageFa);
            break;
        case OutboxEvent::RetryLater:
            if (wasInteractive)
                emit m_engine.requestQueued(
                    r.requestId, r.errorMessageFa.isEmpty() ? r.errorMessage : r.errorMessageFa);
            break;
        default:
            break;
        }
    }
}

OutboxResult SyncContext::retryResult(const OutboxEntry& entry, qint64 at,
                                      const ApiError& error) const
{
    return OutboxResult::retryLater(entry.requestId, at, error.code(), error.messageEn());
}

qint64 SyncContext::pollDelay(qint64 serverNow, qint64 serverNext) const
{
    qint64 delay = m_config.minPollDelayMs;
    if (serverNext > 0 && serverNow > 0)
        delay = serverNext - serverNow;
    else if (serverNext <= 0)
        delay = std::max<qint64>(m_config.minPollDelayMs, 60'000);
    return std::clamp(delay, m_config.minPollDelayMs, m_config.maxPollDelayMs);
}

RequestProgressStore::Progress SyncContext::progressFor(const QString& requestId,
                                                        const SubmitAnswer& a, qint64 now) const
{
    RequestProgressStore::Progress p;
    p.requestId = requestId;
    p.trackingCode = a.trackingCode;
    p.status = a.status;
    p.isFinal = a.status == u"done"_s || a.status == u"rejected"_s || a.status == u"cancelled"_s;
    // A replayed answer (200) carries the first answer's times; only a fresh one tells how far
    // the next update is.
    const qint64 reference = a.httpStatus == 201 ? a.receivedAtMs : a.nextUpdateAtMs;
    p.nextPollAt = p.isFinal ? 0 : now + pollDelay(reference, a.nextUpdateAtMs);
    return p;
}

} // namespace pishkhan
