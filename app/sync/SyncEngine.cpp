#include "SyncEngine.h"

#include "CatalogueExchange.h"
#include "ClockCheckExchange.h"
#include "DayCloseUploadExchange.h"
#include "RequestCancelExchange.h"
#include "StaffExchange.h"
#include "StatusPollExchange.h"
#include "SubmitBatchExchange.h"
#include "SubmitSingleExchange.h"
#include "SyncContext.h"
#include "SyncLogging.h"

#include "security/Clock.h"

#include <algorithm>

namespace pishkhan {

SyncEngine::SyncEngine(Database& db, SyncBackend& backend, const Clock& clock, UniformRandom random,
                       QObject* parent)
    : QObject(parent)
    , m_context(
          std::make_unique<SyncContext>(*this, db, backend, clock, m_config, std::move(random)))
    , m_singles(std::make_unique<SubmitSingleExchange>(*m_context))
    , m_batches(std::make_unique<SubmitBatchExchange>(*m_context, *m_singles))
    , m_polls(std::make_unique<StatusPollExchange>(*m_context))
    , m_catalogue(std::make_unique<CatalogueExchange>(*m_context))
    , m_clockCheck(std::make_unique<ClockCheckExchange>(*m_context))
    , m_dayCloses(std::make_unique<DayCloseUploadExchange>(*m_context))
    , m_db(db)
    , m_cancels(std::make_unique<RequestCancelExchange>(*m_context, db))
{
    qRegisterMetaType<pishkhan::SyncSnapshot>();
    m_context->scheduler().setPolicy(m_config.backoff);
    m_context->scheduler().setWakeHandler([this] { tick(); });
    m_context->setHooks([this] { refreshSnapshot(); }, [this] { schedule(); });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setConfig(const SyncConfig& config)
{
    m_config = config;
    setBatchSize(config.batchSize);
    m_context->scheduler().setPolicy(m_config.backoff);
}

void SyncEngine::setBatchSize(int size)
{
    m_config.batchSize = std::clamp(size, 1, 100);
}

void SyncEngine::addDayCloseSource(DayCloseSource* source)
{
    m_dayCloses->addSource(source);
}

void SyncEngine::removeDayCloseSource(DayCloseSource* source)
{
    m_dayCloses->removeSource(source);
}

void SyncEngine::enableStaffSync(AccountService& accounts)
{
    m_staff = std::make_unique<StaffExchange>(*m_context, m_db, accounts);
}

bool SyncEngine::isRunning() const
{
    return m_context->scheduler().isRunning();
}

SyncSnapshot SyncEngine::snapshot() const
{
    return m_context->snapshot();
}

Status SyncEngine::start()
{
    const qint64 now = m_context->now();
    OutboxStore& outbox = m_context->outbox();
    Result<int> recovered = outbox.recoverAfterCrash(now);
    if (!recovered)
        return recovered.error();
    if (*recovered > 0)
        qCInfo(lcSync) << *recovered << "request(s) left in sending by a crash are queued again";
    Result<int> tracked = m_context->progress().trackAccepted(now);
    if (!tracked)
        return tracked.error();
    Result<SyncStateStore::State> state = m_context->state().load();
    if (!state)
        return state.error();
    SyncSnapshot& s = m_context->snapshot();
    s.lastSuccessAt = state->lastSuccessAt;
    s.lastErrorCode = state->lastErrorCode;
    s.lastErrorMessage = state->lastErrorMessage;
    s.clockSkewMs = state->clockSkewMs;
    s.clockSkewWarning = qAbs(state->clockSkewMs) > m_config.skewWarningMs;
    if (auto cached = m_context->catalogue().current(); cached && cached->has_value())
        s.catalogueVersion = (*cached)->version;
    m_context->setLink(SyncSnapshot::Connectivity::Unknown);
    m_catalogue->dueAt(now);
    m_clockCheck->dueAt(now);
    m_context->scheduler().start();
    refreshSnapshot();
    return {};
}

void SyncEngine::stop()
{
    m_context->scheduler().stop();
    refreshSnapshot();
}

int SyncEngine::submitsInFlight() const
{
    return m_batches->inFlight() + m_singles->inFlight();
}

bool SyncEngine::isDrained() const
{
    return m_context->snapshot().queueDepth == 0 && submitsInFlight() == 0;
}

void SyncEngine::sendNow(const QString& requestId)
{
    m_singles->sendNow(requestId);
}

void SyncEngine::syncNow()
{
    const qint64 now = m_context->now();
    m_context->scheduler().clearPause();
    m_polls->clearPause();
    m_context->check(m_context->outbox().makeDue(now), "making queued requests due");
    if (m_staff)
        m_staff->pullSoon();
    m_context->scheduler().wakeNow();
}

void SyncEngine::pollNow()
{
    m_polls->pollNow(m_context->now());
    m_context->scheduler().wakeNow();
}

void SyncEngine::refreshCatalogue()
{
    m_catalogue->refresh();
}

void SyncEngine::checkClock()
{
    m_clockCheck->check();
}

void SyncEngine::resumeAfterActivation()
{
    m_context->scheduler().renewCredentials();
    m_context->setLink(SyncSnapshot::Connectivity::Unknown);
    m_context->check(m_context->outbox().makeDue(m_context->now()), "making queued requests due");
    refreshSnapshot();
    m_context->scheduler().wakeNow();
}

void SyncEngine::tick()
{
    SyncScheduler& scheduler = m_context->scheduler();
    if (!scheduler.isRunning() || m_inTick)
        return;
    m_inTick = true;
    const qint64 now = m_context->now();
    if (Result<int> expired = m_context->outbox().expireConsents(now); !expired)
        m_context->check(expired.error(), "expiring consents");
    else if (*expired > 0)
        qCInfo(lcSync) << *expired << "queued request(s) moved to needs-attention: consent expired";
    if (m_context->needsRecovery() && submitsInFlight() == 0) {
        Result<int> back = m_context->outbox().recoverAfterCrash(now);
        if (m_context->check(back, "queueing unrecorded requests again")) {
            m_context->recovered();
            qCInfo(lcSync) << *back << "request(s) whose answer was not recorded are queued again";
        }
    }
    if (!scheduler.needsActivation()) {
        if (!scheduler.isPaused(now)) {
            m_batches->drain(now);
            m_dayCloses->upload(now);
            if (m_staff)
                m_staff->exchange(now);
            m_cancels->send(now);
        }
        if (!scheduler.isPaused(now) && !m_polls->isPaused(now))
            m_polls->poll(now);
        if (m_catalogue->isDue(now))
            m_catalogue->refresh();
    }
    if (m_clockCheck->isDue(now))
        m_clockCheck->check();
    refreshSnapshot();
    m_inTick = false;
    schedule();
}

void SyncEngine::schedule()
{
    SyncScheduler& scheduler = m_context->scheduler();
    if (!scheduler.isRunning())
        return;
    const qint64 now = m_context->now();
    QList<qint64> candidates;
    auto consider = [&](SyncExchange& exchange) {
        if (std::optional<qint64> at = exchange.wakeAt(now))
            candidates.append(*at);
    };
    if (!scheduler.needsActivation()) {
        consider(*m_batches);
        consider(*m_polls);
        consider(*m_catalogue);
        consider(*m_dayCloses);
        if (m_staff)
            consider(*m_staff);
        consider(*m_cancels);
    }
    consider(*m_clockCheck);
    if (m_context->needsRecovery())
        candidates.append(now + m_config.recoveryRetryMs);
    scheduler.wakeAtEarliest(candidates);
}

void SyncEngine::refreshSnapshot()
{
    const SyncSnapshot& current = m_context->snapshot();
    SyncSnapshot s = current;
    // Counting is a read for the status bar: when it fails the last counts stay shown, and the
    // next write that fails reports the store's trouble.
    if (auto counts = m_context->outbox().countsByState()) {
        s.queueDepth = counts->value(OutboxState::Queued) + counts->value(OutboxState::Sending);
        s.needsAttention = counts->value(OutboxState::NeedsAttention);
    }
    if (auto awaiting = m_context->state().countAwaitingFinal())
        s.awaitingFinal = *awaiting;
    const SyncScheduler& scheduler = m_context->scheduler();
    const SyncSnapshot::Connectivity link = m_context->link();
    if (!scheduler.isRunning())
        s.connectivity = SyncSnapshot::Connectivity::Stopped;
    else if (scheduler.needsActivation())
        s.connectivity = SyncSnapshot::Connectivity::NeedsActivation;
    else if (submitsInFlight() > 0 && link != SyncSnapshot::Connectivity::Offline)
        s.connectivity = SyncSnapshot::Connectivity::Syncing;
    else
        s.connectivity = link;
    const bool wasPending = current.queueDepth > 0;
    const bool changed = !(s == current);
    m_context->snapshot() = s;
    if (changed)
        emit stateChanged(s);
    if (wasPending && s.queueDepth == 0 && submitsInFlight() == 0)
        emit drained();
}

} // namespace pishkhan
