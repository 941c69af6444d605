#include "SyncStateStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

SyncStateStore::SyncStateStore(Database& db)
    : m_db(db)
{}

Result<SyncStateStore::State> SyncStateStore::load()
{
    auto stmt = m_db.prepare("SELECT last_success_at, last_attempt_at, last_error_code, "
                             "last_error_message, clock_skew_ms, skew_measured_at FROM sync_state "
                             "WHERE id = 1");
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    State s;
    if (!*row)
        return s;
    s.lastSuccessAt = stmt->columnInt64(0);
    s.lastAttemptAt = stmt->columnInt64(1);
    s.lastErrorCode = stmt->columnText(2);
    s.lastErrorMessage = stmt->columnText(3);
    s.clockSkewMs = stmt->columnInt64(4);
    s.skewMeasuredAt = stmt->columnInt64(5);
    return s;
}

Status SyncStateStore::recordSuccess(qint64 now)
{
    auto stmt = m_db.prepare("UPDATE sync_state SET last_success_at = ?, last_attempt_at = ?, "
                             "last_error_code = NULL, last_error_message = NULL WHERE id = 1");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindInt64(1, now);
    if (s)
        s = stmt->bindInt64(2, now);
    if (s)
        s = stmt->execute();
    return s;
}

Status SyncStateStore::recordFailure(qint64 now, const QString& code, const QString& message)
{
    auto stmt = m_db.prepare("UPDATE sync_state SET last_attempt_at = ?, last_error_code = ?, "
                             "last_error_message = ? WHERE id = 1");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindInt64(1, now);
    if (s)
        s = stmt->bindText(2, code);
    if (s)
        s = stmt->bindText(3, message);
    if (s)
        s = stmt->execute();
    return s;
}

Status SyncStateStore::recordSkew(qint64 skewMs, qint64 now)
{
    auto stmt =
        m_db.prepare("UPDATE sync_state SET clock_skew_ms = ?, skew_measured_at = ? WHERE id = 1");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindInt64(1, skewMs);
    if (s)
        s = stmt->bindInt64(2, now);
    if (s)
        s = stmt->execute();
    return s;
}

Result<qint64> SyncStateStore::countAwaitingFinal()
{
    return m_db.queryInt64("SELECT count(*) FROM outbox_result WHERE final = 0");
}

} // namespace pishkhan
