#pragma once

#include "CatalogueCache.h"
#include "SyncConfig.h"
#include "SyncScheduler.h"
#include "SyncSnapshot.h"
#include "SyncStateStore.h"

#include "net/ApiError.h"
#include "net/ApiTypes.h"
#include "storage/OutboxEntry.h"
#include "storage/OutboxResult.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace pishkhan {

class Clock;
class Database;
class SyncBackend;
class SyncEngine;

// What every exchange of the sync engine shares: the backend, the clock, the stores, the
// scheduler, the published snapshot, and the reactions common to all of them (a failure backs
// off, a success resets the streak, a 401 pauses, a storage error is published and backs off).
// Owned by SyncEngine; signals go out through it.
class SyncContext
{
public:
    SyncContext(SyncEngine& engine, Database& db, SyncBackend& backend, const Clock& clock,
                const SyncConfig& config, UniformRandom random);

    [[nodiscard]] SyncEngine& engine() { return m_engine; }
    [[nodiscard]] SyncBackend& backend() { return m_backend; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] const SyncConfig& config() const { return m_config; }
    [[nodiscard]] SyncScheduler& scheduler() { return m_scheduler; }
    [[nodiscard]] const SyncScheduler& scheduler() const { return m_scheduler; }
    [[nodiscard]] OutboxStore& outbox() { return m_outbox; }
    [[nodiscard]] RequestProgressStore& progress() { return m_progress; }
    [[nodiscard]] SyncStateStore& state() { return m_state; }
    [[nodiscard]] CatalogueCache& catalogue() { return m_catalogue; }
    [[nodiscard]] SyncSnapshot& snapshot() { return m_snapshot; }
    [[nodiscard]] const SyncSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] SyncSnapshot::Connectivity link() const { return m_link; }
    void setLink(SyncSnapshot::Connectivity link) { m_link = link; }

    // Set by the engine: republish the snapshot; arm the timer for the next piece of work.
    void setHooks(std::function<void()> refreshSnapshot, std::function<void()> schedule);
    void refreshSnapshot() { m_refreshSnapshot(); }
    // After an answer was handled: publish, then plan the next wake.
    void settle();

    // A storage result: true when it succeeded. A failure is logged, published in the snapshot
    // (lastStorageError, lastError*) and through storageError(), and backs the engine off; the
    // rows it may have left in "sending" are queued again once nothing is in flight.
    bool check(const Status& status, const char* what);
    // A success counts too: it clears a storage error published before.
    template<typename T>
    bool check(const Result<T>& result, const char* what)
    {
        return check(result ? Status{} : Status(result.error()), what);
    }
    [[nodiscard]] bool needsRecovery() const { return m_needsRecovery; }
    void recovered() { m_needsRecovery = false; }

    // Common reactions to an exchange's outcome. backOff returns the time the engine resumes.
    qint64 backOff(const ApiError& error);
    void succeeded();
    // epoch: the credentials epoch the call was sent under.
    void needActivation(const ApiError& error, quint64 epoch);
    void setLastError(const QString& code, const QString& message);

    // sendNow() of a row a batch already carries: the batch's answer reports it.
    void waitForInteractive(const QString& requestId) { m_waitingInteractive.insert(requestId); }
    // Records submit outcomes in one transaction and emits what each means.
    void record(const QList<OutboxResult>& results,
                const QList<RequestProgressStore::Progress>& progress,
                const QHash<QString, bool>& interactive = {});
    [[nodiscard]] OutboxResult retryResult(const OutboxEntry& entry, qint64 at,
                                           const ApiError& error) const;
    [[nodiscard]] RequestProgressStore::Progress
    progressFor(const QString& requestId, const SubmitAnswer& answer, qint64 now) const;
    // How long until the next poll, from the backend's times, within the configured bounds.
    [[nodiscard]] qint64 pollDelay(qint64 serverNow, qint64 serverNext) const;

private:
    SyncEngine& m_engine;
    SyncBackend& m_backend;
    const Clock& m_clock;
    const SyncConfig& m_config;
    SyncScheduler m_scheduler;
    OutboxStore m_outbox;
    RequestProgressStore m_progress;
    SyncStateStore m_state;
    CatalogueCache m_catalogue;
    SyncSnapshot m_snapshot;
    SyncSnapshot::Connectivity m_link = SyncSnapshot::Connectivity::Unknown;
    bool m_needsRecovery = false;
    QSet<QString> m_waitingInteractive;
    std::function<void()> m_refreshSnapshot;
    std::function<void()> m_schedule;
};

} // namespace pishkhan
