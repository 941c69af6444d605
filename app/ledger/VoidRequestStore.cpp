#include "VoidRequestStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kColumns = "id, fee_seq, clerk_id, reason, requested_at, state, "
                                 "supervisor_id, decision_note, decided_at, void_seq";

VoidRequest::State stateFromText(const QString& text)
{
    if (text == u"approved"_s)
        return VoidRequest::State::Approved;
    if (text == u"refused"_s)
        return VoidRequest::State::Refused;
    return VoidRequest::State::Pending;
}

VoidRequest readRow(const Row& row)
{
    VoidRequest r;
    r.id = row.int64(0);
    r.feeSeq = row.int64(1);
    r.clerkId = row.text(2);
    r.reason = row.text(3);
    r.requestedAt = row.int64(4);
    r.state = stateFromText(row.text(5));
    r.supervisorId = row.text(6);
    r.decisionNote = row.text(7);
    r.decidedAt = row.optionalInt64(8).value_or(0);
    r.voidSeq = row.optionalInt64(9).value_or(0);
    return r;
}

Error notPending(qint64 id)
{
    return Error(u"ledger.void_request_decided"_s,
                 QT_TRANSLATE_NOOP("Error", "This void request has already been decided."),
                 u"void request "_s + QString::number(id));
}

} // namespace

VoidRequestStore::VoidRequestStore(Database& db)
    : m_db(db)
{}

Result<VoidRequest> VoidRequestStore::insert(qint64 feeSeq, const QString& clerkId,
                                             const QString& reason, qint64 now)
{
    auto stmt = m_db.prepare("INSERT INTO void_request (fee_seq, clerk_id, reason, requested_at) "
                             "VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({feeSeq, clerkId, reason, now}); !s) {
        if (s.error().code() == u"storage.constraint"_s)
            return Error(u"ledger.void_already_requested"_s,
                         QT_TRANSLATE_NOOP("Error", "A void of this fee has already been "
                                                    "requested and waits for a supervisor."),
                         u"entry "_s + QString::number(feeSeq));
        return s.error();
    }
    VoidRequest r;
    r.id = m_db.lastInsertRowId();
    r.feeSeq = feeSeq;
    r.clerkId = clerkId;
    r.reason = reason;
    r.requestedAt = now;
    return r;
}

Result<QList<VoidRequest>> VoidRequestStore::select(const char* where, qint64 arg)
{
    auto stmt =
        m_db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) + u" FROM void_request WHERE "_s +
                     QString::fromLatin1(where) + u" ORDER BY requested_at, id"_s);
    if (!stmt)
        return stmt.error();
    if (arg != 0)
        if (Status s = stmt->bindAll({arg}); !s)
            return s.error();
    return stmt->collect(readRow);
}

Result<std::optional<VoidRequest>> VoidRequestStore::find(qint64 id)
{
    Result<QList<VoidRequest>> rows = select("id = ?1", id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<VoidRequest>();
    return std::optional<VoidRequest>(rows->first());
}

Result<std::optional<VoidRequest>> VoidRequestStore::pendingForFee(qint64 feeSeq)
{
    Result<QList<VoidRequest>> rows = select("fee_seq = ?1 AND state = 'pending'", feeSeq);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<VoidRequest>();
    return std::optional<VoidRequest>(rows->first());
}

Result<QList<VoidRequest>> VoidRequestStore::pending()
{
    return select("state = 'pending'", 0);
}

Result<qint64> VoidRequestStore::pendingForDay(int counter, QDate day)
{
    auto stmt = m_db.prepare("SELECT COUNT(*) FROM void_request r JOIN ledger_entry e "
                             "ON e.seq = r.fee_seq WHERE r.state = 'pending' "
                             "AND e.counter_no = ?1 AND e.business_day = ?2");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({counter, day.toString(Qt::ISODate)}); !s)
        return s.error();
    Result<std::optional<qint64>> n = stmt->first([](const Row& row) { return row.int64(0); });
    if (!n)
        return n.error();
    return n->value_or(0);
}

Status VoidRequestStore::markApproved(qint64 id, const QString& supervisorId, qint64 voidSeq,
                                      qint64 now)
{
    auto stmt = m_db.prepare("UPDATE void_request SET state = 'approved', supervisor_id = ?2, "
                             "void_seq = ?3, decided_at = ?4 WHERE id = ?1 AND state = 'pending'");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({id, supervisorId, voidSeq, now}); !s)
        return s;
    return expectOneChanged(id);
}

Status VoidRequestStore::markRefused(qint64 id, const QString& supervisorId, const QString& note,
                                     qint64 now)
{
    auto stmt = m_db.prepare("UPDATE void_request SET state = 'refused', supervisor_id = ?2, "
                             "decision_note = ?3, decided_at = ?4 "
                             "WHERE id = ?1 AND state = 'pending'");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({id, supervisorId, note, now}); !s)
        return s;
    return expectOneChanged(id);
}

Status VoidRequestStore::expectOneChanged(qint64 id)
{
    if (m_db.changes() == 1)
        return {};
    return notPending(id);
}

} // namespace pishkhan
