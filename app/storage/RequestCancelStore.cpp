#include "RequestCancelStore.h"

#include "Database.h"
#include "Row.h"
#include "Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const char* const kColumns =
    "request_id, tracking_code, state, requested_by, reason, requested_at, attempt_count, "
    "next_attempt_at, answered_at, problem_type, detail";

QString orEmpty(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

RequestCancelStore::RequestCancelStore(Database& db)
    : m_db(db)
{}

QString RequestCancelStore::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Refused:
        return u"refused"_s;
    }
    return {};
}

RequestCancelStore::Cancel RequestCancelStore::readRow(const Row& row)
{
    Cancel c;
    c.requestId = row.text(0);
    c.trackingCode = row.text(1);
    const QString state = row.text(2);
    c.state = state == u"cancelled" ? State::Cancelled
              : state == u"refused" ? State::Refused
                                    : State::Queued;
    c.requestedBy = row.text(3);
    c.reason = row.text(4);
    c.requestedAt = row.int64(5);
    c.attemptCount = int(row.int64(6));
    c.nextAttemptAt = row.int64(7);
    c.answeredAt = row.int64(8);
    c.problemType = row.text(9);
    c.detail = row.text(10);
    return c;
}

Status RequestCancelStore::enqueue(const QString& requestId, const QString& trackingCode,
                                   const QString& requestedBy, const QString& reason, qint64 now)
{
    auto stmt = m_db.prepare(
        "INSERT INTO request_cancel (request_id, tracking_code, state, requested_by, reason, "
        "requested_at, next_attempt_at) VALUES (:id, :code, 'queued', :by, :reason, :now, :now)");
    if (!stmt)
        return stmt.error();
    Status s = stmt->execute({{":id", requestId},
                              {":code", orEmpty(trackingCode)},
                              {":by", orEmpty(requestedBy)},
                              {":reason", orEmpty(reason)},
                              {":now", now}});
    if (!s && s.error().code() == u"storage.constraint"_s)
        return Error(u"cancel.already_requested"_s,
                     QT_TRANSLATE_NOOP("Error", "A cancel of this request has already been "
                                                "asked for."),
                     u"request "_s + requestId);
    return s;
}

Result<std::optional<RequestCancelStore::Cancel>> RequestCancelStore::find(const QString& requestId)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QLatin1StringView(kColumns) +
                             u" FROM request_cancel WHERE request_id = ?1"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({requestId}); !s)
        return s.error();
    return stmt->first([](const Row& row) { return readRow(row); });
}

Result<QList<RequestCancelStore::Cancel>> RequestCancelStore::due(int max, qint64 now)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QLatin1StringView(kColumns) +
                             u" FROM request_cancel WHERE state = 'queued' AND "
                             u"next_attempt_at <= ?1 ORDER BY requested_at LIMIT ?2"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({now, max}); !s)
        return s.error();
    return stmt->collect([](const Row& row) { return readRow(row); });
}

Result<std::optional<qint64>> RequestCancelStore::nextDueAt()
{
    auto stmt =
        m_db.prepare("SELECT MIN(next_attempt_at) FROM request_cancel WHERE state = 'queued'");
    if (!stmt)
        return stmt.error();
    auto at = stmt->first([](const Row& row) {
        return row.isNull(0) ? std::optional<qint64>() : std::optional<qint64>(row.int64(0));
    });
    if (!at)
        return at.error();
    return at->value_or(std::nullopt);
}

Status RequestCancelStore::answer(const QString& requestId, const char* state,
                                  const QString& problemType, const QString& detail, qint64 now)
{
    auto stmt = m_db.prepare(
        "UPDATE request_cancel SET state = :state, answered_at = :now, problem_type = :type, "
        "detail = :detail, attempt_count = attempt_count + 1 "
        "WHERE request_id = :id AND state = 'queued'");
    if (!stmt)
        return stmt.error();
    return stmt->execute({{":state", QString::fromLatin1(state)},
                          {":now", now},
                          {":type", orEmpty(problemType)},
                          {":detail", orEmpty(detail)},
                          {":id", requestId}});
}

Status RequestCancelStore::markCancelled(const QString& requestId, qint64 now)
{
    return answer(requestId, "cancelled", {}, {}, now);
}

Status RequestCancelStore::markRefused(const QString& requestId, const QString& problemType,
                                       const QString& detail, qint64 now)
{
    return answer(requestId, "refused", problemType, detail, now);
}

Status RequestCancelStore::retryAt(const QString& requestId, qint64 at, qint64 now)
{
    Q_UNUSED(now);
    auto stmt = m_db.prepare("UPDATE request_cancel SET next_attempt_at = :at, "
                             "attempt_count = attempt_count + 1 "
                             "WHERE request_id = :id AND state = 'queued'");
    if (!stmt)
        return stmt.error();
    return stmt->execute({{":at", at}, {":id", requestId}});
}

} // namespace pishkhan
