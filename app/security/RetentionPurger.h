#pragma once

#include "core/Result.h"

namespace pishkhan {

class AuditLog;
class Clock;
class Database;

// Retention: once a request has been in a final outbox state (accepted, rejected) for longer
// than the retention period (default 90 days; setting "retention.days"), everything of the
// citizen's is cleared from its row: national code, mobile, name and consent token become
// empty and the form payload "{}". The row itself stays — request id, tracking code, state,
// fee reference — so the ledger still points at something and the tracking code can still be
// looked up; ledger and audit entries are never touched. Nothing hashed depends on a cleared
// column: the ledger chain hashes the request id and the fee, never the citizen, and the audit
// trail holds masked identifiers only. Each run is recorded in retention_runs and, when it
// cleared anything, as a retention_purge audit event. RetentionSchedule runs it daily.
//
// "Final since" is the row's updated_at: a final row never changes state again.
class RetentionPurger
{
public:
    static constexpr int kDefaultDays = 90;
    static constexpr const char* kSettingKey = "retention.days";

    RetentionPurger(Database& db, AuditLog& audit, const Clock& clock);

    // Returns how many requests were cleared. days <= 0 uses the setting (or the default).
    [[nodiscard]] Result<int> purge(int days = 0);
    // The period in force: the setting when it is a positive number, else kDefaultDays.
    [[nodiscard]] Result<int> retentionDays();

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pishkhan
