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

VoidRequest readRow(const Statement& s)
{
    VoidRequest r;
    r.id = s.columnInt64(0);
    r.feeSeq = s.columnInt64(1);
    r.clerkId = s.columnText(2);
    r.reason = s.columnText(3);
    r.requestedAt = s.columnInt64(4);
    r.state = stateFromText(s.columnText(5));
    r.supervisorId = s.columnText(6);
    r.decisionNote = s.columnText(7);
    r.decidedAt = s.columnIsNull(8) ? 0 : s.columnInt64(8);
    r.voidSeq = s.columnIsNull(9) ? 0 : s.columnInt64(9);
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
    for (Status s : {stmt->bindInt64(1, feeSeq), stmt->bindText(2, clerkId),
                     stmt->bindText(3, reason), stmt->bindInt64(4, now)})
        if (!s)
            return s.error();
    if (Status s = stmt->execute(); !s) {
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
        if (Status s = stmt->bindInt64(1, arg); !s)
            return s.error();
    QList<VoidRequest> rows;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.append(readRow(*stmt));
    }
    return rows;
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

Status VoidRequestStore::markApproved(qint64 id, const QString& supervisorId, qint64 voidSeq,
                                      qint64 now)
{
    auto stmt = m_db.prepare("UPDATE void_request SET state = 'approved', supervisor_id = ?2, "
                             "void_seq = ?3, decided_at = ?4 WHERE id = ?1 AND state = 'pending'");
    if (!stmt)
        return stmt.error();
    for (Status s : {stmt->bindInt64(1, id), stmt->bindText(2, supervisorId),
                     stmt->bindInt64(3, voidSeq), stmt->bindInt64(4, now)})
        if (!s)
            return s;
    if (Status s = stmt->execute(); !s)
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
    for (Status s : {stmt->bindInt64(1, id), stmt->bindText(2, supervisorId),
                     stmt->bindText(3, note), stmt->bindInt64(4, now)})
        if (!s)
            return s;
    if (Status s = stmt->execute(); !s)
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
