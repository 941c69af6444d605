#pragma once

#include "AuditEvent.h"
#include "core/Result.h"
#include "storage/HashChain.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pishkhan {

class AuditLog;
struct Session;

// What a reader asks of the audit trail: one office-local day (or every day), one actor (or
// everyone), one kind (or all).
struct AuditTrailQuery
{
    QDate day;     // invalid = every day
    QString actor; // username as recorded; empty = everyone
    std::optional<AuditKind> kind;
    int limit = 5000; // newest first; more matching events set AuditTrailPage::truncated
};

// One answer: the matching events, newest first, and the state of the whole chain at the time
// of reading — so a screen or an export never shows events without saying whether the trail
// they come from still verifies.
struct AuditTrailPage
{
    AuditTrailQuery query;
    QList<AuditEvent> events;
    bool truncated = false;
    HashChain::Report chain;

    enum class EventState { Verified, Broken, Unverified };
    // Verified: at or before the last event the walk accepted; Broken: the first event that
    // does not match; Unverified: after the break, so nothing can be said about it.
    [[nodiscard]] EventState stateOf(const AuditEvent& event) const;
    [[nodiscard]] bool chainHolds() const { return !chain.failure.has_value(); }
};

// The supervisor's and administrator's reading of the audit trail (Permission::ReadAudit):
// filtering, the chain check, and a record that it was exported. Refusals write nothing.
class AuditTrail
{
public:
    // zone: the office's, for what "a day" means; invalid = Asia/Tehran.
    AuditTrail(AuditLog& log, QTimeZone zone = {});

    [[nodiscard]] Result<AuditTrailPage> read(const Session& reader, const AuditTrailQuery& query);
    // The names a reader can pick from (AuditLog::actors).
    [[nodiscard]] Result<QStringList> actors(const Session& reader);
    // An export of a page leaves its own event (kind export, subject "audit_trail", detail
    // with the format, the filter and the number of rows): an auditor sees who took the trail
    // out and what they took.
    Status recordExport(const Session& reader, const AuditTrailPage& page, const QString& format);

private:
    AuditLog& m_log;
    QTimeZone m_zone;
};

} // namespace pishkhan
