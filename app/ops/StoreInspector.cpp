#include "StoreInspector.h"

#include "ledger/LedgerStore.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Schema versions that added the tables walked here (docs/architecture.md).
constexpr int kAuditSchema = 4;
constexpr int kLedgerSchema = 5;

} // namespace

Status StoreInspection::problem(const QString& path) const
{
    if (integrity != u"ok"_s)
        return Error(u"storage.corrupt"_s,
                     QT_TRANSLATE_NOOP("Error", "The database file is damaged."),
                     path + u": integrity_check: "_s + integrity.left(200));
    if (ledgerBreak)
        return HashChain::brokenError(u"ledger_entry"_s, *ledgerBreak).prefixDetail(path);
    if (auditBreak)
        return HashChain::brokenError(u"audit_events"_s, *auditBreak).prefixDetail(path);
    return {};
}

Result<StoreInspection> StoreInspector::inspect(Database& db)
{
    StoreInspection out;
    out.cipherVersion = db.cipherVersion();
    Result<int> version = SchemaMigrator::currentVersion(db);
    if (!version)
        return version.error();
    out.schemaVersion = *version;

    // integrity_check answers one row per problem (up to 100); keep the first few.
    auto check = db.prepare("PRAGMA integrity_check");
    if (!check)
        return check.error();
    QStringList lines;
    if (Status s = check->forEachRow([&lines](const Row& row) {
            if (lines.size() < 5)
                lines += row.text(0);
        });
        !s)
        return s.error();
    out.integrity = lines.join(u"; "_s);

    if (out.schemaVersion >= 1) {
        Result<qint64> outbox = db.queryInt64("SELECT count(*) FROM outbox");
        if (!outbox)
            return outbox.error();
        out.outboxRows = *outbox;
    }
    if (out.schemaVersion >= kAuditSchema) {
        Result<qint64> events = db.queryInt64("SELECT count(*) FROM audit_events");
        if (!events)
            return events.error();
        out.auditEvents = *events;
        AuditLog audit(db, SystemClock::instance());
        Result<HashChain::Report> report = audit.verify();
        if (!report)
            return report.error();
        out.auditBreak = report->failure;
    }
    if (out.schemaVersion >= kLedgerSchema) {
        Result<qint64> entries = db.queryInt64("SELECT count(*) FROM ledger_entry");
        if (!entries)
            return entries.error();
        out.ledgerEntries = *entries;
        LedgerStore ledger(db);
        Result<HashChain::Report> report = ledger.verifyChain();
        if (!report)
            return report.error();
        out.ledgerBreak = report->failure;
        Result<LedgerStore::Head> head = ledger.head();
        if (!head)
            return head.error();
        out.ledgerHeadSeq = head->seq;
        out.ledgerHeadHash = head->hash;
    }
    return out;
}

} // namespace pishkhan
