#include "SyncScheduler.h"

#include "security/Clock.h"

#include <QRandomGenerator>

#include <algorithm>

namespace pishkhan {

SyncScheduler::SyncScheduler(const Clock& clock, UniformRandom random)
    : m_clock(clock)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
}

void SyncScheduler::setWakeHandler(std::function<void()> handler)
{
    QObject::disconnect(&m_timer, &QTimer::timeout, nullptr, nullptr);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, std::move(handler));
}

void SyncScheduler::start()
{
    m_running = true;
    wakeNow();
}

void SyncScheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

void SyncScheduler::renewCredentials()
{
    ++m_authEpoch;
    m_needsActivation = false;
    m_consecutiveFailures = 0;
    m_pausedUntil = 0;
}

qint64 SyncScheduler::backOff(qint64 retryAfterMs)
{
    const qint64 delay = m_policy.delayMs(m_consecutiveFailures, draw(), retryAfterMs);
    ++m_consecutiveFailures;
    const qint64 at = m_clock.nowMs() + delay;
    m_pausedUntil = std::max(m_pausedUntil, at);
    return at;
}

bool SyncScheduler::succeeded()
{
    const bool recovering = m_consecutiveFailures > 0;
    m_consecutiveFailures = 0;
    if (recovering)
        m_pausedUntil = 0;
    return recovering;
}

qint64 SyncScheduler::backOffStorage()
{
    const qint64 at = m_clock.nowMs() + m_policy.delayMs(m_storageFailures, draw());
    ++m_storageFailures;
    m_pausedUntil = std::max(m_pausedUntil, at);
    return at;
}

qint64 SyncScheduler::nextWake(qint64 now, const QList<qint64>& candidates)
{
    qint64 next = now + kMaxIdleWaitMs;
    for (qint64 at : candidates)
        next = std::min(next, std::max(at, now));
    return next;
}

void SyncScheduler::wakeAtEarliest(const QList<qint64>& candidates)
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nowMs();
    m_timer.start(int(std::clamp<qint64>(nextWake(now, candidates) - now, 0, kMaxIdleWaitMs)));
}

void SyncScheduler::wakeNow()
{
    if (m_running)
        m_timer.start(0);
}

} // namespace pishkhan
