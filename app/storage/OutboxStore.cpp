#include "OutboxStore.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

#define PISHKHAN_OUTBOX_COLUMNS                                                                    \
    "request_id, service_id, catalogue_version, national_code, mobile, citizen_name, payload, "    \
    "fee_reference, consent_token, consent_expires_at, state, attempt_count, next_attempt_at, "    \
    "last_error_code, last_error_message, last_error_message_fa, tracking_code, created_at, "      \
    "updated_at"

Error invalidEntry(const QString& detail)
{
    return Error(u"outbox.invalid_entry"_s,
                 QT_TRANSLATE_NOOP("Error", "The request is incomplete and was not saved."),
                 detail);
}

Error notFound(const QString& requestId)
{
    return Error(u"outbox.not_found"_s,
                 QT_TRANSLATE_NOOP("Error", "The request was not found in the outbox."),
                 u"request "_s + requestId);
}

Status pass(Status s)
{
    return s;
}

// Runs every bind and returns the first failure, so a call site stays one expression.
template<typename... S>
Status all(S&&... statuses)
{
    Status result;
    ((result.ok() && !statuses.ok() ? (void)(result = statuses) : (void)0), ...);
    return result;
}

} // namespace

OutboxStore::OutboxStore(Database& db)
    : m_db(db)
{}

QString OutboxStore::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status OutboxStore::validateNew(const OutboxEntry& e) const
{
    const QUuid uuid = QUuid::fromString(e.requestId);
    if (uuid.isNull() || uuid.version() != QUuid::Random ||
        uuid.toString(QUuid::WithoutBraces) != e.requestId)
        return invalidEntry(u"request id is not a lower-case UUID v4: "_s + e.requestId);
    if (e.serviceId.isEmpty())
        return invalidEntry(u"service id is empty"_s);
    if (e.nationalCode.isEmpty())
        return invalidEntry(u"national code is empty"_s);
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(e.payload.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payload.isObject())
        return invalidEntry(u"payload is not a JSON object"_s);
    if (e.consentExpiresAt < 0)
        return invalidEntry(u"consent expiry is negative"_s);
    return {};
}

Status OutboxStore::enqueue(const OutboxEntry& e, qint64 now)
{
    if (Status s = validateNew(e); !s)
        return s;
    auto stmt = m_db.prepare(
        "INSERT INTO outbox (request_id, service_id, catalogue_version, national_code, mobile, "
        "citizen_name, payload, fee_reference, consent_token, consent_expires_at, state, "
        "attempt_count, next_attempt_at, created_at, updated_at) VALUES (:id, :service, "
        ":catalogue, :nc, :mobile, :name, :payload, :fee, :consent, :consent_exp, 'queued', 0, "
        ":now, :now, :now)");
    if (!stmt)
        return stmt.error();
    if (Status s =
            all(stmt->bindText(":id", e.requestId), stmt->bindText(":service", e.serviceId),
                stmt->bindInt64(":catalogue", e.catalogueVersion),
                stmt->bindText(":nc", e.nationalCode),
                stmt->bindText(":mobile", e.mobile.isNull() ? u""_s : e.mobile),
                stmt->bindText(":name", e.citizenName.isNull() ? u""_s : e.citizenName),
                stmt->bindText(":payload", e.payload),
                stmt->bindText(":fee", e.feeReference.isNull() ? u""_s : e.feeReference),
                stmt->bindText(":consent", e.consentToken.isNull() ? u""_s : e.consentToken),
                stmt->bindInt64(":consent_exp", e.consentExpiresAt), stmt->bindInt64(":now", now));
        !s)
        return s;
    // One statement in autocommit mode is its own transaction: on SQLITE_FULL or a crash
    // SQLite rolls the whole row back.
    Status s = stmt->execute();
    if (!s && s.error().code() == u"storage.constraint"_s)
        return Error(u"outbox.duplicate"_s,
                     QT_TRANSLATE_NOOP("Error", "A request with this id is already in the "
                                                "outbox."),
                     u"request "_s + e.requestId);
    return s;
}

OutboxEntry OutboxStore::readRow(const Statement& stmt)
{
    OutboxEntry e;
    e.requestId = stmt.columnText(0);
    e.serviceId = stmt.columnText(1);
    e.catalogueVersion = stmt.columnInt64(2);
    e.nationalCode = stmt.columnText(3);
    e.mobile = stmt.columnText(4);
    e.citizenName = stmt.columnText(5);
    e.payload = stmt.columnText(6);
    e.feeReference = stmt.columnText(7);
    e.consentToken = stmt.columnText(8);
    e.consentExpiresAt = stmt.columnInt64(9);
    e.state = outboxStateFromString(stmt.columnText(10)).value_or(OutboxState::NeedsAttention);
    e.attemptCount = int(stmt.columnInt64(11));
    e.nextAttemptAt = stmt.columnInt64(12);
    e.lastErrorCode = stmt.columnText(13);
    e.lastErrorMessage = stmt.columnText(14);
    e.lastErrorMessageFa = stmt.columnText(15);
    e.trackingCode = stmt.columnText(16);
    e.createdAt = stmt.columnInt64(17);
    e.updatedAt = stmt.columnInt64(18);
    return e;
}

Result<std::optional<OutboxEntry>> OutboxStore::find(const QString& requestId)
{
    auto stmt = m_db.prepare("SELECT " PISHKHAN_OUTBOX_COLUMNS " FROM outbox WHERE request_id = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindText(1, requestId); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(readRow(*stmt));
}

Result<QList<OutboxEntry>> OutboxStore::listByState(OutboxState state, int limit)
{
    auto stmt = m_db.prepare("SELECT " PISHKHAN_OUTBOX_COLUMNS
                             " FROM outbox WHERE state = ? ORDER BY seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    if (Status s = all(stmt->bindText(1, outboxStateName(state)), stmt->bindInt64(2, limit)); !s)
        return s.error();
    QList<OutboxEntry> entries;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        entries.append(readRow(*stmt));
    }
    return entries;
}

Result<QMap<OutboxState, qint64>> OutboxStore::countsByState()
{
    QMap<OutboxState, qint64> counts;
    for (OutboxState state : kAllOutboxStates)
        counts.insert(state, 0);
    auto stmt = m_db.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    if (!stmt)
        return stmt.error();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (auto state = outboxStateFromString(stmt->columnText(0)))
            counts[*state] = stmt->columnInt64(1);
    }
    return counts;
}

Result<std::optional<OutboxState>> OutboxStore::stateOf(const QString& requestId)
{
    auto stmtLease = m_db.cached("SELECT state FROM outbox WHERE request_id = ?");
    if (!stmtLease)
        return stmtLease.error();
    Statement* stmt = &**stmtLease;
    if (Status s = stmt->bindText(1, requestId); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OutboxState>();
    return outboxStateFromString(stmt->columnText(0));
}

Result<int> OutboxStore::expireConsentsInTransaction(qint64 now)
{
    // The SQL below hard-codes this one edge; the table must still allow it.
    if (Result<OutboxState> to =
            outboxTransition(OutboxState::Queued, OutboxEvent::FlagNeedsAttention);
        !to)
        return to.error();
    return updateAt(
        "UPDATE outbox SET state = 'needs_attention', last_error_code = 'consent.expired', "
        "last_error_message = 'The citizen''s consent expired while the request was queued.', "
        "last_error_message_fa = 'رضایت شهروند پیش از ارسال درخواست منقضی شد.', updated_at = "
        ":now WHERE state = 'queued' AND consent_expires_at > 0 AND consent_expires_at <= :now",
        now);
}

Result<int> OutboxStore::expireConsents(qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<int> n = expireConsentsInTransaction(now);
    if (!n)
        return n;
    if (Status s = tx->commit(); !s)
        return s.error();
    return n;
}

Result<QList<OutboxEntry>> OutboxStore::claimBatch(int max, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Result<int> expired = expireConsentsInTransaction(now); !expired)
        return expired.error();

    auto select = m_db.prepare("SELECT " PISHKHAN_OUTBOX_COLUMNS
                               " FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? "
                               "ORDER BY next_attempt_at, seq LIMIT ?");
    if (!select)
        return select.error();
    if (Status s = all(select->bindInt64(1, now), select->bindInt64(2, max)); !s)
        return s.error();
    QList<OutboxEntry> claimed;
    for (;;) {
        Result<bool> row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        claimed.append(readRow(*select));
    }

    auto updateLease = m_db.cached("UPDATE outbox SET state = ?, updated_at = ? "
                                   "WHERE request_id = ? AND state = ?");
    if (!updateLease)
        return updateLease.error();
    Statement* update = &**updateLease;
    for (OutboxEntry& e : claimed) {
        Result<OutboxState> to = outboxTransition(e.state, OutboxEvent::Claim);
        if (!to)
            return to.error();
        // Binds first, then run: function arguments have no evaluation order.
        Status s =
            all(update->bindText(1, outboxStateName(*to)), update->bindInt64(2, now),
                update->bindText(3, e.requestId), update->bindText(4, outboxStateName(e.state)));
        if (s)
            s = update->execute();
        if (s)
            s = update->reset();
        if (!s)
            return s.error();
        e.state = *to;
        e.updatedAt = now;
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return claimed;
}

Status OutboxStore::applyResult(const OutboxResult& r, qint64 now)
{
    Result<std::optional<OutboxState>> from = stateOf(r.requestId);
    if (!from)
        return from.error();
    if (!from->has_value())
        return notFound(r.requestId);
    switch (r.event) {
    case OutboxEvent::Accept:
    case OutboxEvent::Reject:
    case OutboxEvent::RetryLater:
    case OutboxEvent::FlagNeedsAttention:
        break;
    default:
        return Error(u"outbox.invalid_transition"_s,
                     QT_TRANSLATE_NOOP("Error", "This request cannot be changed that way in its "
                                                "current state."),
                     outboxEventName(r.event) + u" is not a result"_s);
    }
    Result<OutboxState> to = outboxTransition(**from, r.event);
    if (!to)
        return Error(to.error()).prefixDetail(u"request "_s + r.requestId);
    if (r.event == OutboxEvent::Accept && r.trackingCode.isEmpty())
        return invalidEntry(u"accepted without a tracking code: "_s + r.requestId);

    const char* sql = nullptr;
    switch (r.event) {
    case OutboxEvent::Accept:
        sql = "UPDATE outbox SET state = :to, tracking_code = :tracking, last_error_code = NULL, "
              "last_error_message = NULL, last_error_message_fa = NULL, updated_at = :now "
              "WHERE request_id = :id AND state = :from";
        break;
    case OutboxEvent::RetryLater:
        sql = "UPDATE outbox SET state = :to, attempt_count = attempt_count + 1, "
              "next_attempt_at = :next, last_error_code = :code, last_error_message = :msg, "
              "last_error_message_fa = :msg_fa, updated_at = :now "
              "WHERE request_id = :id AND state = :from";
        break;
    default:
        sql = "UPDATE outbox SET state = :to, last_error_code = :code, last_error_message = :msg, "
              "last_error_message_fa = :msg_fa, updated_at = :now "
              "WHERE request_id = :id AND state = :from";
        break;
    }
    auto stmtLease = m_db.cached(sql);
    if (!stmtLease)
        return stmtLease.error();
    Statement* stmt = &**stmtLease;
    Status s =
        all(stmt->bindText(":to", outboxStateName(*to)), stmt->bindInt64(":now", now),
            stmt->bindText(":id", r.requestId), stmt->bindText(":from", outboxStateName(**from)));
    if (s && r.event == OutboxEvent::Accept)
        s = stmt->bindText(":tracking", r.trackingCode);
    if (s && r.event != OutboxEvent::Accept)
        s = all(stmt->bindText(":code", r.errorCode), stmt->bindText(":msg", r.errorMessage),
                stmt->bindText(":msg_fa", r.errorMessageFa));
    if (s && r.event == OutboxEvent::RetryLater)
        s = stmt->bindInt64(":next", r.nextAttemptAt);
    if (s)
        s = stmt->execute();
    if (!s)
        return s;
    if (m_db.changes() != 1)
        return notFound(r.requestId);
    return {};
}

Status OutboxStore::recordResults(const QList<OutboxResult>& results, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const OutboxResult& r : results) {
        if (Status s = applyResult(r, now); !s)
            return s; // the guard rolls back every result of the batch
    }
    return tx->commit();
}

Status OutboxStore::resubmit(const QString& requestId, qint64 now,
                             const std::optional<QString>& newPayload,
                             const std::optional<Consent>& newConsent)
{
    if (newPayload) {
        OutboxEntry probe;
        probe.requestId = requestId;
        probe.serviceId = u"-"_s;
        probe.nationalCode = u"-"_s;
        probe.payload = *newPayload;
        if (Status s = validateNew(probe); !s)
            return s;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<std::optional<OutboxState>> from = stateOf(requestId);
    if (!from)
        return from.error();
    if (!from->has_value())
        return notFound(requestId);
    Result<OutboxState> to = outboxTransition(**from, OutboxEvent::Resubmit);
    if (!to)
        return Error(to.error()).prefixDetail(u"request "_s + requestId);

    auto stmt = m_db.prepare(
        "UPDATE outbox SET state = :to, attempt_count = 0, next_attempt_at = :now, "
        "last_error_code = NULL, last_error_message = NULL, last_error_message_fa = NULL, "
        "payload = coalesce(:payload, payload), consent_token = coalesce(:consent, "
        "consent_token), consent_expires_at = coalesce(:consent_exp, consent_expires_at), "
        "updated_at = :now WHERE request_id = :id AND state = :from");
    if (!stmt)
        return stmt.error();
    Status s =
        all(stmt->bindText(":to", outboxStateName(*to)), stmt->bindInt64(":now", now),
            stmt->bindText(":id", requestId), stmt->bindText(":from", outboxStateName(**from)),
            newPayload ? stmt->bindText(":payload", *newPayload) : pass({}),
            newConsent ? stmt->bindText(":consent", newConsent->token) : pass({}),
            newConsent ? stmt->bindInt64(":consent_exp", newConsent->expiresAt) : pass({}));
    if (s)
        s = stmt->execute();
    if (!s)
        return s;
    return tx->commit();
}

Result<int> OutboxStore::recoverAfterCrash(qint64 now)
{
    Result<OutboxState> to = outboxTransition(OutboxState::Sending, OutboxEvent::RecoverAfterCrash);
    if (!to)
        return to.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = m_db.prepare("UPDATE outbox SET state = ?, updated_at = ? WHERE state = ?");
    if (!stmt)
        return stmt.error();
    Status s = all(stmt->bindText(1, outboxStateName(*to)), stmt->bindInt64(2, now),
                   stmt->bindText(3, outboxStateName(OutboxState::Sending)));
    if (s)
        s = stmt->execute();
    if (!s)
        return s.error();
    const int n = m_db.changes();
    if (Status c = tx->commit(); !c)
        return c.error();
    return n;
}

Result<std::optional<OutboxEntry>> OutboxStore::claim(const QString& requestId, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Result<int> expired = expireConsentsInTransaction(now); !expired)
        return expired.error();
    auto select = m_db.prepare("SELECT " PISHKHAN_OUTBOX_COLUMNS
                               " FROM outbox WHERE request_id = ? AND state = 'queued'");
    if (!select)
        return select.error();
    if (Status s = select->bindText(1, requestId); !s)
        return s.error();
    Result<bool> row = select->step();
    if (!row)
        return row.error();
    if (!*row) {
        // Keep what expireConsentsInTransaction() did.
        if (Status s = tx->commit(); !s)
            return s.error();
        return std::optional<OutboxEntry>();
    }
    OutboxEntry e = readRow(*select);
    Result<OutboxState> to = outboxTransition(e.state, OutboxEvent::Claim);
    if (!to)
        return to.error();
    auto updateLease = m_db.cached("UPDATE outbox SET state = ?, updated_at = ? "
                                   "WHERE request_id = ? AND state = ?");
    if (!updateLease)
        return updateLease.error();
    Statement* update = &**updateLease;
    Status s = all(update->bindText(1, outboxStateName(*to)), update->bindInt64(2, now),
                   update->bindText(3, e.requestId), update->bindText(4, outboxStateName(e.state)));
    if (s)
        s = update->execute();
    if (s)
        s = tx->commit();
    if (!s)
        return s.error();
    e.state = *to;
    e.updatedAt = now;
    return std::optional<OutboxEntry>(e);
}

Status OutboxStore::writeProgress(const Progress& p, qint64 now)
{
    if (p.requestId.isEmpty() || p.trackingCode.isEmpty() || p.status.isEmpty())
        return invalidEntry(u"progress without request id, tracking code or status"_s);
    // No UPSERT on SQLite 3.15: update, and insert when nothing was there. poll_count survives.
    auto updateLease = m_db.cached(
        "UPDATE outbox_result SET tracking_code = :tracking, status = :status, final = :final, "
        "result_json = :result, rejection_code = :rcode, rejection_fa = :rfa, "
        "rejection_en = :ren, next_poll_at = :next, poll_count = poll_count + 1, "
        "updated_at = :now WHERE request_id = :id");
    if (!updateLease)
        return updateLease.error();
    Statement* update = &**updateLease;
    auto bindCommon = [&](Statement& stmt) {
        return all(stmt.bindText(":id", p.requestId), stmt.bindText(":tracking", p.trackingCode),
                   stmt.bindText(":status", p.status), stmt.bindInt64(":final", p.isFinal ? 1 : 0),
                   stmt.bindText(":result", p.resultJson), stmt.bindText(":rcode", p.rejectionCode),
                   stmt.bindText(":rfa", p.rejectionFa), stmt.bindText(":ren", p.rejectionEn),
                   stmt.bindInt64(":next", p.nextPollAt), stmt.bindInt64(":now", now));
    };
    Status s = bindCommon(*update);
    if (s)
        s = update->execute();
    if (!s)
        return s;
    if (m_db.changes() == 0) {
        auto insertLease = m_db.cached(
            "INSERT INTO outbox_result (request_id, tracking_code, status, final, result_json, "
            "rejection_code, rejection_fa, rejection_en, next_poll_at, poll_count, updated_at) "
            "VALUES (:id, :tracking, :status, :final, :result, :rcode, :rfa, :ren, :next, 0, "
            ":now)");
        if (!insertLease)
            return insertLease.error();
        Statement* insert = &**insertLease;
        s = bindCommon(*insert);
        if (s)
            s = insert->execute();
        if (!s)
            return s;
    }
    if (p.history.isEmpty())
        return {};
    auto clearLease = m_db.cached("DELETE FROM outbox_status_history WHERE request_id = ?");
    if (!clearLease)
        return clearLease.error();
    Statement* clear = &**clearLease;
    s = clear->bindText(1, p.requestId);
    if (s)
        s = clear->execute();
    if (!s)
        return s;
    auto insertLease =
        m_db.cached("INSERT INTO outbox_status_history (request_id, seq, status, at, "
                    "note_fa, note_en) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insertLease)
        return insertLease.error();
    Statement* insert = &**insertLease;
    for (qsizetype i = 0; i < p.history.size(); ++i) {
        const StatusEvent& e = p.history.at(i);
        s = all(insert->bindText(1, p.requestId), insert->bindInt64(2, i),
                insert->bindText(3, e.status), insert->bindInt64(4, e.at),
                insert->bindText(5, e.noteFa), insert->bindText(6, e.noteEn));
        if (s)
            s = insert->execute();
        if (s)
            s = insert->reset();
        if (!s)
            return s;
    }
    return {};
}

Status OutboxStore::recordResults(const QList<OutboxResult>& results, qint64 now,
                                  const QList<Progress>& progress)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const OutboxResult& r : results) {
        if (Status s = applyResult(r, now); !s)
            return s;
    }
    for (const Progress& p : progress) {
        if (Status s = writeProgress(p, now); !s)
            return s;
    }
    return tx->commit();
}

Status OutboxStore::recordProgress(const QList<Progress>& progress, qint64 now)
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

Result<QList<OutboxStore::PollTarget>> OutboxStore::duePolls(int max, qint64 now)
{
    auto stmt = m_db.prepare("SELECT request_id, tracking_code, poll_count FROM outbox_result "
                             "WHERE final = 0 AND next_poll_at <= ? ORDER BY next_poll_at LIMIT ?");
    if (!stmt)
        return stmt.error();
    if (Status s = all(stmt->bindInt64(1, now), stmt->bindInt64(2, max)); !s)
        return s.error();
    QList<PollTarget> targets;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        targets.append({stmt->columnText(0), stmt->columnText(1), int(stmt->columnInt64(2))});
    }
    return targets;
}

Result<std::optional<qint64>> OutboxStore::nextPollAt()
{
    auto stmt = m_db.prepare("SELECT min(next_poll_at) FROM outbox_result WHERE final = 0");
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->columnIsNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(stmt->columnInt64(0));
}

Result<std::optional<qint64>> OutboxStore::nextDueAt()
{
    auto stmt = m_db.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'");
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->columnIsNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(stmt->columnInt64(0));
}

Status OutboxStore::deferPolls(const QStringList& requestIds, qint64 nextPollAt, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = m_db.prepare("UPDATE outbox_result SET next_poll_at = ?, updated_at = ? "
                             "WHERE request_id = ? AND final = 0");
    if (!stmt)
        return stmt.error();
    for (const QString& id : requestIds) {
        Status s =
            all(stmt->bindInt64(1, nextPollAt), stmt->bindInt64(2, now), stmt->bindText(3, id));
        if (s)
            s = stmt->execute();
        if (s)
            s = stmt->reset();
        if (!s)
            return s;
    }
    return tx->commit();
}

Result<std::optional<OutboxStore::Progress>> OutboxStore::progress(const QString& requestId)
{
    auto stmt = m_db.prepare("SELECT tracking_code, status, final, result_json, rejection_code, "
                             "rejection_fa, rejection_en, next_poll_at FROM outbox_result "
                             "WHERE request_id = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindText(1, requestId); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Progress>();
    Progress p;
    p.requestId = requestId;
    p.trackingCode = stmt->columnText(0);
    p.status = stmt->columnText(1);
    p.isFinal = stmt->columnInt64(2) != 0;
    p.resultJson = stmt->columnText(3);
    p.rejectionCode = stmt->columnText(4);
    p.rejectionFa = stmt->columnText(5);
    p.rejectionEn = stmt->columnText(6);
    p.nextPollAt = stmt->columnInt64(7);
    auto history = m_db.prepare("SELECT status, at, note_fa, note_en FROM outbox_status_history "
                                "WHERE request_id = ? ORDER BY seq");
    if (!history)
        return history.error();
    if (Status s = history->bindText(1, requestId); !s)
        return s.error();
    for (;;) {
        Result<bool> h = history->step();
        if (!h)
            return h.error();
        if (!*h)
            break;
        p.history.append({history->columnText(0), history->columnInt64(1), history->columnText(2),
                          history->columnText(3)});
    }
    return std::optional<Progress>(p);
}

Result<int> OutboxStore::trackAccepted(qint64 now)
{
    return updateAt(
        "INSERT INTO outbox_result (request_id, tracking_code, status, final, next_poll_at, "
        "poll_count, updated_at) SELECT request_id, tracking_code, 'received', 0, :now, 0, :now "
        "FROM outbox WHERE state = 'accepted' AND tracking_code IS NOT NULL AND request_id NOT "
        "IN (SELECT request_id FROM outbox_result)",
        now);
}

Result<int> OutboxStore::makeDue(qint64 now)
{
    return updateAt("UPDATE outbox SET next_attempt_at = :now "
                    "WHERE state = 'queued' AND next_attempt_at > :now",
                    now);
}

Result<int> OutboxStore::updateAt(const char* sql, qint64 now)
{
    // Kept prepared: the consent expiry runs before every batch the engine claims.
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    if (Status s = (*stmt)->bindInt64(":now", now); !s)
        return s.error();
    if (Status s = (*stmt)->execute(); !s)
        return s.error();
    return m_db.changes();
}

} // namespace pishkhan
