#pragma once

#include "OutboxEntry.h"
#include "OutboxResult.h"
#include "core/Result.h"

#include <QList>
#include <QMap>

#include <optional>

namespace pishkhan {

class Database;
class Statement;

// Every citizen request is written here before anything is sent. Each public call is one
// transaction: it either happens completely or not at all (disk full included). Every state
// change goes through outboxTransition(); a refused change leaves the row as it was.
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

    // At start-up: rows a crash left in sending go back to queued (they keep their request
    // id, so the backend answers a repeat with its first answer). Returns how many.
    [[nodiscard]] Result<int> recoverAfterCrash(qint64 now);

private:
    Status validateNew(const OutboxEntry& entry) const;
    Result<std::optional<OutboxState>> stateOf(const QString& requestId);
    Status applyResult(const OutboxResult& result, qint64 now);
    Result<int> expireConsentsInTransaction(qint64 now);
    static OutboxEntry readRow(const Statement& stmt);

    Database& m_db;
};

} // namespace pishkhan
