#pragma once

#include "SyncConfig.h"
#include "SyncSnapshot.h"

#include "net/ApiReply.h"
#include "net/ApiTypes.h"
#include "storage/OutboxEntry.h"
#include "storage/OutboxResult.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace pishkhan {

class ApiClient;
class CatalogueCache;
class Clock;
class Database;
class DayCloseSource;
class SyncStateStore;

// Sends what the outbox holds to the backend, exactly once, whatever the network does:
//  - drains queued requests in batches (POST /requests/batch), each under its own request id as
//    idempotency key on every retry, restart and regrouping; a whole-batch refusal is split
//    into single submits so one bad item cannot hold back the others;
//  - network errors, 5xx, 429/503 and malformed answers are retried with exponential backoff
//    and full jitter (BackoffPolicy), Retry-After honoured; the engine as a whole backs off,
//    so an outage costs one probe per step instead of one failed batch per queued request;
//  - a 4xx about the request moves it to needs-attention with the backend's Persian title;
//    a 401 pauses everything and emits activationRequired();
//  - polls accepted requests until final, keeping history and result (schema v3);
//  - refreshes the catalogue with If-None-Match; measures clock skew (warning above 2 min);
//  - queued requests whose consent expired go to needs-attention (never retried);
//  - sendNow(): the clerk's request goes out at once, and falls back to the queue.
//
// Threading: lives on one thread with its Database (not thread-safe) and its ApiClient, whose
// answers arrive on that thread. Nothing here blocks: the UI may own it, or move all three to
// a worker thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // random: uniform draws in [0, 1) for the jitter; empty = QRandomGenerator::global().
    SyncEngine(Database& db, ApiClient& api, const Clock& clock, UniformRandom random = {},
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void setConfig(const SyncConfig& config);
    [[nodiscard]] const SyncConfig& config() const { return m_config; }
    void setBatchSize(int size);
    // Extension point for the ledger's signed day closes (not owned; must outlive the engine
    // or be removed first).
    void addDayCloseSource(DayCloseSource* source);
    void removeDayCloseSource(DayCloseSource* source);

    // Recovers rows a crash left in "sending", then starts working at once.
    Status start();
    // Stops scheduling; answers still in flight are recorded when they arrive.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    [[nodiscard]] SyncSnapshot snapshot() const { return m_snapshot; }
    // Nothing queued, sending or in flight.
    [[nodiscard]] bool isDrained() const;

    // The interactive path: send this (queued) request now, alone. Emits requestSent() with the
    // tracking code, or requestQueued() when it could not go out (it then drains later).
    void sendNow(const QString& requestId);
    // Work now (e.g. the network came back, a request was resubmitted), ignoring the backoff.
    void syncNow();
    void pollNow();
    void refreshCatalogue();
    void checkClock();
    // After re-activation (new credentials given to the ApiClient): resume.
    void resumeAfterActivation();

Q_SIGNALS:
    void stateChanged(const pishkhan::SyncSnapshot& snapshot);
    void requestSent(const QString& requestId, const QString& trackingCode);
    void requestQueued(const QString& requestId, const QString& reason);
    void requestAccepted(const QString& requestId, const QString& trackingCode);
    void requestNeedsAttention(const QString& requestId, const QString& reasonFa);
    void requestFinal(const QString& requestId, const QString& status);
    void activationRequired();
    void clockSkewWarning(qint64 skewMs);
    void catalogueChecked(bool changed, const QString& version);
    void drained();
    // A storage failure the engine cannot work around (disk full, database damaged).
    void storageError(const QString& message);

private:
    struct Failure
    {
        QString code;
        QString messageEn;
        QString messageFa;
    };

    void tick();
    void schedule();
    void drainQueue(qint64 now);
    void sendBatch(QList<OutboxEntry> entries);
    void sendSingle(const OutboxEntry& entry, bool interactive);
    void onBatchReply(const QList<OutboxEntry>& entries, const ApiReply<BatchAnswer>& reply);
    void onSingleReply(const OutboxEntry& entry, bool interactive,
                       const ApiReply<SubmitAnswer>& reply);
    void pollStatuses(qint64 now);
    void onStatusReply(const QList<RequestProgressStore::PollTarget>& targets,
                       const ApiReply<StatusAnswer>& reply);
    void uploadDayCloses(qint64 now);
    void onCatalogueReply(const ApiReply<CatalogueAnswer>& reply);

    // Common reactions to a failed exchange. Returns the time the engine resumes.
    qint64 backOff(const ApiError& error);
    void succeeded();
    void needActivation(const ApiError& error);
    OutboxResult retryResult(const OutboxEntry& entry, qint64 at, const ApiError& error) const;
    OutboxStore::Progress progressFor(const QString& requestId, const SubmitAnswer& answer,
                                      qint64 now) const;
    qint64 pollDelay(qint64 serverNow, qint64 serverNext) const;
    void record(const QList<OutboxResult>& results, const QList<OutboxStore::Progress>& progress,
                const QHash<QString, bool>& interactive = {});
    bool check(const Status& status, const char* what);
    void refreshSnapshot();
    void setLink(SyncSnapshot::Connectivity c);
    void setLastError(const QString& code, const QString& message);

    Database& m_db;
    ApiClient& m_api;
    const Clock& m_clock;
    UniformRandom m_random;
    SyncConfig m_config;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<RequestProgressStore> m_progress;
    std::unique_ptr<SyncStateStore> m_state;
    std::unique_ptr<CatalogueCache> m_catalogue;
    QList<DayCloseSource*> m_dayCloseSources;
    QTimer m_timer;

    SyncSnapshot::Connectivity m_link = SyncSnapshot::Connectivity::Unknown;
    bool m_running = false;
    bool m_inTick = false;
    bool m_needsActivation = false;
    // A 401 answering a request sent before resumeAfterActivation() is stale: it must not
    // pause the engine again. Each callback sets m_replyEpoch to the epoch it was sent in.
    quint64 m_authEpoch = 0;
    quint64 m_replyEpoch = 0;
    int m_consecutiveFailures = 0;
    qint64 m_pausedUntil = 0;
    int m_batchesInFlight = 0;
    int m_singlesInFlight = 0;
    bool m_needsRecovery = false; // a storage error may have left rows in "sending"
    bool m_pollInFlight = false;
    bool m_catalogueInFlight = false;
    bool m_clockInFlight = false;
    bool m_uploadInFlight = false;
    qint64 m_nextCatalogueAt = 0;
    qint64 m_nextClockCheckAt = 0;
    qint64 m_pollsPausedUntil = 0;
    QSet<QString> m_waitingInteractive; // sendNow() of a row a batch already carries
    SyncSnapshot m_snapshot;
};

} // namespace pishkhan
