#include "OutboxStore.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <sqlcipher/sqlite3.h>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QUuid>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

#define PISHKHAN_OUTBOX_COLUMNS                                                                    \
    "request_id, service_id, catalogue_version, national_code, mobile, citizen_name, payload, "    \
    "fee_reference, consent_token, consent_expires_at, state, attempt_count, next_attempt_at, "    \
    "last_error_code, last_error_message, last_error_message_fa, tracking_code, created_at, "      \
    "updated_at, mandate_number, organisation_id, applicant_legal_entity_id"

Error invalidEntry(const QString& detail)
{
    return Error(u"outbox.invalid_entry"_s,
                 QT_TRANSLATE_NOOP("Error", "The request is incomplete and was not saved."),
                 detail);
}

} // namespace

Error OutboxStore::notFound(const QString& requestId)
{
    return Error(u"outbox.not_found"_s,
                 QT_TRANSLATE_NOOP("Error", "The request was not found in the outbox."),
                 u"request "_s + requestId);
}

namespace {

// NOT NULL text columns take '' rather than NULL for "none" (a null QString binds NULL).
QString orEmpty(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

OutboxStore::OutboxStore(Database& db)
    : m_db(db)
    , m_progress(db)
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
        "attempt_count, next_attempt_at, created_at, updated_at, mandate_number, "
        "organisation_id, applicant_legal_entity_id) VALUES (:id, :service, :catalogue, :nc, "
        ":mobile, :name, :payload, :fee, :consent, :consent_exp, 'queued', 0, :now, :now, :now, "
        ":mandate, :organisation, :company)");
    if (!stmt)
        return stmt.error();
    // One statement in autocommit mode is its own transaction: on SQLITE_FULL or a crash
    // SQLite rolls the whole row back.
    Status s = stmt->execute({{":id", e.requestId},
                              {":service", e.serviceId},
                              {":catalogue", e.catalogueVersion},
                              {":nc", e.nationalCode},
                              {":mobile", orEmpty(e.mobile)},
                              {":name", orEmpty(e.citizenName)},
                              {":payload", e.payload},
                              {":fee", orEmpty(e.feeReference)},
                              {":consent", orEmpty(e.consentToken)},
                              {":consent_exp", e.consentExpiresAt},
                              {":now", now},
                              {":mandate", orEmpty(e.mandateNumber)},
                              {":organisation", orEmpty(e.organisationId)},
                              {":company", orEmpty(e.applicantLegalEntityId)}});
    if (!s && s.error().code() == u"storage.constraint"_s)
        return Error(u"outbox.duplicate"_s,
                     QT_TRANSLATE_NOOP("Error", "A request with this id is already in the "
                                                "outbox."),
                     u"request "_s + e.requestId);
    return s;
}

OutboxEntry OutboxStore::readRow(const Row& row)
{
    OutboxEntry e;
    e.requestId = row.text(0);
    e.serviceId = row.text(1);
    e.catalogueVersion = row.int64(2);
    e.nationalCode = row.text(3);
    e.mobile = row.text(4);
    e.citizenName = row.text(5);
    e.payload = row.text(6);
    e.feeReference = row.text(7);
    e.consentToken = row.text(8);
    e.consentExpiresAt = row.int64(9);
    e.state = outboxStateFromString(row.text(10)).value_or(OutboxState::NeedsAttention);
    e.attemptCount = int(row.int64(11));
    e.nextAttemptAt = row.int64(12);
    e.lastErrorCode = row.text(13);
    e.lastErrorMessage = row.text(14);
    e.lastErrorMessageFa = row.text(15);
    e.trackingCode = row.text(16);
    e.createdAt = row.int64(17);
    e.updatedAt = row.int64(18);
    e.mandateNumber = row.text(19);
    e.organisationId = row.text(20);
    e.applicantLegalEntityId = row.text(21);
    return e;
}

Result<std::optional<OutboxEntry>> OutboxStore::find(const QString& requestId)
{
    auto stmt = m_db.prepare("SELECT " PISHKHAN_OUTBOX_COLUMNS " FROM outbox WHERE request_id = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({requestId}); !s)
        return s.error();
    return stmt->first(readRow);
}

Result<QList<OutboxEntry>> OutboxStore::listByState(OutboxState state, int limit)
{
    auto stmt = m_db.prepare("SELECT " PISHKHAN_OUTBOX_COLUMNS
                             " FROM outbox WHERE state = ? ORDER BY seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({outboxStateName(state), limit}); !s)
        return s.error();
    return stmt->collect(readRow);
}

Result<QMap<OutboxState, qint64>> OutboxStore::countsByState()
{
    QMap<OutboxState, qint64> counts;
    for (OutboxState state : kAllOutboxStates)
        counts.insert(state, 0);
    auto stmt = m_db.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->forEachRow([&counts](const Row& row) {
            if (auto state = outboxStateFromString(row.text(0)))
                counts[*state] = row.int64(1);
        });
        !s)
        return s.error();
    return counts;
}

Result<std::optional<OutboxState>> OutboxStore::stateOf(const QString& requestId)
{
    auto stmt = m_db.cached("SELECT state FROM outbox WHERE request_id = ?");
    if (!stmt)
        return stmt.error();
    if (Status s = (*stmt)->bindAll({requestId}); !s)
        return s.error();
    auto name = (*stmt)->first([](const Row& row) { return row.text(0); });
    if (!name)
        return name.error();
    if (!name->has_value())
        return std::optional<OutboxState>();
    return outboxStateFromString(**name);
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

namespace {

Error renewRefused(const char* code, const char* userText, const QString& detail)
{
    return Error(QString::fromLatin1(code), userText, detail);
}

} // namespace

const QStringList& OutboxStore::consentRefusalCodes()
{
    // consent.expired is this PC's own verdict (expireConsents); the rest are the backend's.
    static const QStringList codes = {u"consent.expired"_s, u"api.problem.consent-token-expired"_s,
                                      u"api.problem.consent-token-used"_s,
                                      u"api.problem.consent-token-invalid"_s,
                                      u"api.problem.consent-token-mismatch"_s};
    return codes;
}

bool OutboxStore::needsConsentRenewal(const OutboxEntry& e, qint64 now)
{
    if (e.state != OutboxState::Queued && e.state != OutboxState::NeedsAttention)
        return false;
    if (!e.mandateNumber.isEmpty())
        return false;
    if (e.consentExpiresAt > 0 && e.consentExpiresAt <= now)
        return true;
    return e.state == OutboxState::NeedsAttention &&
           consentRefusalCodes().contains(e.lastErrorCode);
}

Result<QList<OutboxEntry>> OutboxStore::consentsToRenew(qint64 now, int limit)
{
    // Two halves so each uses an index: the queued rows past their expiry
    // (outbox_consent_expiry) and the rows needing attention (outbox_due); the second half
    // names the first's rows again only when they need attention, never twice.
    static const QByteArray sql = [] {
        QStringList quoted;
        for (const QString& code : consentRefusalCodes())
            quoted.append(u'\'' + code + u'\'');
        const QString text =
            u"SELECT " PISHKHAN_OUTBOX_COLUMNS
            ", seq AS o FROM outbox WHERE state = 'queued' AND consent_expires_at > 0 AND "
            "consent_expires_at <= :now AND mandate_number = '' "
            "UNION ALL SELECT " PISHKHAN_OUTBOX_COLUMNS
            ", seq FROM outbox WHERE state = 'needs_attention' AND mandate_number = '' AND "
            "((consent_expires_at > 0 AND consent_expires_at <= :now) OR last_error_code IN ("_s +
            quoted.join(u", "_s) + u")) ORDER BY o LIMIT :limit"_s;
        return text.toUtf8();
    }();
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({{":now", now}, {":limit", limit}}); !s)
        return s.error();
    return stmt->collect(readRow); // the last column, the order, is not read
}

Status OutboxStore::consentRenewable(const OutboxEntry& e)
{
    const QString detail = u"request "_s + e.requestId + u" is "_s + outboxStateName(e.state);
    switch (e.state) {
    case OutboxState::Accepted:
    case OutboxState::Rejected:
        return renewRefused("consent.renew_after_accepted",
                            QT_TRANSLATE_NOOP("Error", "The municipality has already accepted "
                                                       "this request; its consent cannot be "
                                                       "renewed."),
                            detail);
    case OutboxState::Sending:
        return renewRefused("consent.renew_while_sending",
                            QT_TRANSLATE_NOOP("Error", "This request is being sent right now; "
                                                       "wait for its answer."),
                            detail);
    case OutboxState::Withdrawn:
        return renewRefused("consent.renew_withdrawn",
                            QT_TRANSLATE_NOOP("Error", "This request was withdrawn (its fee was "
                                                       "voided); it will not be sent."),
                            detail);
    case OutboxState::Queued:
    case OutboxState::NeedsAttention:
        break;
    }
    if (!e.mandateNumber.isEmpty())
        return renewRefused("consent.renew_not_needed",
                            QT_TRANSLATE_NOOP("Error", "This request goes under the "
                                                       "organisation's mandate and needs no "
                                                       "consent of the citizen."),
                            detail);
    return {};
}

Status OutboxStore::renewConsent(const QString& requestId, const QString& token, qint64 expiresAtMs,
                                 qint64 now)
{
    if (token.trimmed().isEmpty() || expiresAtMs <= now)
        return renewRefused("consent.renew_invalid",
                            QT_TRANSLATE_NOOP("Error", "The new consent is not valid: it has no "
                                                       "token or has already expired."),
                            u"request "_s + requestId);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<std::optional<OutboxEntry>> found = find(requestId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(requestId);
    const OutboxEntry& e = **found;
    if (Status renewable = consentRenewable(e); !renewable)
        return renewable;

    const char* sql = nullptr;
    OutboxState to = e.state;
    if (e.state == OutboxState::NeedsAttention) {
        Result<OutboxState> next = outboxTransition(e.state, OutboxEvent::Resubmit);
        if (!next)
            return Error(next.error()).prefixDetail(u"request "_s + requestId);
        to = *next;
        sql = "UPDATE outbox SET state = :to, attempt_count = 0, next_attempt_at = :now, "
              "last_error_code = NULL, last_error_message = NULL, last_error_message_fa = NULL, "
              "consent_token = :token, consent_expires_at = :expires, updated_at = :now "
              "WHERE request_id = :id AND state = :from";
    } else {
        // Still queued: the new consent, and due now rather than after a back-off.
        sql = "UPDATE outbox SET state = :to, next_attempt_at = min(next_attempt_at, :now), "
              "consent_token = :token, consent_expires_at = :expires, updated_at = :now "
              "WHERE request_id = :id AND state = :from";
    }
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({{":to", outboxStateName(to)},
                                  {":now", now},
                                  {":token", token},
                                  {":expires", expiresAtMs},
                                  {":id", requestId},
                                  {":from", outboxStateName(e.state)}});
        !s)
        return s;
    if (m_db.changes() != 1)
        return notFound(requestId);
    return tx->commit();
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
    if (Status s = select->bindAll({now, max}); !s)
        return s.error();
    Result<QList<OutboxEntry>> claimed = select->collect(readRow);
    if (!claimed)
        return claimed;
    for (OutboxEntry& e : *claimed) {
        if (Status s = markClaimed(e, now); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return claimed;
}

Status OutboxStore::markClaimed(OutboxEntry& e, qint64 now)
{
    Result<OutboxState> to = outboxTransition(e.state, OutboxEvent::Claim);
    if (!to)
        return to.error();
    auto update = m_db.cached("UPDATE outbox SET state = ?, updated_at = ? "
                              "WHERE request_id = ? AND state = ?");
    if (!update)
        return update.error();
    if (Status s =
            (*update)->execute({outboxStateName(*to), now, e.requestId, outboxStateName(e.state)});
        !s)
        return s;
    e.state = *to;
    e.updatedAt = now;
    return {};
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
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Status s = (*stmt)->bindAll({{":to", outboxStateName(*to)},
                                 {":now", now},
                                 {":id", r.requestId},
                                 {":from", outboxStateName(**from)}});
    if (s && r.event == OutboxEvent::Accept)
        s = (*stmt)->bindAll({{":tracking", r.trackingCode}});
    if (s && r.event != OutboxEvent::Accept)
        s = (*stmt)->bindAll(
            {{":code", r.errorCode}, {":msg", r.errorMessage}, {":msg_fa", r.errorMessageFa}});
    if (s && r.event == OutboxEvent::RetryLater)
        s = (*stmt)->bindAll({{":next", r.nextAttemptAt}});
    if (s)
        s = (*stmt)->execute();
    if (!s)
        return s;
    if (m_db.changes() != 1)
        return notFound(r.requestId);
    return {};
}

Status OutboxStore::recordResults(const QList<OutboxResult>& results, qint64 now)
{
    Result<QList<OutboxResult>> recorded = recordResults(results, now, {});
    return recorded ? Status() : Status(recorded.error());
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
    // An absent replacement binds NULL, so coalesce() keeps the stored value.
    const std::optional<QString> consentToken =
        newConsent ? std::optional<QString>(newConsent->token) : std::nullopt;
    const std::optional<qint64> consentExpiry =
        newConsent ? std::optional<qint64>(newConsent->expiresAt) : std::nullopt;
    if (Status s = stmt->execute({{":to", outboxStateName(*to)},
                                  {":now", now},
                                  {":id", requestId},
                                  {":from", outboxStateName(**from)},
                                  {":payload", newPayload},
                                  {":consent", consentToken},
                                  {":consent_exp", consentExpiry}});
        !s)
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
    if (Status s =
            stmt->execute({outboxStateName(*to), now, outboxStateName(OutboxState::Sending)});
        !s)
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
    if (Status s = select->bindAll({requestId}); !s)
        return s.error();
    Result<std::optional<OutboxEntry>> claimed = select->first(readRow);
    if (!claimed)
        return claimed;
    // With no row, the commit keeps what expireConsentsInTransaction() did.
    Status s = claimed->has_value() ? markClaimed(**claimed, now) : Status();
    if (s)
        s = tx->commit();
    if (!s)
        return s.error();
    return claimed;
}

Result<QList<OutboxResult>>
OutboxStore::recordResults(const QList<OutboxResult>& results, qint64 now,
                           const QList<RequestProgressStore::Progress>& progress)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    QList<OutboxResult> recorded;
    recorded.reserve(results.size());
    QSet<QString> withResult;
    for (const OutboxResult& r : results) {
        QList<RequestProgressStore::Progress> own;
        for (const RequestProgressStore::Progress& p : progress) {
            if (p.requestId == r.requestId)
                own.append(p);
        }
        Result<OutboxResult> one = recordOne(r, own, now);
        if (!one)
            return one.error(); // the guard rolls back every result of the batch
        recorded.append(*one);
        withResult.insert(r.requestId);
    }
    for (const RequestProgressStore::Progress& p : progress) {
        if (withResult.contains(p.requestId))
            continue;
        if (Status s = m_progress.writeProgress(p, now); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return recorded;
}

Result<OutboxResult> OutboxStore::recordOne(const OutboxResult& r,
                                            const QList<RequestProgressStore::Progress>& progress,
                                            qint64 now)
{
    if (Status s = m_db.exec("SAVEPOINT outbox_result"); !s)
        return s.error();
    Status s = applyResult(r, now);
    for (const RequestProgressStore::Progress& p : progress) {
        if (s)
            s = m_progress.writeProgress(p, now);
    }
    if (s) {
        if (Status released = m_db.exec("RELEASE outbox_result"); !released)
            return released.error();
        return r;
    }
    // Only a conflict of this answer with a row already saved is this request's own problem:
    // sending it again brings the same answer, so it waits for a person instead of holding
    // back the batch forever. A trigger's RAISE, a full disk or an I/O error is the store's,
    // and the caller backs off with nothing recorded.
    const int native = s.error().nativeCode();
    if (s.error().code() != u"storage.constraint"_s ||
        (native != SQLITE_CONSTRAINT_UNIQUE && native != SQLITE_CONSTRAINT_PRIMARYKEY))
        return s.error();
    if (Status undone = m_db.exec("ROLLBACK TO outbox_result"); !undone)
        return undone.error();
    const Error conflict(u"outbox.answer_conflict"_s,
                         QT_TRANSLATE_NOOP("Error",
                                           "The backend's answer for this request conflicts "
                                           "with a record already saved (a tracking code given "
                                           "twice); ask the municipality about this request."),
                         u"tracking code "_s + r.trackingCode + u": "_s + s.error().detail());
    const OutboxResult flagged = OutboxResult::needsAttention(
        r.requestId, conflict.code(), conflict.message(), conflict.userMessage());
    if (Status marked = applyResult(flagged, now); !marked)
        return marked.error();
    if (Status released = m_db.exec("RELEASE outbox_result"); !released)
        return released.error();
    return flagged;
}

Result<std::optional<qint64>> OutboxStore::nextDueAt()
{
    auto stmt = m_db.prepare("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'");
    if (!stmt)
        return stmt.error();
    auto earliest = stmt->first([](const Row& row) { return row.optionalInt64(0); });
    if (!earliest)
        return earliest.error();
    return earliest->value_or(std::nullopt);
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
    if (Status s = (*stmt)->execute({{":now", now}}); !s)
        return s.error();
    return m_db.changes();
}

Status OutboxStore::withdraw(const QString& requestId, qint64 now)
{
    Result<std::optional<OutboxState>> from = stateOf(requestId);
    if (!from)
        return from.error();
    if (!from->has_value())
        return notFound(requestId);
    Result<OutboxState> to = outboxTransition(**from, OutboxEvent::Withdraw);
    if (!to)
        return Error(to.error()).prefixDetail(u"request "_s + requestId);
    auto stmt = m_db.prepare("UPDATE outbox SET state = :to, updated_at = :now "
                             "WHERE request_id = :id AND state = :from");
    if (!stmt)
        return stmt.error();
    return stmt->execute({{":to", outboxStateName(*to)},
                          {":now", now},
                          {":id", requestId},
                          {":from", outboxStateName(**from)}});
}

const char* OutboxStore::entryColumns()
{
    return PISHKHAN_OUTBOX_COLUMNS;
}

OutboxEntry OutboxStore::entryFromRow(const Row& row)
{
    return readRow(row);
}

} // namespace pishkhan
