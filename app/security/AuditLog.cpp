#include "AuditLog.h"

#include "Authorizer.h"
#include "Clock.h"
#include "Session.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kColumns =
    "seq, at, kind, account_id, username, subject, detail, prev_hash, hash";

// NOT NULL text columns take '' rather than NULL for "none" (a null QString binds NULL).
QString orEmpty(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

AuditEvent readRow(const Row& row)
{
    AuditEvent e;
    e.seq = row.int64(0);
    e.at = row.int64(1);
    e.kind = auditKindFromName(row.text(2)).value_or(AuditKind::Login);
    e.accountId = row.optionalInt64(3).value_or(0);
    e.username = row.text(4);
    e.subject = row.text(5);
    e.detail = row.text(6);
    e.prevHash = row.text(7);
    e.hash = row.text(8);
    return e;
}

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<QByteArray> AuditLog::canonicalFields(const AuditEvent& e)
{
    return {HashChain::field(e.seq),
            HashChain::field(e.at),
            HashChain::field(auditKindName(e.kind)),
            HashChain::field(e.accountId),
            HashChain::field(e.username),
            HashChain::field(e.subject),
            HashChain::field(e.detail)};
}

Result<AuditEvent> AuditLog::record(AuditEvent event)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<AuditEvent> stored = recordInTransaction(std::move(event));
    if (!stored)
        return stored;
    if (Status s = tx->commit(); !s)
        return s.error();
    return stored;
}

Result<AuditEvent> AuditLog::record(AuditKind kind, const Session& actor, const QString& subject,
                                    const QString& detail)
{
    AuditEvent e;
    e.kind = kind;
    e.accountId = actor.accountId;
    e.username = actor.username;
    e.subject = subject;
    e.detail = detail;
    return record(std::move(e));
}

Result<AuditEvent> AuditLog::recordInTransaction(AuditEvent event)
{
    // The chain head is read inside the caller's write transaction (BEGIN IMMEDIATE), so two
    // writers can never both extend the same head.
    auto last = m_db.prepare("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    Result<bool> hasLast = last->step();
    if (!hasLast)
        return hasLast.error();
    event.seq = *hasLast ? last->columnInt64(0) + 1 : 1;
    event.prevHash = *hasLast ? last->columnText(1) : HashChain::genesisHex();
    if (event.at == 0)
        event.at = m_clock.nowMs();
    event.hash = HashChain::computeHashHex(event.prevHash, canonicalFields(event));

    auto ins = m_db.prepare(
        "INSERT INTO audit_events (seq, at, kind, account_id, username, subject, detail, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    const std::optional<qint64> accountId =
        event.accountId > 0 ? std::optional<qint64>(event.accountId) : std::nullopt;
    if (Status s = ins->execute({event.seq, event.at, auditKindName(event.kind), accountId,
                                 orEmpty(event.username), orEmpty(event.subject),
                                 orEmpty(event.detail), event.prevHash, event.hash});
        !s)
        return Error(s.error()).prefixDetail(u"recording audit event"_s);
    return event;
}

Result<QList<AuditEvent>> AuditLog::read(const Session& reader, const Filter& filter)
{
    if (Status s = Authorizer::require(reader, Permission::ReadAudit); !s)
        return s.error();

    QString sql = u"SELECT "_s + QString::fromLatin1(kColumns) + u" FROM audit_events WHERE 1"_s;
    if (filter.fromMs)
        sql += u" AND at >= :from"_s;
    if (filter.toMs)
        sql += u" AND at < :to"_s;
    if (!filter.username.isEmpty())
        sql += u" AND username = :user"_s;
    if (!filter.kinds.isEmpty()) {
        QStringList names;
        for (AuditKind k : filter.kinds)
            names << u'\'' + auditKindName(k) + u'\''; // stable names, no user text
        sql += u" AND kind IN ("_s + names.join(u',') + u')';
    }
    sql += u" ORDER BY seq DESC LIMIT :limit"_s;

    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    Status s;
    if (filter.fromMs)
        s = stmt->bindInt64(":from", *filter.fromMs);
    if (s && filter.toMs)
        s = stmt->bindInt64(":to", *filter.toMs);
    if (s && !filter.username.isEmpty())
        s = stmt->bindText(":user", filter.username);
    if (s)
        s = stmt->bindInt64(":limit", filter.limit > 0 ? filter.limit : -1);
    if (!s)
        return s.error();

    return stmt->collect(readRow);
}

Result<QStringList> AuditLog::actors(const Session& reader)
{
    if (Status s = Authorizer::require(reader, Permission::ReadAudit); !s)
        return s.error();
    auto stmt = m_db.prepare(
        "SELECT DISTINCT username FROM audit_events WHERE username <> '' ORDER BY username");
    if (!stmt)
        return stmt.error();
    Result<QList<QString>> names = stmt->collect([](const Row& row) { return row.text(0); });
    if (!names)
        return names.error();
    return QStringList(*names);
}

Result<HashChain::Report> AuditLog::verify()
{
    QByteArray sql = "SELECT ";
    sql += kColumns;
    sql += " FROM audit_events ORDER BY seq";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    // Rebuilt from the raw columns (not through the enum) so an unknown or edited kind name is
    // hashed as stored and shows up as a mismatch rather than being normalised away.
    return HashChain::verify(*stmt, [](const Row& row) {
        HashChain::Entry entry;
        entry.sequence = row.int64(0);
        entry.fields = {HashChain::field(row.int64(0)),
                        HashChain::field(row.int64(1)),
                        row.text(2).toUtf8(),
                        HashChain::field(row.optionalInt64(3).value_or(0)),
                        row.text(4).toUtf8(),
                        row.text(5).toUtf8(),
                        row.text(6).toUtf8()};
        entry.prevHashHex = row.text(7);
        entry.hashHex = row.text(8);
        return entry;
    });
}

} // namespace pishkhan
