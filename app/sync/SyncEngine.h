#pragma once

#include "SyncConfig.h"
#include "SyncSnapshot.h"

#include "core/Result.h"

#include <QObject>

#include <memory>

namespace pishkhan {

class AccountService;
class CatalogueExchange;
class ClockCheckExchange;
class Clock;
class Database;
class DayCloseSource;
class DayCloseUploadExchange;
class StaffExchange;
class RequestCancelExchange;
class StatusPollExchange;
class SubmitBatchExchange;
class SubmitSingleExchange;
class SyncBackend;
class SyncContext;

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
// A façade: SyncScheduler decides when to work and how long to back off; one exchange class per
// kind of call (SubmitBatchExchange, SubmitSingleExchange, StatusPollExchange,
// CatalogueExchange, ClockCheckExchange, DayCloseUploadExchange) owns its in-flight state and
// its reply handling; SyncContext holds what they share. A storage error is logged, published
// in the snapshot and backed off.
//
// Threading: lives on one thread with its Database (not thread-safe) and its backend (ApiClient
// in the application), whose answers arrive on that thread. Nothing here blocks: the UI may own it,
// or move all three to a worker thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // random: uniform draws in [0, 1) for the jitter; empty = QRandomGenerator::global().
    SyncEngine(Database& db, SyncBackend& backend, const Clock& clock, UniformRandom random = {},
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void setConfig(const SyncConfig& config);
    [[nodiscard]] const SyncConfig& config() const { return m_config; }
    void setBatchSize(int size);
    // Extension point for the ledger's signed day closes (not owned; must outlive the engine
    // or be removed first).
    void addDayCloseSource(DayCloseSource* source);
    void removeDayCloseSource(DayCloseSource* source);
    // The office's staff through the backend (StaffExchange): queued account changes are
    // pushed and the office's changes pulled into `accounts` (not owned; must outlive the
    // engine). Off until called.
    void enableStaffSync(AccountService& accounts);

    // Recovers rows a crash left in "sending", then starts working at once.
    Status start();
    // Stops scheduling; answers still in flight are recorded when they arrive.
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] SyncSnapshot snapshot() const;
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
    // Accounts changed at another counter were applied here: open sessions should be
    // checked again (AccountService::checkSession).
    void staffChanged();

private:
    void tick();
    void schedule();
    void refreshSnapshot();
    [[nodiscard]] int submitsInFlight() const;

    SyncConfig m_config;
    std::unique_ptr<SyncContext> m_context;
    std::unique_ptr<SubmitSingleExchange> m_singles;
    std::unique_ptr<SubmitBatchExchange> m_batches;
    std::unique_ptr<StatusPollExchange> m_polls;
    std::unique_ptr<CatalogueExchange> m_catalogue;
    std::unique_ptr<ClockCheckExchange> m_clockCheck;
    std::unique_ptr<DayCloseUploadExchange> m_dayCloses;
    Database& m_db;
    std::unique_ptr<StaffExchange> m_staff;
    std::unique_ptr<RequestCancelExchange> m_cancels;
    bool m_inTick = false;
};

} // namespace pishkhan
