#pragma once

#include "BackoffPolicy.h"

#include <QList>
#include <QTimer>

#include <functional>

namespace pishkhan {

class Clock;

// When the sync engine works next, and how long it keeps away from a backend that fails.
// Holds the engine-wide state every exchange consults: running, paused for re-activation, the
// credentials epoch, consecutive failures and the time the engine resumes after them. A plain
// class without a database: the herd simulation runs thousands of them against one clock.
//
// Backoff is engine-wide on purpose: an outage costs one probe per step instead of one failed
// batch per queued request. Storage failures back off on their own count, so a disk that
// refuses writes is not hammered and a backend failure streak is not reset by it.
class SyncScheduler
{
public:
    // Never wait longer than this between looks at the queue: consent expiry and an injected
    // clock that jumps are noticed within it.
    static constexpr qint64 kMaxIdleWaitMs = 30'000;

    // random: uniform draws in [0, 1) for the jitter; empty = QRandomGenerator::global().
    explicit SyncScheduler(const Clock& clock, UniformRandom random = {});

    void setPolicy(const BackoffPolicy& policy) { m_policy = policy; }
    [[nodiscard]] const BackoffPolicy& policy() const { return m_policy; }
    // What runs when the timer fires.
    void setWakeHandler(std::function<void()> handler);

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // A 401 pauses everything until new credentials are given.
    [[nodiscard]] bool needsActivation() const { return m_needsActivation; }
    void setNeedsActivation() { m_needsActivation = true; }
    // New credentials: a new epoch, and the failure streak and pause are forgotten.
    void renewCredentials();
    [[nodiscard]] quint64 authEpoch() const { return m_authEpoch; }
    // A reply sent under an older epoch used the old credentials: its 401 is stale.
    [[nodiscard]] bool isCurrentEpoch(quint64 epoch) const { return epoch == m_authEpoch; }

    [[nodiscard]] int consecutiveFailures() const { return m_consecutiveFailures; }
    [[nodiscard]] qint64 pausedUntil() const { return m_pausedUntil; }
    [[nodiscard]] bool isPaused(qint64 now) const { return now < m_pausedUntil; }
    void clearPause() { m_pausedUntil = 0; }

    // An exchange failed: the next try waits a jittered exponential delay, the server's
    // Retry-After (ms, -1 = none) as a floor. Returns the time the engine resumes.
    qint64 backOff(qint64 retryAfterMs = -1);
    // The backend answered. Returns true when this ends a failure streak; the pause is then
    // lifted, since the jitter already spread this counter's return.
    bool succeeded();

    // A write to the local store failed: pause on the storage failure count. Returns the time
    // the engine resumes.
    qint64 backOffStorage();
    void storageRecovered() { m_storageFailures = 0; }
    [[nodiscard]] int storageFailures() const { return m_storageFailures; }

    // One uniform draw in [0, 1).
    [[nodiscard]] double draw() const { return m_random(); }

    // The earliest of `candidates`, none before `now`, none later than kMaxIdleWaitMs ahead.
    [[nodiscard]] static qint64 nextWake(qint64 now, const QList<qint64>& candidates);
    // Arms the timer for nextWake(); nothing when stopped.
    void wakeAtEarliest(const QList<qint64>& candidates);
    void wakeNow();

private:
    const Clock& m_clock;
    UniformRandom m_random;
    BackoffPolicy m_policy;
    QTimer m_timer;
    bool m_running = false;
    bool m_needsActivation = false;
    quint64 m_authEpoch = 0;
    int m_consecutiveFailures = 0;
    int m_storageFailures = 0;
    qint64 m_pausedUntil = 0;
};

} // namespace pishkhan
