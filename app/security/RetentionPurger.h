#pragma once

#include "core/Result.h"

namespace pishkhan {

class AuditLog;
class Clock;
class Database;

// Retention: the form payload of a request in a final outbox state (accepted, rejected) is
// blanked to "{}" once the request has been final for longer than the retention period
// (default 90 days; setting "retention.days"). The outbox row itself stays — tracking code,
// state, fee reference — so the citizen can still be found and the ledger still points at
// something; ledger and audit entries are never touched. Each run is recorded in
// retention_runs and, when it purged anything, as a retention_purge audit event.
//
// "Final since" is the row's updated_at: a final row never changes state again.
class RetentionPurger
{
public:
    static constexpr int kDefaultDays = 90;
    static constexpr const char* kSettingKey = "retention.days";

    RetentionPurger(Database& db, AuditLog& audit, const Clock& clock);

    // Returns how many payloads were blanked. days <= 0 uses the setting (or the default).
    [[nodiscard]] Result<int> purge(int days = 0);
    // The period in force: the setting when it is a positive number, else kDefaultDays.
    [[nodiscard]] Result<int> retentionDays();

private:
    Database& m_db;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pishkhan
