#include "RequestProgressStore.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

RequestProgressStore::RequestProgressStore(Database& db)
    : m_db(db)
{}

Status RequestProgressStore::writeProgress(const Progress& p, qint64 now)
{
    if (p.requestId.isEmpty() || p.trackingCode.isEmpty() || p.status.isEmpty())
        return Error(u"outbox.invalid_entry"_s,
                     QT_TRANSLATE_NOOP("Error", "The request is incomplete and was not saved."),
                     u"progress without request id, tracking code or status"_s);
    const std::initializer_list<Statement::Named> values = {
        {":id", p.requestId},      {":tracking", p.trackingCode},
        {":status", p.status},     {":final", p.isFinal ? 1 : 0},
        {":result", p.resultJson}, {":rcode", p.rejectionCode},
        {":rfa", p.rejectionFa},   {":ren", p.rejectionEn},
        {":next", p.nextPollAt},   {":now", now}};
    // No UPSERT on SQLite 3.15: update, and insert when nothing was there. poll_count survives.
    auto update = m_db.cached(
        "UPDATE outbox_result SET tracking_code = :tracking, status = :status, final = :final, "
        "result_json = :result, rejection_code = :rcode, rejection_fa = :rfa, "
        "rejection_en = :ren, next_poll_at = :next, poll_count = poll_count + 1, "
        "updated_at = :now WHERE request_id = :id");
    if (!update)
        return update.error();
    if (Status s = (*update)->execute(values); !s)
        return s;
    if (m_db.changes() == 0) {
        auto insert = m_db.cached(
            "INSERT INTO outbox_result (request_id, tracking_code, status, final, result_json, "
            "rejection_code, rejection_fa, rejection_en, next_poll_at, poll_count, updated_at) "
            "VALUES (:id, :tracking, :status, :final, :result, :rcode, :rfa, :ren, :next, 0, "
            ":now)");
        if (!insert)
            return insert.error();
        if (Status s = (*insert)->execute(values); !s)
            return s;
    }
    if (p.history.isEmpty())
        return {};
    auto clear = m_db.cached("DELETE FROM outbox_status_history WHERE request_id = ?");
    if (!clear)
        return clear.error();
    if (Status s = (*clear)->execute({p.requestId}); !s)
        return s;
    auto insert = m_db.cached("INSERT INTO outbox_status_history (request_id, seq, status, at, "
                              "note_fa, note_en) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < p.history.size(); ++i) {
        const StatusEvent& e = p.history.at(i);
        if (Status s = (*insert)->execute({p.requestId, i, e.status, e.at, e.noteFa, e.noteEn}); !s)
            return s;
    }
    return {};
}

Status RequestProgressStore::recordProgress(const QList<Progress>& progress, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const Progress& p : progress) {
        if (Status s = writeProgress(p, now); !s)
            return s;
    }
    return tx->commit();
}

Result<QList<RequestProgressStore::PollTarget>> RequestProgressStore::duePolls(int max, qint64 now)
{
    auto stmt = m_db.prepare("SELECT request_id, tracking_code, poll_count FROM outbox_result "
                             "WHERE final = 0 AND next_poll_at <= ? ORDER BY next_poll_at LIMIT ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({now, max}); !s)
        return s.error();
    return stmt->collect<PollTarget>([](const Row& row) {
        return PollTarget{row.text(0), row.text(1), int(row.int64(2))};
    });
}

Result<std::optional<qint64>> RequestProgressStore::nextPollAt()
{
    auto stmt = m_db.prepare("SELECT min(next_poll_at) FROM outbox_result WHERE final = 0");
    if (!stmt)
        return stmt.error();
    auto earliest = stmt->first([](const Row& row) { return row.optionalInt64(0); });
    if (!earliest)
        return earliest.error();
    return earliest->value_or(std::nullopt);
}

Status RequestProgressStore::deferPolls(const QStringList& requestIds, qint64 nextPollAt,
                                        qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = m_db.prepare("UPDATE outbox_result SET next_poll_at = ?, updated_at = ? "
                             "WHERE request_id = ? AND final = 0");
    if (!stmt)
        return stmt.error();
    for (const QString& id : requestIds) {
        if (Status s = stmt->execute({nextPollAt, now, id}); !s)
            return s;
    }
    return tx->commit();
}

Result<std::optional<RequestProgressStore::Progress>>
RequestProgressStore::progress(const QString& requestId)
{
    auto stmt = m_db.prepare("SELECT tracking_code, status, final, result_json, rejection_code, "
                             "rejection_fa, rejection_en, next_poll_at FROM outbox_result "
                             "WHERE request_id = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({requestId}); !s)
        return s.error();
    Result<std::optional<Progress>> found = stmt->first([&requestId](const Row& row) {
        Progress p;
        p.requestId = requestId;
        p.trackingCode = row.text(0);
        p.status = row.text(1);
        p.isFinal = row.int64(2) != 0;
        p.resultJson = row.text(3);
        p.rejectionCode = row.text(4);
        p.rejectionFa = row.text(5);
        p.rejectionEn = row.text(6);
        p.nextPollAt = row.int64(7);
        return p;
    });
    if (!found || !found->has_value())
        return found;
    auto history = m_db.prepare("SELECT status, at, note_fa, note_en FROM outbox_status_history "
                                "WHERE request_id = ? ORDER BY seq");
    if (!history)
        return history.error();
    if (Status s = history->bindAll({requestId}); !s)
        return s.error();
    auto events = history->collect<StatusEvent>([](const Row& row) {
        return StatusEvent{row.text(0), row.int64(1), row.text(2), row.text(3)};
    });
    if (!events)
        return events.error();
    (*found)->history = *events;
    return found;
}

Result<int> RequestProgressStore::trackAccepted(qint64 now)
{
    auto stmt = m_db.cached(
        "INSERT INTO outbox_result (request_id, tracking_code, status, final, next_poll_at, "
        "poll_count, updated_at) SELECT request_id, tracking_code, 'received', 0, :now, 0, :now "
        "FROM outbox WHERE state = 'accepted' AND tracking_code IS NOT NULL AND request_id NOT "
        "IN (SELECT request_id FROM outbox_result)");
    if (!stmt)
        return stmt.error();
    if (Status s = (*stmt)->execute({{":now", now}}); !s)
        return s.error();
    return m_db.changes();
}

} // namespace pishkhan
