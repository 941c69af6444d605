#pragma once

#include "StaffRecord.h"
#include "core/Result.h"

#include <QList>

namespace pishkhan {

class Database;

// The SQL of the staff_outbox and staff_sync tables (schema v8): account changes made at this
// counter waiting to reach the office's backend, and the office revision this counter has
// applied. No rules here — AccountService queues, StaffExchange sends and applies.
class StaffOutboxStore
{
public:
    struct Pending
    {
        qint64 seq = 0;
        QString username;
        QString idempotencyKey; // one per change, kept for every retry
        QByteArray body;        // the exact JSON sent on every retry
    };

    explicit StaffOutboxStore(Database& db);

    // Queues the record as it is now, under a fresh idempotency key. Call inside the
    // transaction that made the change, so the change and its queue row commit together.
    Status enqueue(const StaffRecord& record, bool create, qint64 now);
    // Oldest first.
    [[nodiscard]] Result<QList<Pending>> pending(int max);
    [[nodiscard]] Result<qint64> pendingCount();
    [[nodiscard]] Result<bool> hasPending(const QString& username);
    Status markSent(qint64 seq, qint64 revision, qint64 now);
    Status markRefused(qint64 seq, const QString& code, qint64 now);

    [[nodiscard]] Result<qint64> sinceRevision();
    Status setSinceRevision(qint64 revision);

private:
    Database& m_db;
};

} // namespace pishkhan
