#pragma once

#include "AuditEvent.h"
#include "core/Result.h"
#include "storage/HashChain.h"

#include <QList>

#include <optional>

namespace pishkhan {

class Clock;
class Database;
struct Session;

// The append-only, hash-chained audit trail (table audit_events, schema v4). The database
// refuses UPDATE and DELETE on it (triggers), and every event carries the SHA-256 of the one
// before it (HashChain), so an edit made around the triggers — with the sqlcipher shell and
// the key — is found by verify(), which names the first event that does not match.
//
// Canonical fields of an event, in this order (HashChain encoding v1):
//   seq, at, kind name, account_id (0 when none), username, subject, detail
//
// Writing is open to every service (a failed login must be recorded without a session);
// reading is for accounts with Permission::ReadAudit (supervisor, admin).
class AuditLog
{
public:
    struct Filter
    {
        std::optional<qint64> fromMs; // inclusive
        std::optional<qint64> toMs;   // exclusive
        QList<AuditKind> kinds;       // empty = all
        QString username;             // empty = all
        int limit = 1000;             // newest first
    };

    AuditLog(Database& db, const Clock& clock);

    // Appends one event in its own transaction; at = now when 0. Returns the stored event.
    Result<AuditEvent> record(AuditEvent event);
    // Same, for callers that already hold a Transaction on this database (the ledger records a
    // void approval in the same transaction as the void entry).
    Result<AuditEvent> recordInTransaction(AuditEvent event);
    // Convenience: the actor is the session's account.
    Result<AuditEvent> record(AuditKind kind, const Session& actor, const QString& subject = {},
                              const QString& detail = {});

    [[nodiscard]] Result<QList<AuditEvent>> read(const Session& reader, const Filter& filter);
    // Every actor name the trail holds, sorted: what a reader can filter by, including accounts
    // that were disabled or renamed since (Permission::ReadAudit).
    [[nodiscard]] Result<QStringList> actors(const Session& reader);

    // Walks the whole chain. A broken chain is a Report with failure set (not an Error).
    [[nodiscard]] Result<HashChain::Report> verify();

    [[nodiscard]] static QList<QByteArray> canonicalFields(const AuditEvent& event);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace pishkhan
