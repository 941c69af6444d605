#pragma once

#include "OutboxEntry.h"
#include "OutboxResult.h"
#include "RequestProgressStore.h"
#include "core/Result.h"

#include <QList>
#include <QMap>

#include <optional>

namespace pishkhan {

class Database;
class Row;

// Every citizen request is written here before anything is sent. Each public call is one
// transaction: it either happens completely or not at all (disk full included). Every state
// change goes through outboxTransition(); a refused change leaves the row as it was.
// What the backend says after accepting a request lives in RequestProgressStore.
// Times are UTC epoch milliseconds passed in by the caller, so tests control the clock.
class OutboxStore
{
public:
    struct Consent
    {
        QString token;
        qint64 expiresAt = 0;
    };

    explicit OutboxStore(Database& db);

    // A fresh request id (UUID v4, lower case, no braces).
    [[nodiscard]] static QString newRequestId();
    // outbox.not_found, for every caller that looks a request up by id.
    [[nodiscard]] static Error notFound(const QString& requestId);

    // Adds a queued row, due at once. Refuses a malformed or duplicate request id and a
    // payload that is not a JSON object.
    Status enqueue(const OutboxEntry& entry, qint64 now);

    [[nodiscard]] Result<std::optional<OutboxEntry>> find(const QString& requestId);
    // Oldest first.
    [[nodiscard]] Result<QList<OutboxEntry>> listByState(OutboxState state, int limit = 1000);
    // Every state is present, with 0 when empty.
    [[nodiscard]] Result<QMap<OutboxState, qint64>> countsByState();

    // Moves up to max due queued rows (next_attempt_at <= now, oldest first) to sending and
    // returns them. Queued rows whose consent has expired go to needs_attention first.
    [[nodiscard]] Result<QList<OutboxEntry>> claimBatch(int max, qint64 now);

    // Records the outcome of sent requests in one transaction: all or nothing. Refuses the
    // whole batch if any result is not a valid transition for its row.
    Status recordResults(const QList<OutboxResult>& results, qint64 now);

    // needs_attention -> queued with the same request id: attempts and the last error are
    // cleared; payload and consent replaced when given.
    Status resubmit(const QString& requestId, qint64 now,
                    const std::optional<QString>& newPayload = std::nullopt,
                    const std::optional<Consent>& newConsent = std::nullopt);

    // queued rows whose consent expired -> needs_attention. Returns how many.
    [[nodiscard]] Result<int> expireConsents(qint64 now);

    // A new consent for a request that has not reached the backend yet, under the SAME request
    // id (its idempotency key: the backend leaves the consent out of a request's identity,
    // docs/api.md §3). A queued row keeps its place and becomes due at once; a row that needs
    // attention goes back to the queue (attempts and last error cleared). Refused, with the
    // row unchanged: consent.renew_after_accepted (the backend has the request: accepted or
    // rejected after acceptance), consent.renew_while_sending, consent.renew_withdrawn,
    // consent.renew_not_needed (sent under an organisation's mandate), consent.renew_invalid
    // (empty token or an expiry not after now), outbox.not_found.
    Status renewConsent(const QString& requestId, const QString& token, qint64 expiresAtMs,
                        qint64 now);
    // Requests whose consent must be renewed before they can be sent: queued or needing
    // attention, under a citizen's consent (not a mandate), and either past their consent's
    // expiry on this PC's clock or refused by the backend for their consent (expired, used,
    // unknown, or for another citizen or service). Oldest first.
    [[nodiscard]] Result<QList<OutboxEntry>> consentsToRenew(qint64 now, int limit = 1000);
    // Whether a new consent may be stored on this row: the refusals of renewConsent() that
    // depend on the row alone (state, mandate), or ok.
    [[nodiscard]] static Status consentRenewable(const OutboxEntry& entry);
    // The same rule for one row (what the list above selects).
    [[nodiscard]] static bool needsConsentRenewal(const OutboxEntry& entry, qint64 now);
    // The last-error codes that mean "the backend refused this request's consent".
    [[nodiscard]] static const QStringList& consentRefusalCodes();

    // At start-up: rows a crash left in sending go back to queued (they keep their request
    // id, so the backend answers a repeat with its first answer). Returns how many.
    [[nodiscard]] Result<int> recoverAfterCrash(qint64 now);

    // The interactive path: queued -> sending for one request (nullopt when it is not queued,
    // e.g. a drain already took it, or its consent expired — then it is in needs_attention).
    [[nodiscard]] Result<std::optional<OutboxEntry>> claim(const QString& requestId, qint64 now);

    // recordResults() and, in the same transaction, the first progress of the accepted ones:
    // a crash can never leave an accepted request that nobody will poll. Each request's
    // result is written under its own savepoint: when the backend's answer for one request
    // conflicts with a record already saved (a tracking code it already gave another request),
    // that request alone goes to needs_attention with the reason (outbox.answer_conflict) and
    // the others are recorded. Any other failure (disk full, I/O, an invalid transition)
    // still refuses the whole batch and leaves every row as it was.
    // Returns the results as recorded: the given ones, with a conflicting one replaced by its
    // needs-attention result.
    [[nodiscard]] Result<QList<OutboxResult>>
    recordResults(const QList<OutboxResult>& results, qint64 now,
                  const QList<RequestProgressStore::Progress>& progress);
    // Earliest next_attempt_at among queued rows; nullopt when none are queued.
    [[nodiscard]] Result<std::optional<qint64>> nextDueAt();
    // Queued rows waiting for a later attempt become due at `now` (the backend is back, or the
    // clerk asked to sync now). Returns how many.
    [[nodiscard]] Result<int> makeDue(qint64 now);

    // queued | needs_attention -> withdrawn: the request's fee was voided before it was sent,
    // so it never will be. Runs inside the caller's transaction when there is one (the void's).
    // outbox.not_found, or outbox.invalid_transition when it is being sent or was sent already.
    Status withdraw(const QString& requestId, qint64 now);

private:
    // Runs one literal statement whose only parameter is :now; answers the rows it changed.
    Result<int> updateAt(const char* sql, qint64 now);
    Status validateNew(const OutboxEntry& entry) const;
    Result<std::optional<OutboxState>> stateOf(const QString& requestId);
    Status applyResult(const OutboxResult& result, qint64 now);
    // One request's result and its progress under a savepoint of the caller's transaction.
    Result<OutboxResult> recordOne(const OutboxResult& result,
                                   const QList<RequestProgressStore::Progress>& progress,
                                   qint64 now);
    Result<int> expireConsentsInTransaction(qint64 now);
    // Moves one claimed row from queued to sending.
    Status markClaimed(OutboxEntry& entry, qint64 now);
    static OutboxEntry readRow(const Row& row);

    Database& m_db;
    RequestProgressStore m_progress;

public:
    // The columns entryFromRow() reads, in its order, for searches that choose their own WHERE
    // and index (the follow-up search pages through the outbox by an index of its choosing).
    [[nodiscard]] static const char* entryColumns();
    [[nodiscard]] static OutboxEntry entryFromRow(const Row& row);
    // How many columns entryColumns() names: a search's own columns come after them.
    static constexpr int kEntryColumnCount = 22;
};

} // namespace pishkhan
