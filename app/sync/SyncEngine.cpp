#include "SyncEngine.h"

#include "CatalogueCache.h"
#include "DayCloseSource.h"
#include "OutboxRequestBody.h"
#include "SyncLogging.h"
#include "SyncStateStore.h"

#include "net/ApiClient.h"
#include "security/Clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Never wait longer than this between looks at the queue: consent expiry and an injected
// clock that jumps are noticed within it.
constexpr qint64 kMaxIdleWaitMs = 30'000;
// After a storage error, how soon to try returning unrecorded rows to the queue.
constexpr qint64 kRecoveryRetryMs = 2'000;
constexpr qint64 kUploadLookMs = 60'000;
constexpr qint64 kRetryLocalMs = 60'000;

QString slugOrCode(const ApiError& e)
{
    return e.code();
}

} // namespace

SyncEngine::SyncEngine(Database& db, ApiClient& api, const Clock& clock, UniformRandom random,
                       QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_api(api)
    , m_clock(clock)
    , m_random(std::move(random))
    , m_outbox(std::make_unique<OutboxStore>(db))
    , m_progress(std::make_unique<RequestProgressStore>(db))
    , m_state(std::make_unique<SyncStateStore>(db))
    , m_catalogue(std::make_unique<CatalogueCache>(db))
{
    qRegisterMetaType<pishkhan::SyncSnapshot>();
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::tick);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setConfig(const SyncConfig& config)
{
    m_config = config;
    setBatchSize(config.batchSize);
}

void SyncEngine::setBatchSize(int size)
{
    m_config.batchSize = std::clamp(size, 1, 100);
}

void SyncEngine::addDayCloseSource(DayCloseSource* source)
{
    if (source && !m_dayCloseSources.contains(source))
        m_dayCloseSources.append(source);
}

void SyncEngine::removeDayCloseSource(DayCloseSource* source)
{
    m_dayCloseSources.removeAll(source);
}

bool SyncEngine::check(const Status& status, const char* what)
{
    if (status)
        return true;
    qCWarning(lcSync).noquote() << what << "failed:" << status.error().code()
                                << status.error().message();
    // A batch whose answer could not be recorded leaves its rows in "sending". Once nothing is
    // in flight they go back to the queue and are sent again under the same idempotency keys,
    // so the backend answers with its first answer: nothing is lost or doubled.
    m_needsRecovery = true;
    setLastError(status.error().code(), status.error().message());
    emit storageError(status.error().message());
    return false;
}

Status SyncEngine::start()
{
    const qint64 now = m_clock.nowMs();
    Result<int> recovered = m_outbox->recoverAfterCrash(now);
    if (!recovered)
        return recovered.error();
    if (*recovered > 0)
        qCInfo(lcSync) << *recovered << "request(s) left in sending by a crash are queued again";
    Result<int> tracked = m_progress->trackAccepted(now);
    if (!tracked)
        return tracked.error();
    Result<SyncStateStore::State> state = m_state->load();
    if (!state)
        return state.error();
    m_snapshot.lastSuccessAt = state->lastSuccessAt;
    m_snapshot.lastErrorCode = state->lastErrorCode;
    m_snapshot.lastErrorMessage = state->lastErrorMessage;
    m_snapshot.clockSkewMs = state->clockSkewMs;
    m_snapshot.clockSkewWarning = qAbs(state->clockSkewMs) > m_config.skewWarningMs;
    if (auto cached = m_catalogue->current(); cached && cached->has_value())
        m_snapshot.catalogueVersion = (*cached)->version;
    m_running = true;
    m_link = SyncSnapshot::Connectivity::Unknown;
    m_nextCatalogueAt = now;
    m_nextClockCheckAt = now;
    refreshSnapshot();
    m_timer.start(0);
    return {};
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
    refreshSnapshot();
}

bool SyncEngine::isDrained() const
{
    return m_snapshot.queueDepth == 0 && m_batchesInFlight == 0 && m_singlesInFlight == 0;
}

void SyncEngine::syncNow()
{
    const qint64 now = m_clock.nowMs();
    m_pausedUntil = 0;
    m_pollsPausedUntil = 0;
    (void)m_outbox->makeDue(now);
    if (m_running)
        m_timer.start(0);
}

void SyncEngine::pollNow()
{
    const qint64 now = m_clock.nowMs();
    auto targets = m_progress->duePolls(1000, now + m_config.maxPollDelayMs * 1000);
    if (targets) {
        QStringList ids;
        for (const auto& t : *targets)
            ids.append(t.requestId);
        (void)m_progress->deferPolls(ids, now, now);
    }
    m_pollsPausedUntil = 0;
    if (m_running)
        m_timer.start(0);
}

void SyncEngine::resumeAfterActivation()
{
    ++m_authEpoch;
    m_replyEpoch = m_authEpoch;
    m_needsActivation = false;
    m_consecutiveFailures = 0;
    m_pausedUntil = 0;
    m_link = SyncSnapshot::Connectivity::Unknown;
    (void)m_outbox->makeDue(m_clock.nowMs());
    refreshSnapshot();
    if (m_running)
        m_timer.start(0);
}

void SyncEngine::tick()
{
    if (!m_running || m_inTick)
        return;
    m_inTick = true;
    const qint64 now = m_clock.nowMs();
    if (Result<int> expired = m_outbox->expireConsents(now); !expired)
        check(expired.error(), "expiring consents");
    else if (*expired > 0)
        qCInfo(lcSync) << *expired << "queued request(s) moved to needs-attention: consent expired";
    if (m_needsRecovery && m_batchesInFlight == 0 && m_singlesInFlight == 0) {
        if (Result<int> back = m_outbox->recoverAfterCrash(now); back) {
            m_needsRecovery = false;
            qCInfo(lcSync) << *back << "request(s) whose answer was not recorded are queued again";
        }
    }
    if (!m_needsActivation) {
        if (now >= m_pausedUntil) {
            drainQueue(now);
            uploadDayCloses(now);
        }
        if (now >= m_pausedUntil && now >= m_pollsPausedUntil)
            pollStatuses(now);
        if (now >= m_nextCatalogueAt)
            refreshCatalogue();
    }
    if (now >= m_nextClockCheckAt)
        checkClock();
    refreshSnapshot();
    m_inTick = false;
    schedule();
}

void SyncEngine::schedule()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nowMs();
    qint64 next = now + kMaxIdleWaitMs;
    auto consider = [&](qint64 at) { next = std::min(next, std::max(at, now)); };
    if (!m_needsActivation) {
        if (m_batchesInFlight < m_config.maxBatchesInFlight) {
            if (auto due = m_outbox->nextDueAt(); due && due->has_value())
                consider(std::max(**due, m_pausedUntil));
        }
        if (!m_pollInFlight) {
            if (auto poll = m_progress->nextPollAt(); poll && poll->has_value())
                consider(std::max({**poll, m_pollsPausedUntil, m_pausedUntil}));
        }
        if (!m_catalogueInFlight)
            consider(m_nextCatalogueAt);
        if (!m_dayCloseSources.isEmpty() && !m_uploadInFlight)
            consider(std::max(now + kUploadLookMs, m_pausedUntil));
    }
    if (!m_clockInFlight)
        consider(m_nextClockCheckAt);
    if (m_needsRecovery)
        consider(now + kRecoveryRetryMs);
    m_timer.start(int(std::clamp<qint64>(next - now, 0, kMaxIdleWaitMs)));
}

void SyncEngine::drainQueue(qint64 now)
{
    while (m_batchesInFlight < m_config.maxBatchesInFlight) {
        Result<QList<OutboxEntry>> claimed = m_outbox->claimBatch(m_config.batchSize, now);
        if (!claimed) {
            check(claimed.error(), "claiming a batch");
            return;
        }
        if (claimed->isEmpty())
            return;
        sendBatch(std::move(*claimed));
    }
}

void SyncEngine::sendBatch(QList<OutboxEntry> entries)
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
        record(local, {});
    if (items.isEmpty())
        return;
    ++m_batchesInFlight;
    qCDebug(lcSync) << "sending a batch of" << items.size();
    QPointer<SyncEngine> self(this);
    const quint64 epoch = m_authEpoch;
    m_api.submitBatch(items, [self, epoch, sent](ApiReply<BatchAnswer> reply) {
        if (!self)
            return;
        self->m_replyEpoch = epoch;
        --self->m_batchesInFlight;
        self->onBatchReply(sent, reply);
        self->refreshSnapshot();
        self->schedule();
    });
}

void SyncEngine::sendSingle(const OutboxEntry& entry, bool interactive)
{
    Result<QJsonObject> body = OutboxRequestBody::build(entry);
    if (!body) {
        record({OutboxResult::needsAttention(entry.requestId, body.error().code(),
                                             body.error().message(), body.error().userMessage())},
               {});
        emit requestNeedsAttention(entry.requestId, body.error().userMessage());
        return;
    }
    ++m_singlesInFlight;
    QPointer<SyncEngine> self(this);
    const quint64 epoch = m_authEpoch;
    m_api.submit(
        entry.requestId, *body,
        [self, epoch, entry, interactive](ApiReply<SubmitAnswer> reply) {
            if (!self)
                return;
            self->m_replyEpoch = epoch;
            --self->m_singlesInFlight;
            self->onSingleReply(entry, interactive, reply);
            self->refreshSnapshot();
            self->schedule();
        },
        interactive ? m_config.interactiveTimeoutMs : 0);
}

OutboxResult SyncEngine::retryResult(const OutboxEntry& entry, qint64 at,
                                     const ApiError& error) const
{
    return OutboxResult::retryLater(entry.requestId, at, slugOrCode(error), error.messageEn());
}

qint64 SyncEngine::pollDelay(qint64 serverNow, qint64 serverNext) const
{
    qint64 delay = m_config.minPollDelayMs;
    if (serverNext > 0 && serverNow > 0)
        delay = serverNext - serverNow;
    else if (serverNext <= 0)
        delay = std::max<qint64>(m_config.minPollDelayMs, 60'000);
    return std::clamp(delay, m_config.minPollDelayMs, m_config.maxPollDelayMs);
}

OutboxStore::Progress SyncEngine::progressFor(const QString& requestId, const SubmitAnswer& a,
                                              qint64 now) const
{
    OutboxStore::Progress p;
    p.requestId = requestId;
    p.trackingCode = a.trackingCode;
    p.status = a.status;
    p.isFinal = a.status == u"done"_s || a.status == u"rejected"_s;
    // A replayed answer (200) carries the first answer's times; only a fresh one tells how far
    // the next update is.
    const qint64 reference = a.httpStatus == 201 ? a.receivedAtMs : a.nextUpdateAtMs;
    p.nextPollAt = p.isFinal ? 0 : now + pollDelay(reference, a.nextUpdateAtMs);
    return p;
}

void SyncEngine::record(const QList<OutboxResult>& results,
                        const QList<OutboxStore::Progress>& progress,
                        const QHash<QString, bool>& interactive)
{
    const qint64 now = m_clock.nowMs();
    if (!check(m_outbox->recordResults(results, now, progress), "recording results"))
        return;
    for (const OutboxResult& r : results) {
        const bool wasInteractive =
            interactive.value(r.requestId, false) || m_waitingInteractive.remove(r.requestId);
        switch (r.event) {
        case OutboxEvent::Accept:
            emit requestAccepted(r.requestId, r.trackingCode);
            if (wasInteractive)
                emit requestSent(r.requestId, r.trackingCode);
            break;
        case OutboxEvent::FlagNeedsAttention:
        case OutboxEvent::Reject:
            emit requestNeedsAttention(r.requestId, r.errorMessageFa);
            break;
        case OutboxEvent::RetryLater:
            if (wasInteractive)
                emit requestQueued(r.requestId,
                                   r.errorMessageFa.isEmpty() ? r.errorMessage : r.errorMessageFa);
            break;
        default:
            break;
        }
    }
}

void SyncEngine::onBatchReply(const QList<OutboxEntry>& entries, const ApiReply<BatchAnswer>& reply)
{
    const qint64 now = m_clock.nowMs();
    QList<OutboxResult> results;
    if (!reply.ok()) {
        const ApiError& e = reply.error();
        if (e.kind() == ApiError::Kind::Unauthorized) {
            for (const OutboxEntry& entry : entries)
                results.append(retryResult(entry, now, e));
            record(results, {});
            needActivation(e);
            return;
        }
        if (e.kind() == ApiError::Kind::Refused) {
            // The batch as a whole was refused (an envelope problem): send each on its own so
            // each gets its own answer, and one bad item cannot hold back the rest.
            qCInfo(lcSync).noquote() << "batch refused (" << e.code() << "); sending"
                                     << entries.size() << "request(s) one by one";
            for (const OutboxEntry& entry : entries)
                sendSingle(entry, false);
            return;
        }
        const qint64 at = backOff(e);
        for (const OutboxEntry& entry : entries)
            results.append(retryResult(entry, at, e));
        auto fa = e.messageFa();
        for (OutboxResult& r : results)
            r.errorMessageFa = fa;
        record(results, {});
        return;
    }

    succeeded();
    QList<OutboxStore::Progress> progress;
    bool unauthorized = false;
    std::optional<qint64> retryAt;
    for (const BatchItemResult& item : reply->results) {
        const OutboxEntry& entry = entries.at(item.index);
        if (item.ok) {
            results.append(OutboxResult::accepted(entry.requestId, item.answer.trackingCode));
            progress.append(progressFor(entry.requestId, item.answer, now));
            continue;
        }
        const ApiProblem& p = item.problem;
        const QString code = u"api.problem."_s + p.slug;
        if (item.httpStatus == 401) {
            unauthorized = true;
            results.append(OutboxResult::retryLater(entry.requestId, now, code, p.title));
        } else if (item.httpStatus == 429 || item.httpStatus >= 500) {
            if (!retryAt)
                retryAt = now + m_config.backoff.delayMs(
                                    0, m_random(),
                                    p.retryAfterSeconds >= 0 ? p.retryAfterSeconds * 1000 : -1);
            results.append(OutboxResult::retryLater(entry.requestId, *retryAt, code, p.title));
        } else {
            qCInfo(lcSync).noquote() << "request" << entry.requestId << "refused:" << p.slug;
            results.append(OutboxResult::needsAttention(entry.requestId, code, p.title, p.titleFa));
        }
    }
    record(results, progress);
    if (unauthorized)
        needActivation(ApiError(
            ApiError::Kind::Unauthorized,
            Error(u"api.unauthorized"_s, QT_TRANSLATE_NOOP("Error", "The backend no longer accepts "
                                                                    "this counter; activate it "
                                                                    "again."))));
}

void SyncEngine::onSingleReply(const OutboxEntry& entry, bool interactive,
                               const ApiReply<SubmitAnswer>& reply)
{
    const qint64 now = m_clock.nowMs();
    QHash<QString, bool> flags{{entry.requestId, interactive}};
    if (reply.ok()) {
        succeeded();
        record({OutboxResult::accepted(entry.requestId, reply->trackingCode)},
               {progressFor(entry.requestId, *reply, now)}, flags);
        return;
    }
    const ApiError& e = reply.error();
    switch (e.kind()) {
    case ApiError::Kind::Unauthorized: {
        OutboxResult r = retryResult(entry, now, e);
        r.errorMessageFa = e.messageFa();
        record({r}, {}, flags);
        needActivation(e);
        return;
    }
    case ApiError::Kind::Refused:
        qCInfo(lcSync).noquote() << "request" << entry.requestId << "refused:" << e.code();
        record(
            {OutboxResult::needsAttention(entry.requestId, e.code(), e.messageEn(), e.messageFa())},
            {}, flags);
        return;
    default: {
        const qint64 at = backOff(e);
        OutboxResult r = retryResult(entry, at, e);
        r.errorMessageFa = e.messageFa();
        record({r}, {}, flags);
        return;
    }
    }
}

void SyncEngine::sendNow(const QString& requestId)
{
    const qint64 now = m_clock.nowMs();
    auto later = [this](auto fn) { QMetaObject::invokeMethod(this, fn, Qt::QueuedConnection); };
    if (!m_running || m_needsActivation) {
        const QString why = m_needsActivation
                                ? QCoreApplication::translate("Error", "This counter must be "
                                                                       "activated again.")
                                : QCoreApplication::translate("Error", "Sync is not running.");
        later([this, requestId, why] { emit requestQueued(requestId, why); });
        return;
    }
    Result<std::optional<OutboxEntry>> claimed = m_outbox->claim(requestId, now);
    if (!claimed) {
        check(claimed.error(), "claiming a request");
        const QString why = claimed.error().userMessage();
        later([this, requestId, why] { emit requestQueued(requestId, why); });
        return;
    }
    if (claimed->has_value()) {
        sendSingle(**claimed, true);
        refreshSnapshot();
        return;
    }
    // Not queued: a drain carries it, it is already accepted, or it needs attention.
    Result<std::optional<OutboxEntry>> found = m_outbox->find(requestId);
    if (!found || !found->has_value()) {
        later([this, requestId] {
            emit requestQueued(requestId,
                               QCoreApplication::translate("Error", "The request was not found "
                                                                    "in the outbox."));
        });
        return;
    }
    const OutboxEntry e = **found;
    switch (e.state) {
    case OutboxState::Accepted:
        later([this, e] { emit requestSent(e.requestId, e.trackingCode); });
        break;
    case OutboxState::Sending:
        m_waitingInteractive.insert(requestId);
        break;
    case OutboxState::NeedsAttention:
    case OutboxState::Rejected:
        later([this, e] { emit requestNeedsAttention(e.requestId, e.lastErrorMessageFa); });
        break;
    case OutboxState::Queued:
        later([this, requestId] { emit requestQueued(requestId, QString()); });
        break;
    }
}

qint64 SyncEngine::backOff(const ApiError& error)
{
    const qint64 now = m_clock.nowMs();
    const qint64 delay =
        m_config.backoff.delayMs(m_consecutiveFailures, m_random(), error.retryAfterMs());
    ++m_consecutiveFailures;
    const qint64 at = now + delay;
    m_pausedUntil = std::max(m_pausedUntil, at);
    setLink(error.kind() == ApiError::Kind::Transport ? SyncSnapshot::Connectivity::Offline
                                                      : SyncSnapshot::Connectivity::Online);
    setLastError(error.code(), error.messageFa());
    (void)m_state->recordFailure(now, error.code(), error.messageEn());
    qCInfo(lcSync).noquote() << "exchange failed:" << error.code() << "- next try in" << delay
                             << "ms (failure" << m_consecutiveFailures << ")";
    return at;
}

void SyncEngine::succeeded()
{
    const qint64 now = m_clock.nowMs();
    const bool recovering = m_consecutiveFailures > 0;
    m_consecutiveFailures = 0;
    setLink(SyncSnapshot::Connectivity::Online);
    m_snapshot.lastSuccessAt = now;
    setLastError({}, {});
    (void)m_state->recordSuccess(now);
    if (recovering) {
        // The backend answers again: what waited for it may go now. The jitter already spread
        // this counter's return; this only stops the rest of its queue from idling.
        m_pausedUntil = 0;
        (void)m_outbox->makeDue(now);
    }
}

void SyncEngine::needActivation(const ApiError& error)
{
    if (m_replyEpoch != m_authEpoch)
        return; // sent with the old credentials, before the re-activation
    setLastError(error.code(), error.messageFa());
    (void)m_state->recordFailure(m_clock.nowMs(), error.code(), error.messageEn());
    if (m_needsActivation)
        return;
    m_needsActivation = true;
    qCWarning(lcSync) << "the backend refused this device (401): sync paused until re-activation";
    refreshSnapshot();
    emit activationRequired();
}

void SyncEngine::pollStatuses(qint64 now)
{
    if (m_pollInFlight)
        return;
    Result<QList<RequestProgressStore::PollTarget>> targets =
        m_progress->duePolls(m_config.statusBatchSize, now);
    if (!targets) {
        check(targets.error(), "listing polls");
        return;
    }
    if (targets->isEmpty())
        return;
    QStringList keys;
    for (const auto& t : *targets)
        keys.append(t.requestId);
    m_pollInFlight = true;
    QPointer<SyncEngine> self(this);
    const quint64 epoch = m_authEpoch;
    const QList<RequestProgressStore::PollTarget> list = *targets;
    m_api.status(keys, {}, [self, epoch, list](ApiReply<StatusAnswer> reply) {
        if (!self)
            return;
        self->m_replyEpoch = epoch;
        self->m_pollInFlight = false;
        self->onStatusReply(list, reply);
        self->refreshSnapshot();
        self->schedule();
    });
}

void SyncEngine::onStatusReply(const QList<RequestProgressStore::PollTarget>& targets,
                               const ApiReply<StatusAnswer>& reply)
{
    const qint64 now = m_clock.nowMs();
    QStringList ids;
    for (const auto& t : targets)
        ids.append(t.requestId);
    if (!reply.ok()) {
        const ApiError& e = reply.error();
        if (e.kind() == ApiError::Kind::Unauthorized) {
            needActivation(e);
            return;
        }
        const qint64 at = now + std::max<qint64>(m_config.minPollDelayMs,
                                                 m_config.backoff.delayMs(3, m_random()));
        m_pollsPausedUntil = at;
        check(m_progress->deferPolls(ids, at, now), "deferring polls");
        return;
    }
    QHash<QString, RequestProgressStore::PollTarget> byId;
    for (const auto& t : targets)
        byId.insert(t.requestId, t);
    QList<OutboxStore::Progress> progress;
    QStringList finals;
    for (const RequestStatus& rs : reply->requests) {
        if (!byId.contains(rs.idempotencyKey))
            continue;
        OutboxStore::Progress p;
        p.requestId = rs.idempotencyKey;
        p.trackingCode = rs.trackingCode;
        p.status = rs.status;
        p.isFinal = rs.isFinal;
        p.nextPollAt = rs.isFinal ? 0 : now + pollDelay(reply->asOfMs, rs.nextUpdateAtMs);
        for (const StatusEvent& ev : rs.history)
            p.history.append({ev.status, ev.atMs, ev.noteFa, ev.noteEn});
        p.resultJson = rs.resultJson.isEmpty() ? QString() : QString::fromUtf8(rs.resultJson);
        p.rejectionCode = rs.rejectionCode;
        p.rejectionFa = rs.rejectionFa;
        p.rejectionEn = rs.rejectionEn;
        progress.append(p);
        byId.remove(rs.idempotencyKey);
        if (rs.isFinal)
            finals.append(p.requestId + u'\n' + p.status);
    }
    if (!check(m_progress->recordProgress(progress, now), "recording statuses"))
        return;
    if (!byId.isEmpty()) // unknown to the backend: look again much later, never spin
        check(m_progress->deferPolls(byId.keys(), now + m_config.maxPollDelayMs, now),
              "deferring unknown polls");
    for (const QString& f : finals) {
        const QStringList parts = f.split(u'\n');
        emit requestFinal(parts.value(0), parts.value(1));
    }
}

void SyncEngine::uploadDayCloses(qint64 now)
{
    if (m_uploadInFlight || m_dayCloseSources.isEmpty())
        return;
    for (DayCloseSource* source : std::as_const(m_dayCloseSources)) {
        Result<QList<DayCloseSource::Pending>> pending =
            source->pendingDayCloses(m_config.dayCloseBatch, now);
        if (!pending) {
            check(pending.error(), "listing day closes");
            continue;
        }
        if (pending->isEmpty())
            continue;
        const DayCloseSource::Pending item = pending->first();
        m_uploadInFlight = true;
        QPointer<SyncEngine> self(this);
        const quint64 epoch = m_authEpoch;
        m_api.uploadDayClose(item.document, item.signature, item.idempotencyKey,
                             [self, epoch, source, item](ApiReply<DayCloseAck> reply) {
                                 if (!self)
                                     return;
                                 self->m_replyEpoch = epoch;
                                 self->m_uploadInFlight = false;
                                 if (!self->m_dayCloseSources.contains(source))
                                     return;
                                 const qint64 t = self->m_clock.nowMs();
                                 if (reply.ok()) {
                                     self->succeeded();
                                     self->check(source->dayCloseAcknowledged(item.id, *reply, t),
                                                 "recording a day-close acknowledgement");
                                 } else if (reply.error().kind() == ApiError::Kind::Unauthorized) {
                                     self->needActivation(reply.error());
                                 } else if (reply.error().kind() == ApiError::Kind::Refused) {
                                     self->check(source->dayCloseRefused(item.id, reply.error(), t),
                                                 "recording a day-close refusal");
                                 } else {
                                     (void)self->backOff(reply.error());
                                 }
                                 self->schedule();
                             });
        return; // one at a time: a handful a day
    }
}

void SyncEngine::refreshCatalogue()
{
    if (m_catalogueInFlight || m_needsActivation)
        return;
    QByteArray etag;
    if (auto cached = m_catalogue->current(); cached && cached->has_value())
        etag = (*cached)->etag;
    m_catalogueInFlight = true;
    QPointer<SyncEngine> self(this);
    const quint64 epoch = m_authEpoch;
    m_api.catalogue(etag, [self, epoch](ApiReply<CatalogueAnswer> reply) {
        if (!self)
            return;
        self->m_replyEpoch = epoch;
        self->m_catalogueInFlight = false;
        self->onCatalogueReply(reply);
        self->refreshSnapshot();
        self->schedule();
    });
}

void SyncEngine::onCatalogueReply(const ApiReply<CatalogueAnswer>& reply)
{
    const qint64 now = m_clock.nowMs();
    if (!reply.ok()) {
        if (reply.error().kind() == ApiError::Kind::Unauthorized) {
            needActivation(reply.error());
            return;
        }
        m_nextCatalogueAt =
            now +
            std::max(kRetryLocalMs, m_config.backoff.delayMs(m_consecutiveFailures, m_random()));
        return;
    }
    m_nextCatalogueAt = now + m_config.catalogueIntervalMs;
    if (reply->notModified) {
        check(m_catalogue->touch(now), "confirming the catalogue");
        emit catalogueChecked(false, m_snapshot.catalogueVersion);
        return;
    }
    if (!check(m_catalogue->store(reply->etag, reply->version, reply->body, now),
               "storing the catalogue"))
        return;
    qCInfo(lcSync).noquote() << "catalogue" << reply->version << "with" << reply->serviceCount
                             << "services stored";
    m_snapshot.catalogueVersion = reply->version;
    emit catalogueChecked(true, reply->version);
}

void SyncEngine::checkClock()
{
    if (m_clockInFlight)
        return;
    m_clockInFlight = true;
    const qint64 sentAt = m_clock.nowMs();
    QPointer<SyncEngine> self(this);
    const quint64 epoch = m_authEpoch;
    m_api.serverTime([self, epoch, sentAt](ApiReply<ServerTime> reply) {
        if (!self)
            return;
        self->m_replyEpoch = epoch;
        self->m_clockInFlight = false;
        const qint64 now = self->m_clock.nowMs();
        if (!reply.ok()) {
            self->m_nextClockCheckAt = now + kRetryLocalMs;
            self->schedule();
            return;
        }
        // The server read its clock about half way through the exchange.
        const qint64 skew = reply->epochMs - (sentAt + now) / 2;
        self->m_nextClockCheckAt = now + self->m_config.clockCheckIntervalMs;
        self->m_snapshot.clockSkewMs = skew;
        self->m_snapshot.clockSkewWarning = qAbs(skew) > self->m_config.skewWarningMs;
        (void)self->m_state->recordSkew(skew, now);
        if (self->m_snapshot.clockSkewWarning) {
            qCWarning(lcSync) << "this PC's clock differs from the backend's by" << skew / 1000
                              << "s";
            emit self->clockSkewWarning(skew);
        }
        self->refreshSnapshot();
        self->schedule();
    });
}

void SyncEngine::setLink(SyncSnapshot::Connectivity c)
{
    m_link = c;
}

void SyncEngine::setLastError(const QString& code, const QString& message)
{
    m_snapshot.lastErrorCode = code;
    m_snapshot.lastErrorMessage = message;
}

void SyncEngine::refreshSnapshot()
{
    SyncSnapshot s = m_snapshot;
    if (auto counts = m_outbox->countsByState()) {
        s.queueDepth = counts->value(OutboxState::Queued) + counts->value(OutboxState::Sending);
        s.needsAttention = counts->value(OutboxState::NeedsAttention);
    }
    if (auto awaiting = m_state->countAwaitingFinal())
        s.awaitingFinal = *awaiting;
    if (!m_running)
        s.connectivity = SyncSnapshot::Connectivity::Stopped;
    else if (m_needsActivation)
        s.connectivity = SyncSnapshot::Connectivity::NeedsActivation;
    else if (m_batchesInFlight + m_singlesInFlight > 0 &&
             m_link != SyncSnapshot::Connectivity::Offline)
        s.connectivity = SyncSnapshot::Connectivity::Syncing;
    else
        s.connectivity = m_link;
    const bool wasPending = m_snapshot.queueDepth > 0;
    const bool changed = !(s == m_snapshot);
    m_snapshot = s;
    if (changed)
        emit stateChanged(m_snapshot);
    if (wasPending && s.queueDepth == 0 && m_batchesInFlight == 0 && m_singlesInFlight == 0)
        emit drained();
}

} // namespace pishkhan
