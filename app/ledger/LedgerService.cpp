#include "LedgerService.h"

#include "CloseSigner.h"
#include "DayCloseDocument.h"
#include "Ed25519KeySigner.h"
#include "InvoiceStore.h"
#include "ReceiptNumber.h"
#include "core/CouncilFeeRange.h"
#include "core/PersianText.h"
#include "core/SolarHijri.h"
#include "security/AccountService.h"
#include "security/AccountStore.h"
#include "security/AuditLog.h"
#include "security/Authorizer.h"
#include "security/Clock.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error notFound(qint64 seq)
{
    return Error(u"ledger.not_found"_s,
                 QT_TRANSLATE_NOOP("Error", "The receipt was not found in the ledger."),
                 u"entry "_s + QString::number(seq));
}

// The entry at seq, or ledger.not_found: what every decision about one entry starts from.
Result<LedgerEntry> existingEntry(LedgerStore& store, qint64 seq)
{
    Result<std::optional<LedgerEntry>> entry = store.entry(seq);
    if (!entry)
        return entry.error();
    if (!*entry)
        return notFound(seq);
    return **entry;
}

// Four eyes on money: the person who took a fee, or who asked for its void, never decides it.
Status checkNotOwnMoney(const Session& decider, const LedgerEntry& fee, const QString& requester)
{
    if (fee.clerkId == decider.username)
        return Error(u"ledger.void_own_fee"_s,
                     QT_TRANSLATE_NOOP("Error", "A void of your own fee needs another "
                                                "supervisor."),
                     u"entry "_s + QString::number(fee.seq) + u" was taken by "_s +
                         decider.username);
    if (!requester.isEmpty() && requester == decider.username)
        return Error(u"ledger.void_own_request"_s,
                     QT_TRANSLATE_NOOP("Error", "Your own void request must be decided by "
                                                "another supervisor."),
                     u"void of entry "_s + QString::number(fee.seq) + u" was asked by "_s +
                         decider.username);
    return {};
}

Error voidReasonMissing()
{
    return Error(u"ledger.void_reason_missing"_s,
                 QT_TRANSLATE_NOOP("Error", "Give the reason for the void."));
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

LedgerService::LedgerService(Database& db, AccountService& accounts, AuditLog& audit,
                             CloseSigner& signer, const Clock& clock, LedgerSettings settings)
    : m_db(db)
    , m_accounts(accounts)
    , m_audit(audit)
    , m_signer(signer)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_store(db)
    , m_closes(db)
    , m_reports(db)
    , m_voidRequests(db)
{}

QTimeZone LedgerService::zone() const
{
    return m_settings.zone.isValid() ? m_settings.zone : SolarHijri::officeTimeZone();
}

Status LedgerService::registerTariffTable(const TariffTable& table)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Status s = m_store.registerTariffTable(table, m_clock.nowMs()); !s)
        return s;
    return tx->commit();
}

Result<std::pair<QDate, bool>> LedgerService::routeDay(qint64 now)
{
    const QDate clockDay = SolarHijri::businessDay(now, zone());
    Result<std::optional<QDate>> closed = m_store.lastClosedDay(m_settings.counter);
    if (!closed)
        return closed.error();
    // A sealed day never reopens: an entry whose clock points at or before the last close (a
    // clock set back, a crash across midnight) goes to the first open day, flagged.
    if (*closed && clockDay <= **closed)
        return std::pair{(*closed)->addDays(1), true};
    return std::pair{clockDay, false};
}

Result<std::pair<QDate, bool>> LedgerService::openBusinessDay()
{
    return routeDay(m_clock.nowMs());
}

Result<LedgerEntry> LedgerService::recordFee(const Session& clerk, const FeeRequest& fee)
{
    return recordFeeWith(clerk, fee, {});
}

Result<LedgerEntry> LedgerService::recordAuditedFee(const Session& clerk, const FeeRequest& fee,
                                                    AuditEvent event)
{
    return recordFeeWith(clerk, fee, [&](const LedgerEntry& entry) -> Status {
        event.at = entry.createdAt;
        event.accountId = clerk.accountId;
        event.username = clerk.username;
        event.subject = ReceiptNumber::format(entry.businessDay, entry.counter, entry.receiptNo);
        if (auto recorded = m_audit.recordInTransaction(event); !recorded)
            return recorded.error();
        return {};
    });
}

Result<LedgerEntry>
LedgerService::recordFeeWith(const Session& clerk, const FeeRequest& fee,
                             const std::function<Status(const LedgerEntry&)>& alsoInTransaction)
{
    if (Status s = Authorizer::require(clerk, Permission::ServeCitizen); !s)
        return s.error();
    Result<Payment> payment = Payment::normalized(fee.payment);
    if (!payment)
        return payment.error();
    Result<std::optional<TariffTable>> table = m_store.tariffTable(fee.tariffTableId);
    if (!table)
        return table.error();
    if (!*table)
        return Error(u"tariff.unknown"_s,
                     QT_TRANSLATE_NOOP("Error", "The tariff table of this service is not known; "
                                                "refresh the catalogue."),
                     u"tariff table "_s + fee.tariffTableId);
    const std::optional<TariffTable::Service> service = (*table)->service(fee.request.serviceId);
    if (!service)
        return Error(u"tariff.no_service"_s,
                     QT_TRANSLATE_NOOP("Error", "The service has no tariff in the council's "
                                                "table."),
                     u"service "_s + fee.request.serviceId);
    // The council's range wins over the catalogue: an extra zero in a tariff never reaches a
    // citizen's receipt.
    if (Status s = CouncilFeeRange::check(service->tariff); !s)
        return s.error();

    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<LedgerEntry> entry = newEntry(EntryKind::Fee, now);
    if (!entry)
        return entry.error();
    LedgerEntry& e = *entry;
    e.clerkId = clerk.username;
    e.serviceId = service->id;
    e.amount = service->tariff;
    e.tariff = service->tariff;
    e.payment = *payment;
    e.requestId = fee.request.requestId;
    e.tariffTableId = (*table)->id();
    e.tariffTableSha256 = (*table)->sha256Hex();
    Result<LedgerEntry> stored = m_store.append(e);
    if (!stored)
        return stored.error();

    // Same transaction: the request and its fee exist together or not at all.
    OutboxEntry request = fee.request;
    request.feeReference =
        ReceiptNumber::format(stored->businessDay, stored->counter, stored->receiptNo);
    OutboxStore outbox(m_db);
    if (Status s = outbox.enqueue(request, now); !s)
        return s.error();
    if (alsoInTransaction) {
        if (Status s = alsoInTransaction(*stored); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return stored;
}

Result<LedgerEntry> LedgerService::recordReprint(const Session& clerk, qint64 feeSeq)
{
    if (Status s = Authorizer::require(clerk, Permission::ReprintReceipt); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<LedgerEntry> fee = existingEntry(m_store, feeSeq);
    if (!fee)
        return fee.error();
    if (fee->kind != EntryKind::Fee)
        return Error(u"ledger.reprint_not_fee"_s,
                     QT_TRANSLATE_NOOP("Error", "Only a fee receipt can be reprinted."),
                     u"entry "_s + QString::number(feeSeq));
    Result<int> copies = m_store.reprintCount(feeSeq);
    if (!copies)
        return copies.error();
    Result<LedgerEntry> entry = newEntry(EntryKind::Reprint, now);
    if (!entry)
        return entry.error();
    LedgerEntry& e = *entry;
    e.clerkId = clerk.username;
    e.serviceId = fee->serviceId;
    e.amount = Money();
    e.tariff = fee->tariff;
    e.payment = fee->payment;
    e.targetSeq = feeSeq;
    e.copyNo = *copies + 1;
    Result<LedgerEntry> stored = m_store.append(e);
    if (!stored)
        return stored.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return stored;
}

Result<LedgerEntry> LedgerService::newEntry(EntryKind kind, qint64 now)
{
    Result<std::pair<QDate, bool>> day = routeDay(now);
    if (!day)
        return day.error();
    LedgerEntry e;
    e.kind = kind;
    e.businessDay = day->first;
    e.late = day->second;
    e.clockDay = SolarHijri::businessDay(now, zone());
    e.counter = m_settings.counter;
    e.createdAt = now;
    return e;
}

Result<LedgerEntry> LedgerService::voidableFee(qint64 feeSeq)
{
    Result<LedgerEntry> target = existingEntry(m_store, feeSeq);
    if (!target)
        return target.error();
    if (target->kind == EntryKind::Void)
        return Error(u"ledger.void_of_void"_s,
                     QT_TRANSLATE_NOOP("Error", "A void cannot itself be voided."),
                     u"entry "_s + QString::number(feeSeq));
    if (target->kind != EntryKind::Fee)
        return Error(u"ledger.void_not_fee"_s,
                     QT_TRANSLATE_NOOP("Error", "Only a fee can be voided."),
                     u"entry "_s + QString::number(feeSeq));
    Result<std::optional<LedgerEntry>> existing = m_store.voidOf(feeSeq);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(u"ledger.already_voided"_s,
                     QT_TRANSLATE_NOOP("Error", "This fee has already been voided."),
                     u"entry "_s + QString::number(feeSeq) + u" voided by entry "_s +
                         QString::number((*existing)->seq));
    Result<std::optional<LedgerEntry>> refunded = m_store.refundOf(feeSeq);
    if (!refunded)
        return refunded.error();
    if (*refunded)
        return Error(u"ledger.already_refunded"_s,
                     QT_TRANSLATE_NOOP("Error", "This fee has already been refunded."),
                     u"entry "_s + QString::number(feeSeq) + u" refunded by entry "_s +
                         QString::number((*refunded)->seq));
    if (Status s = checkNotSent(*target); !s)
        return s.error();
    return *target;
}

Status LedgerService::checkNotSent(const LedgerEntry& fee)
{
    OutboxStore outbox(m_db);
    Result<std::optional<OutboxEntry>> request = outbox.find(fee.requestId);
    if (!request)
        return request.error();
    // In flight: whether the backend takes it is not known yet, so neither a withdrawal nor a
    // cancel (which needs the tracking code) can be decided now.
    if (*request && (*request)->state == OutboxState::Sending)
        return Error(u"ledger.void_while_sending"_s,
                     QT_TRANSLATE_NOOP("Error", "This request is being sent right now; try the "
                                                "void again in a moment."),
                     u"entry "_s + QString::number(fee.seq));
    return {};
}

Status LedgerService::withdrawOrCancel(const Session& supervisor, const LedgerEntry& fee,
                                       const QString& reason, qint64 now, QString* outcome)
{
    outcome->clear();
    if (Status s = checkNotSent(fee); !s)
        return s;
    OutboxStore outbox(m_db);
    Result<std::optional<OutboxEntry>> request = outbox.find(fee.requestId);
    if (!request)
        return request.error();
    if (!*request)
        return {}; // purged: nothing left to send or cancel
    const OutboxState state = (*request)->state;
    if (state == OutboxState::Queued || state == OutboxState::NeedsAttention) {
        if (Status s = outbox.withdraw(fee.requestId, now); !s)
            return s;
        *outcome = u"withdrawn"_s;
        return {};
    }
    if (state != OutboxState::Accepted)
        return {}; // rejected at submission or withdrawn: the municipality does nothing
    Result<std::optional<RequestProgressStore::Progress>> progress =
        RequestProgressStore(m_db).progress(fee.requestId);
    if (!progress)
        return progress.error();
    if (*progress && (*progress)->isFinal)
        return {}; // done or rejected already: nothing to cancel
    RequestCancelStore cancels(m_db);
    Result<std::optional<RequestCancelStore::Cancel>> existing = cancels.find(fee.requestId);
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    // Sent already: the backend is asked to cancel it; its answer (cancelled, or refused
    // because work began) shows on the refunds screen.
    if (Status s = cancels.enqueue(fee.requestId, (*request)->trackingCode, supervisor.username,
                                   reason, now);
        !s)
        return s;
    *outcome = u"cancel_queued"_s;
    return {};
}

Result<LedgerEntry> LedgerService::appendVoid(const Session& supervisor, const LedgerEntry& fee,
                                              const QString& reason, qint64 now)
{
    // Same transaction as the void: a voided request still queued is never sent, one already
    // sent gets its cancel queued, and a sync engine that claimed it meanwhile makes the void
    // fail rather than both happen.
    QString requestOutcome;
    if (Status s = withdrawOrCancel(supervisor, fee, reason, now, &requestOutcome); !s)
        return s.error();
    Result<LedgerEntry> entry = newEntry(EntryKind::Void, now);
    if (!entry)
        return entry.error();
    LedgerEntry& e = *entry;
    // The void unwinds the fee in the same clerk's drawer, service and payment totals.
    e.clerkId = fee.clerkId;
    e.serviceId = fee.serviceId;
    e.amount = fee.amount;
    e.tariff = fee.tariff;
    e.payment = fee.payment;
    e.requestId = fee.requestId;
    e.tariffTableId = fee.tariffTableId;
    e.tariffTableSha256 = fee.tariffTableSha256;
    e.targetSeq = fee.seq;
    e.reason = reason;
    e.supervisorId = supervisor.username;
    Result<LedgerEntry> stored = m_store.append(e);
    if (!stored)
        return stored.error(); // includes the unique index's refusal of a racing second void
    AuditEvent event;
    event.kind = AuditKind::VoidApproved;
    event.at = now;
    event.accountId = supervisor.accountId;
    event.username = supervisor.username;
    event.subject = ReceiptNumber::format(fee.businessDay, fee.counter, fee.receiptNo);
    event.detail = compactJson({{u"fee_seq"_s, fee.seq},
                                {u"void_seq"_s, stored->seq},
                                {u"amount_rials"_s, fee.amount.rials()},
                                {u"reason"_s, reason},
                                {u"request"_s, requestOutcome}});
    if (auto a = m_audit.recordInTransaction(event); !a)
        return a.error();
    return stored;
}

Result<LedgerEntry> LedgerService::voidFee(const Session& supervisor, const QString& password,
                                           qint64 feeSeq, const QString& reason)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return voidReasonMissing();
    // Checked before asking for the password, so a refused void costs no login attempt.
    Result<LedgerEntry> fee = voidableFee(feeSeq);
    if (!fee)
        return fee.error();
    if (Status s = checkNotOwnMoney(supervisor, *fee, {}); !s)
        return s.error();
    if (Status s = m_accounts.reauthenticate(supervisor, password); !s)
        return s.error();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<LedgerEntry> stored = appendVoid(supervisor, *fee, why, m_clock.nowMs());
    if (!stored)
        return stored.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return stored;
}

Result<VoidRequest> LedgerService::requestVoid(const Session& clerk, qint64 feeSeq,
                                               const QString& reason)
{
    if (Status s = Authorizer::require(clerk, Permission::RequestVoid); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return voidReasonMissing();
    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<LedgerEntry> fee = voidableFee(feeSeq);
    if (!fee)
        return fee.error();
    // A clerk asks about their own receipts only; a supervisor voids anyone's directly.
    if (fee->clerkId != clerk.username)
        return Error(u"ledger.void_not_own"_s,
                     QT_TRANSLATE_NOOP("Error", "You can only ask for a void of a receipt you "
                                                "issued yourself."),
                     u"entry "_s + QString::number(feeSeq) + u" belongs to another clerk"_s);
    Result<VoidRequest> stored = m_voidRequests.insert(feeSeq, clerk.username, why, now);
    if (!stored)
        return stored.error();
    AuditEvent event;
    event.kind = AuditKind::VoidRequested;
    event.at = now;
    event.accountId = clerk.accountId;
    event.username = clerk.username;
    event.subject = ReceiptNumber::format(fee->businessDay, fee->counter, fee->receiptNo);
    event.detail = compactJson({{u"fee_seq"_s, feeSeq},
                                {u"request_id"_s, stored->id},
                                {u"amount_rials"_s, fee->amount.rials()},
                                {u"reason"_s, why}});
    if (auto a = m_audit.recordInTransaction(event); !a)
        return a.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    stored->fee = *fee;
    return stored;
}

Result<QList<VoidRequest>> LedgerService::pendingVoidRequests(const Session& supervisor)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s.error();
    Result<QList<VoidRequest>> rows = m_voidRequests.pending();
    if (!rows)
        return rows.error();
    for (VoidRequest& r : *rows) {
        Result<std::optional<LedgerEntry>> fee = m_store.entry(r.feeSeq);
        if (!fee)
            return fee.error();
        if (*fee)
            r.fee = **fee;
    }
    return rows;
}

Result<VoidRequest> LedgerService::pendingRequest(qint64 requestId)
{
    Result<std::optional<VoidRequest>> request = m_voidRequests.find(requestId);
    if (!request)
        return request.error();
    if (!*request)
        return Error(u"ledger.void_request_not_found"_s,
                     QT_TRANSLATE_NOOP("Error", "The void request was not found."),
                     u"void request "_s + QString::number(requestId));
    if ((*request)->state != VoidRequest::State::Pending)
        return Error(u"ledger.void_request_decided"_s,
                     QT_TRANSLATE_NOOP("Error", "This void request has already been decided."),
                     u"void request "_s + QString::number(requestId));
    return **request;
}

Result<LedgerEntry> LedgerService::approveVoid(const Session& supervisor, const QString& password,
                                               qint64 requestId)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s.error();
    Result<VoidRequest> request = pendingRequest(requestId);
    if (!request)
        return request.error();
    Result<LedgerEntry> fee = voidableFee(request->feeSeq);
    if (!fee)
        return fee.error();
    if (Status s = checkNotOwnMoney(supervisor, *fee, request->clerkId); !s)
        return s.error();
    if (Status s = m_accounts.reauthenticate(supervisor, password); !s)
        return s.error();

    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<LedgerEntry> stored = appendVoid(supervisor, *fee, request->reason, now);
    if (!stored)
        return stored.error();
    if (Status s = m_voidRequests.markApproved(requestId, supervisor.username, stored->seq, now);
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return stored;
}

Status LedgerService::refuseVoid(const Session& supervisor, qint64 requestId, const QString& note)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s;
    const QString why = note.trimmed();
    if (why.isEmpty())
        return Error(u"ledger.refusal_reason_missing"_s,
                     QT_TRANSLATE_NOOP("Error", "Give the reason for refusing the void."));
    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<VoidRequest> request = pendingRequest(requestId);
    if (!request)
        return request.error();
    Result<std::optional<LedgerEntry>> fee = m_store.entry(request->feeSeq);
    if (!fee)
        return fee.error();
    if (!*fee)
        return notFound(request->feeSeq);
    if (Status s = checkNotOwnMoney(supervisor, **fee, request->clerkId); !s)
        return s;
    if (Status s = m_voidRequests.markRefused(requestId, supervisor.username, why, now); !s)
        return s;
    AuditEvent event;
    event.kind = AuditKind::VoidRefused;
    event.at = now;
    event.accountId = supervisor.accountId;
    event.username = supervisor.username;
    event.subject = u"void request "_s + QString::number(requestId);
    event.detail = compactJson({{u"fee_seq"_s, request->feeSeq},
                                {u"request_id"_s, requestId},
                                {u"clerk"_s, request->clerkId},
                                {u"reason"_s, why}});
    if (auto a = m_audit.recordInTransaction(event); !a)
        return a.error();
    return tx->commit();
}

Status LedgerService::checkClosable(QDate day)
{
    if (!day.isValid())
        return Error(u"close.invalid_day"_s,
                     QT_TRANSLATE_NOOP("Error", "Choose the business day to close."));
    Result<std::optional<QDate>> closed = m_store.lastClosedDay(m_settings.counter);
    if (!closed)
        return closed.error();
    if (*closed && day <= **closed)
        return Error(u"close.already_closed"_s,
                     QT_TRANSLATE_NOOP("Error", "This business day is already closed."),
                     u"business day "_s + day.toString(Qt::ISODate) + u", last close "_s +
                         (*closed)->toString(Qt::ISODate));
    Result<std::pair<QDate, bool>> open = routeDay(m_clock.nowMs());
    if (!open)
        return open.error();
    if (day > open->first)
        return Error(u"close.future_day"_s,
                     QT_TRANSLATE_NOOP("Error", "A business day that has not begun cannot be "
                                                "closed."),
                     u"business day "_s + day.toString(Qt::ISODate));
    // Days close in order: closing a later day first would seal the earlier one unclosed.
    Result<QList<QDate>> openDays = m_store.openDaysWithEntries(m_settings.counter);
    if (!openDays)
        return openDays.error();
    if (!openDays->isEmpty() && openDays->first() < day)
        return Error(u"close.earlier_day_open"_s,
                     QT_TRANSLATE_NOOP("Error", "An earlier business day is still open; close it "
                                                "first."),
                     u"open day "_s + openDays->first().toString(Qt::ISODate));
    return {};
}

Status LedgerService::checkNoPendingVoids(QDate day)
{
    // A sealed day cannot take a void any more, so a request still waiting would be decided
    // against totals that no longer change.
    Result<qint64> pending = m_voidRequests.pendingForDay(m_settings.counter, day);
    if (!pending)
        return pending.error();
    if (*pending > 0)
        return Error(u"close.void_pending"_s,
                     QT_TRANSLATE_NOOP("Error", "Void requests of this day are still waiting; "
                                                "approve or refuse them before closing the day."),
                     QString::number(*pending) + u" pending void request(s) on "_s +
                         day.toString(Qt::ISODate));
    return {};
}

Result<DayClose> LedgerService::buildClose(QDate day)
{
    DayClose c;
    c.deviceId = m_settings.deviceId;
    c.officeCode = m_settings.officeCode;
    c.counter = m_settings.counter;
    c.businessDay = day;
    Result<DayReport> report = m_reports.day(m_settings.counter, day);
    if (!report)
        return report.error();
    c.report = *report;
    const QMap<QString, Money> expected = c.report.expectedCash();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        c.drawers << DrawerCount{it.key(), it.value(), {}};
    Result<QList<TerminalBatch>> terminals = m_reports.terminalBatches(m_settings.counter, day);
    if (!terminals)
        return terminals.error();
    c.terminals = *terminals;
    Result<std::optional<DayCloseStore::StoredClose>> previous =
        m_closes.latest(m_settings.counter);
    if (!previous)
        return previous.error();
    c.previousGrandTotal = *previous ? (*previous)->grandTotal : Money();
    Result<Money> grand = c.previousGrandTotal.add(c.report.totals.net());
    if (!grand)
        return grand.error();
    c.grandTotal = *grand;
    Result<LedgerStore::Head> head = m_store.head();
    if (!head)
        return head.error();
    c.lastEntrySeq = head->seq;
    c.lastEntryHash = head->hash;
    Result<std::optional<CloseAcknowledgement>> ack =
        m_closes.latestAcknowledgement(m_settings.counter);
    if (!ack)
        return ack.error();
    c.previousAcknowledgement = *ack;
    return c;
}

Result<DayClose> LedgerService::previewClose(const Session& supervisor, QDate day)
{
    if (Status s = Authorizer::require(supervisor, Permission::CloseDay); !s)
        return s.error();
    if (Status s = checkClosable(day); !s)
        return s.error();
    return buildClose(day);
}

Result<DayClose> LedgerService::closeDay(const Session& supervisor, const QString& password,
                                         QDate day, const QMap<QString, QString>& countedCash)
{
    return closeDay(supervisor, password, day, countedCash, {});
}

namespace {

// Each entered settlement against its terminal's batch of the day, by terminal id.
Result<QList<TerminalSettlement>> settle(const QList<TerminalBatch>& batches,
                                         const QMap<QString, SettlementInput>& inputs)
{
    QList<TerminalSettlement> out;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        TerminalBatch batch;
        for (const TerminalBatch& b : batches)
            if (b.terminalId == it.key().trimmed())
                batch = b;
        Result<TerminalSettlement> s = TerminalSettlement::compute(it.key(), batch, it.value());
        if (!s)
            return s.error();
        out << *s;
    }
    std::sort(out.begin(), out.end(), [](const TerminalSettlement& a, const TerminalSettlement& b) {
        return a.terminalId < b.terminalId;
    });
    return out;
}

} // namespace

Result<DayClose> LedgerService::closeDay(const Session& supervisor, const QString& password,
                                         QDate day, const QMap<QString, QString>& countedCash,
                                         const QMap<QString, SettlementInput>& cardSettlements)
{
    if (Status s = Authorizer::require(supervisor, Permission::CloseDay); !s)
        return s.error();
    if (Status s = checkClosable(day); !s)
        return s.error();
    // Parse every count before anything else: a typo is the supervisor's to fix, not a
    // half-made close.
    QMap<QString, Money> counted;
    for (auto it = countedCash.cbegin(); it != countedCash.cend(); ++it) {
        Result<Money> m = Money::parse(it.value(), Money::Unit::Toman);
        if (!m)
            return Error(u"close.counted_cash_invalid"_s,
                         QT_TRANSLATE_NOOP("Error", "The counted cash is not an amount of "
                                                    "money."),
                         u"drawer of "_s + it.key() + u": "_s + m.error().code());
        counted.insert(it.key(), *m);
    }
    Result<DayClose> preview = buildClose(day);
    if (!preview)
        return preview.error();
    if (Result<QList<TerminalSettlement>> s = settle(preview->terminals, cardSettlements); !s)
        return s.error();
    for (const DrawerCount& d : preview->drawers)
        if (!counted.contains(d.clerkId))
            return Error(u"close.counted_cash_missing"_s,
                         QT_TRANSLATE_NOOP("Error", "Count every clerk's cash drawer before "
                                                    "closing the day."),
                         u"drawer of "_s + d.clerkId);
    if (Status s = m_accounts.reauthenticate(supervisor, password); !s)
        return s.error();

    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Rebuilt inside the write lock: nothing can be added between the figures and the seal.
    if (Status s = checkClosable(day); !s)
        return s.error();
    if (Status s = checkNoPendingVoids(day); !s)
        return s.error();
    Result<DayClose> close = buildClose(day);
    if (!close)
        return close.error();
    close->closedAt = now;
    close->supervisorId = supervisor.username;
    // A drawer that was counted but has no expected cash (e.g. a float left in it) still shows.
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        bool found = false;
        for (DrawerCount& d : close->drawers) {
            if (d.clerkId == it.key()) {
                d.counted = it.value();
                found = true;
            }
        }
        if (!found)
            close->drawers << DrawerCount{it.key(), Money(), it.value()};
    }
    std::sort(close->drawers.begin(), close->drawers.end(),
              [](const DrawerCount& a, const DrawerCount& b) { return a.clerkId < b.clerkId; });
    Result<QList<TerminalSettlement>> settlements = settle(close->terminals, cardSettlements);
    if (!settlements)
        return settlements.error();
    close->settlements = *settlements;
    close->document = DayCloseDocument::encode(*close);
    Result<QByteArray> signature = m_signer.sign(close->document);
    if (!signature)
        return signature.error();
    close->signature = *signature;
    close->publicKey = m_signer.publicKey();
    if (Status s = m_closes.insert(*close, now); !s)
        return s.error();
    AuditEvent event;
    event.kind = AuditKind::DayClosed;
    event.at = now;
    event.accountId = supervisor.accountId;
    event.username = supervisor.username;
    event.subject = day.toString(Qt::ISODate);
    event.detail = compactJson({{u"counter"_s, m_settings.counter},
                                {u"last_entry_seq"_s, close->lastEntrySeq},
                                {u"net_rials"_s, close->report.totals.net().rials()},
                                {u"close_sha256"_s, DayCloseDocument::sha256Hex(close->document)}});
    if (auto a = m_audit.recordInTransaction(event); !a)
        return a.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return close;
}

Result<DayReport> LedgerService::dayReport(const Session& reader, QDate day)
{
    if (Status s = Authorizer::require(reader, Permission::ViewReports); !s)
        return s.error();
    return m_reports.day(m_settings.counter, day);
}

Result<RangeReport> LedgerService::rangeReport(const Session& reader, QDate from, QDate to)
{
    if (Status s = Authorizer::require(reader, Permission::ViewReports); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || from > to)
        return Error(u"report.invalid_range"_s,
                     QT_TRANSLATE_NOOP("Error", "Choose a start date on or before the end date."));
    return m_reports.range(m_settings.counter, from, to);
}

Result<HashChain::Report> LedgerService::verifyChain(const Session& reader)
{
    if (Status s = Authorizer::require(reader, Permission::ViewReports); !s)
        return s.error();
    return m_store.verifyChain();
}

Result<QMap<QString, QString>> LedgerService::serviceNames()
{
    Result<QMap<QString, TariffTable::Service>> services = m_store.serviceDirectory();
    if (!services)
        return services.error();
    QMap<QString, QString> names;
    for (const TariffTable::Service& s : *services)
        names.insert(s.id, s.nameFa.isEmpty() ? s.id : s.nameFa);
    return names;
}

Result<QList<PendingCloseUpload>> LedgerService::pendingCloseUploads()
{
    return m_closes.pending();
}

Status LedgerService::recordCloseAcknowledgement(const CloseAcknowledgement& ack,
                                                 const QByteArray& serverPublicKey)
{
    if (!serverPublicKey.isEmpty() &&
        !Ed25519KeySigner::verify(serverPublicKey, ack.ack, ack.signature))
        return Error(u"close.ack_signature"_s,
                     QT_TRANSLATE_NOOP("Error", "The backend's acknowledgement does not carry a "
                                                "valid signature."),
                     u"business day "_s + ack.businessDay.toString(Qt::ISODate));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Status s = m_closes.acknowledge(m_settings.counter, ack, m_clock.nowMs()); !s)
        return s;
    return tx->commit();
}

Result<ReceiptData> LedgerService::receipt(qint64 seq, const QString& clerkName)
{
    Result<std::optional<LedgerEntry>> entry = m_store.entry(seq);
    if (!entry)
        return entry.error();
    if (!*entry)
        return notFound(seq);
    int copyNo = 0;
    LedgerEntry fee = **entry;
    std::optional<LedgerEntry> refund;
    if (fee.kind == EntryKind::Refund) {
        refund = fee;
        Result<std::optional<LedgerEntry>> original = m_store.entry(fee.targetSeq);
        if (!original)
            return original.error();
        if (!*original)
            return notFound(fee.targetSeq);
        fee = **original;
    } else if (fee.kind == EntryKind::Reprint) {
        copyNo = fee.copyNo;
        Result<std::optional<LedgerEntry>> original = m_store.entry(fee.targetSeq);
        if (!original)
            return original.error();
        if (!*original)
            return notFound(fee.targetSeq);
        fee = **original;
    } else if (fee.kind != EntryKind::Fee) {
        return Error(u"ledger.reprint_not_fee"_s,
                     QT_TRANSLATE_NOOP("Error", "Only a fee receipt can be reprinted."),
                     u"entry "_s + QString::number(seq));
    }
    ReceiptData r;
    r.officeName = m_settings.officeName;
    r.officeCode = m_settings.officeCode;
    r.counter = fee.counter;
    r.clerkName = clerkName.isEmpty() ? fee.clerkId : clerkName;
    r.serviceId = fee.serviceId;
    Result<QMap<QString, QString>> names = serviceNames();
    if (!names)
        return names.error();
    r.serviceName = names->value(fee.serviceId, fee.serviceId);
    r.fee = fee.amount;
    r.tariff = fee.tariff;
    r.payment = fee.payment;
    r.receiptNumber = ReceiptNumber::format(fee.businessDay, fee.counter, fee.receiptNo);
    r.createdAt = fee.createdAt;
    r.zone = zone();
    r.copyNo = copyNo;
    r.training = m_settings.training;
    OutboxStore outbox(m_db);
    Result<std::optional<OutboxEntry>> request = outbox.find(fee.requestId);
    if (!request)
        return request.error();
    if (*request)
        r.trackingCode = (*request)->trackingCode;
    Result<std::optional<LedgerEntry>> voided = m_store.voidOf(fee.seq);
    if (!voided)
        return voided.error();
    r.voided = voided->has_value();
    if (refund) {
        r.refund = true;
        r.refundAmount = refund->amount;
        r.refundedAt = refund->createdAt;
        r.refundReason = refund->reason;
        r.approvedBy = refund->supervisorId;
        r.reversalReference = refund->payment.reference;
    }
    return r;
}

Result<RequestCancelStore::Cancel>
LedgerService::requestCancel(const Session& supervisor, qint64 feeSeq, const QString& reason)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(u"cancel.reason_missing"_s,
                     QT_TRANSLATE_NOOP("Error", "Give the reason for cancelling the request."));
    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<LedgerEntry> fee = existingEntry(m_store, feeSeq);
    if (!fee)
        return fee.error();
    if (fee->kind != EntryKind::Fee)
        return Error(u"ledger.void_not_fee"_s,
                     QT_TRANSLATE_NOOP("Error", "Only a fee can be voided."),
                     u"entry "_s + QString::number(feeSeq));
    OutboxStore outbox(m_db);
    Result<std::optional<OutboxEntry>> request = outbox.find(fee->requestId);
    if (!request)
        return request.error();
    const QString detail = u"entry "_s + QString::number(feeSeq);
    if (!*request || (*request)->state == OutboxState::Rejected ||
        (*request)->state == OutboxState::Withdrawn)
        return Error(u"cancel.request_final"_s,
                     QT_TRANSLATE_NOOP("Error", "This request is already finished at the "
                                                "municipality; there is nothing to cancel."),
                     detail);
    if ((*request)->state != OutboxState::Accepted)
        return Error(u"cancel.not_sent"_s,
                     QT_TRANSLATE_NOOP("Error", "This request has not been sent yet; void the "
                                                "fee instead and it will never be sent."),
                     detail + u", request "_s + outboxStateName((*request)->state));
    RequestProgressStore progress(m_db);
    Result<std::optional<RequestProgressStore::Progress>> known = progress.progress(fee->requestId);
    if (!known)
        return known.error();
    if (*known && (*known)->isFinal)
        return Error(u"cancel.request_final"_s,
                     QT_TRANSLATE_NOOP("Error", "This request is already finished at the "
                                                "municipality; there is nothing to cancel."),
                     detail + u", status "_s + (*known)->status);
    // Known already: no need to ask the backend for a refusal.
    if (*known && (*known)->status != u"received"_s && !(*known)->status.isEmpty())
        return Error(u"cancel.work_started"_s,
                     QT_TRANSLATE_NOOP("Error", "The municipality has already started work on "
                                                "this request; it can no longer be cancelled."),
                     detail + u", status "_s + (*known)->status);
    RequestCancelStore cancels(m_db);
    if (Status s = cancels.enqueue(fee->requestId, (*request)->trackingCode, supervisor.username,
                                   why, now);
        !s)
        return s.error();
    AuditEvent event;
    event.kind = AuditKind::CancelRequested;
    event.at = now;
    event.accountId = supervisor.accountId;
    event.username = supervisor.username;
    event.subject = (*request)->trackingCode;
    event.detail = compactJson({{u"fee_seq"_s, feeSeq}, {u"reason"_s, why}});
    if (auto a = m_audit.recordInTransaction(event); !a)
        return a.error();
    Result<std::optional<RequestCancelStore::Cancel>> stored = cancels.find(fee->requestId);
    if (!stored)
        return stored.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return **stored;
}

Result<std::optional<RequestCancelStore::Cancel>> LedgerService::cancelOf(qint64 feeSeq)
{
    Result<LedgerEntry> fee = existingEntry(m_store, feeSeq);
    if (!fee)
        return fee.error();
    return RequestCancelStore(m_db).find(fee->requestId);
}

Result<std::pair<LedgerEntry, QString>> LedgerService::refundableFee(qint64 feeSeq)
{
    Result<LedgerEntry> fee = existingEntry(m_store, feeSeq);
    if (!fee)
        return fee.error();
    if (fee->kind != EntryKind::Fee)
        return Error(
            u"ledger.refund_not_fee"_s, QT_TRANSLATE_NOOP("Error", "Only a fee can be refunded."),
            u"entry "_s + QString::number(feeSeq) + u" is a "_s + entryKindToString(fee->kind));
    Result<std::optional<LedgerEntry>> voided = m_store.voidOf(feeSeq);
    if (!voided)
        return voided.error();
    if (*voided)
        return Error(u"ledger.refund_of_voided"_s,
                     QT_TRANSLATE_NOOP("Error", "This fee was voided; its money has already "
                                                "been given back."),
                     u"entry "_s + QString::number(feeSeq));
    Result<std::optional<LedgerEntry>> refunded = m_store.refundOf(feeSeq);
    if (!refunded)
        return refunded.error();
    if (*refunded)
        return Error(u"ledger.already_refunded"_s,
                     QT_TRANSLATE_NOOP("Error", "This fee has already been refunded."),
                     u"entry "_s + QString::number(feeSeq) + u" refunded by entry "_s +
                         QString::number((*refunded)->seq));
    // The basis comes from what the backend said, never from the caller.
    Result<std::optional<RequestCancelStore::Cancel>> cancel =
        RequestCancelStore(m_db).find(fee->requestId);
    if (!cancel)
        return cancel.error();
    if (*cancel && (*cancel)->state == RequestCancelStore::State::Cancelled)
        return std::pair{*fee, u"cancelled"_s};
    Result<std::optional<RequestProgressStore::Progress>> progress =
        RequestProgressStore(m_db).progress(fee->requestId);
    if (!progress)
        return progress.error();
    if (*progress && (*progress)->isFinal && (*progress)->status == u"rejected"_s)
        return std::pair{*fee, u"rejected"_s};
    return Error(u"ledger.refund_not_eligible"_s,
                 QT_TRANSLATE_NOOP("Error", "Only a fee whose request the municipality rejected, "
                                            "or whose request was cancelled, can be refunded."),
                 u"entry "_s + QString::number(feeSeq) + u", status "_s +
                     (*progress ? (*progress)->status : u"not accepted"_s));
}

Result<QString> LedgerService::refundEligibility(qint64 feeSeq)
{
    Result<std::pair<LedgerEntry, QString>> fee = refundableFee(feeSeq);
    if (!fee)
        return fee.error();
    return fee->second;
}

Result<LedgerService::RefundPlan> LedgerService::planRefund(const Session& supervisor,
                                                            const RefundRequest& refund)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s.error();
    const QString why = refund.reason.trimmed();
    if (why.isEmpty())
        return Error(u"ledger.refund_reason_missing"_s,
                     QT_TRANSLATE_NOOP("Error", "Give the reason for the refund."));
    Result<std::pair<LedgerEntry, QString>> eligible = refundableFee(refund.feeSeq);
    if (!eligible)
        return eligible.error();
    const LedgerEntry fee = eligible->first;
    if (fee.clerkId == supervisor.username)
        return Error(u"ledger.refund_own_fee"_s,
                     QT_TRANSLATE_NOOP("Error", "A refund of your own fee needs another "
                                                "supervisor."),
                     u"entry "_s + QString::number(fee.seq) + u" was taken by "_s +
                         supervisor.username);
    Money amount = fee.amount;
    if (!refund.amount.trimmed().isEmpty()) {
        Result<Money> typed = Money::parse(refund.amount, Money::Unit::Toman);
        if (!typed || typed->rials() <= 0)
            return Error(u"ledger.refund_amount_invalid"_s,
                         QT_TRANSLATE_NOOP("Error", "The refund amount is not an amount of "
                                                    "money."),
                         u"entry "_s + QString::number(fee.seq));
        if (typed->rials() > fee.amount.rials())
            return Error(u"ledger.refund_above_fee"_s,
                         QT_TRANSLATE_NOOP("Error", "A refund cannot be more than the fee that "
                                                    "was paid."),
                         QString::number(typed->rials()) + u" rials over a fee of "_s +
                             QString::number(fee.amount.rials()));
        amount = *typed;
    }
    Payment back = Payment::cash();
    if (fee.payment.method == PaymentMethod::Card) {
        Result<Payment> reversal =
            Payment::normalized(Payment::card(fee.payment.terminalId, refund.reversalReference));
        if (!reversal)
            return reversal.error();
        back = *reversal;
    } else if (!refund.reversalReference.trimmed().isEmpty()) {
        return Error(u"payment.unexpected_card_details"_s,
                     QT_TRANSLATE_NOOP("Error", "A cash payment has no terminal or "
                                                "reference number; choose card payment."));
    }
    return RefundPlan{fee, amount, back};
}

Status LedgerService::checkRefund(const Session& supervisor, const RefundRequest& refund)
{
    Result<RefundPlan> plan = planRefund(supervisor, refund);
    if (!plan)
        return plan.error();
    return {};
}

Result<LedgerEntry> LedgerService::refundFee(const Session& supervisor, const QString& password,
                                             const RefundRequest& refund)
{
    // Everything the supervisor typed is checked before the password, so a refused refund
    // costs no login attempt.
    Result<RefundPlan> plan = planRefund(supervisor, refund);
    if (!plan)
        return plan.error();
    const LedgerEntry fee = plan->fee;
    const Money amount = plan->amount;
    const Payment back = plan->back;
    const QString why = refund.reason.trimmed();
    if (Status s = m_accounts.reauthenticate(supervisor, password); !s)
        return s.error();

    const qint64 now = m_clock.nowMs();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Again inside the write lock: a racing refund or void of the same fee loses here.
    Result<std::pair<LedgerEntry, QString>> still = refundableFee(refund.feeSeq);
    if (!still)
        return still.error();
    Result<LedgerEntry> entry = newEntry(EntryKind::Refund, now);
    if (!entry)
        return entry.error();
    LedgerEntry& e = *entry;
    // In the fee's clerk's drawer and service, so expected cash and terminal batches follow.
    e.clerkId = fee.clerkId;
    e.serviceId = fee.serviceId;
    e.amount = amount;
    e.tariff = fee.tariff;
    e.payment = back;
    e.requestId = fee.requestId;
    e.tariffTableId = fee.tariffTableId;
    e.tariffTableSha256 = fee.tariffTableSha256;
    e.targetSeq = fee.seq;
    e.reason = why;
    e.supervisorId = supervisor.username;
    Result<LedgerEntry> stored = m_store.append(e);
    if (!stored)
        return stored.error();
    AuditEvent event;
    event.kind = AuditKind::RefundApproved;
    event.at = now;
    event.accountId = supervisor.accountId;
    event.username = supervisor.username;
    event.subject = ReceiptNumber::format(fee.businessDay, fee.counter, fee.receiptNo);
    event.detail = compactJson({{u"fee_seq"_s, fee.seq},
                                {u"refund_seq"_s, stored->seq},
                                {u"amount_rials"_s, amount.rials()},
                                {u"method"_s, paymentMethodToString(back.method)},
                                {u"basis"_s, still->second},
                                {u"reason"_s, why}});
    if (auto a = m_audit.recordInTransaction(event); !a)
        return a.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    return stored;
}

Result<ShiftReport> LedgerService::shiftReport(const Session& reader, const QString& clerkId)
{
    if (clerkId != reader.username || !Authorizer::require(reader, Permission::ServeCitizen)) {
        if (Status s = Authorizer::require(reader, Permission::ViewReports); !s)
            return s.error();
    }
    const qint64 now = m_clock.nowMs();
    Result<std::pair<QDate, bool>> day = routeDay(now);
    if (!day)
        return day.error();
    Result<DayReport> report = m_reports.day(m_settings.counter, day->first);
    if (!report)
        return report.error();
    return ShiftReport::fromDay(*report, clerkId, now);
}

Result<ShiftHandover> LedgerService::recordShiftHandover(const Session& supervisor,
                                                         const QString& clerkId,
                                                         const QString& countedCash)
{
    if (Status s = Authorizer::require(supervisor, Permission::CloseDay); !s)
        return s.error();
    Result<Money> counted = Money::parse(countedCash, Money::Unit::Toman);
    if (!counted)
        return Error(u"shift.counted_cash_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The counted cash is not an amount of money."),
                     u"drawer of "_s + clerkId + u": "_s + counted.error().code());
    Result<std::optional<Account>> account = AccountStore(m_db).findByUsername(clerkId);
    if (!account)
        return account.error();
    if (!*account)
        return Error(u"shift.unknown_clerk"_s,
                     QT_TRANSLATE_NOOP("Error", "There is no such clerk."), clerkId);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Result<ShiftReport> report = shiftReport(supervisor, clerkId);
    if (!report)
        return report.error();
    ShiftHandover h;
    h.report = *report;
    h.counted = *counted;
    AuditEvent event;
    event.kind = AuditKind::ShiftHandover;
    event.at = report->asOf;
    event.accountId = supervisor.accountId;
    event.username = supervisor.username;
    event.subject = clerkId;
    event.detail = compactJson({{u"business_day"_s, report->businessDay.toString(Qt::ISODate)},
                                {u"expected_rials"_s, report->expectedCash.rials()},
                                {u"counted_rials"_s, h.counted.rials()},
                                {u"difference_rials"_s, h.difference().rials()},
                                {u"fee_count"_s, report->totals.feeCount},
                                {u"net_rials"_s, report->totals.net().rials()}});
    Result<AuditEvent> recorded = m_audit.recordInTransaction(event);
    if (!recorded)
        return recorded.error();
    h.auditSeq = recorded->seq;
    if (Status s = tx->commit(); !s)
        return s.error();
    return h;
}

Result<QList<std::pair<LedgerEntry, QString>>>
LedgerService::refundCandidates(const Session& supervisor)
{
    if (Status s = Authorizer::require(supervisor, Permission::ApproveVoid); !s)
        return s.error();
    auto stmt =
        m_db.prepare("SELECT e.seq FROM ledger_entry e "
                     "LEFT JOIN outbox_result r ON r.request_id = e.request_id "
                     "LEFT JOIN request_cancel c ON c.request_id = e.request_id "
                     "WHERE e.kind = 'fee' AND e.counter_no = ?1 "
                     "AND ((r.final = 1 AND r.status = 'rejected') OR c.state = 'cancelled') "
                     "AND NOT EXISTS (SELECT 1 FROM ledger_entry x WHERE x.target_seq = e.seq "
                     "AND x.kind IN ('void', 'refund')) ORDER BY e.seq LIMIT 500");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({m_settings.counter}); !s)
        return s.error();
    Result<QList<qint64>> seqs = stmt->collect([](const Row& row) { return row.int64(0); });
    if (!seqs)
        return seqs.error();
    QList<std::pair<LedgerEntry, QString>> out;
    for (qint64 seq : *seqs) {
        Result<std::pair<LedgerEntry, QString>> fee = refundableFee(seq);
        if (fee)
            out << *fee;
    }
    return out;
}

Result<LedgerEntry> LedgerService::feeByReceiptNumber(const QString& receiptNumber)
{
    const QString text = PersianText::cleanIdentifier(receiptNumber);
    static const QRegularExpression shape(u"^(\\d{4})(\\d{2})(\\d{2})-(\\d{1,3})-(\\d{1,6})$"_s);
    const QRegularExpressionMatch m = shape.match(text);
    const QDate day = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(),
                                           m.captured(3).toInt(), SolarHijri::calendar())
                                   : QDate();
    if (!day.isValid())
        return Error(u"ledger.receipt_number_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "Type the receipt number as printed, e.g. "
                                                "14050907-1-0042."),
                     text);
    Result<std::optional<LedgerEntry>> fee =
        m_store.findByReceipt(m.captured(4).toInt(), day, m.captured(5).toLongLong());
    if (!fee)
        return fee.error();
    if (!*fee)
        return Error(u"ledger.not_found"_s,
                     QT_TRANSLATE_NOOP("Error", "The receipt was not found in the ledger."),
                     u"receipt "_s + text);
    return **fee;
}

Result<LedgerEntry> LedgerService::recordInvoicedFee(const Session& clerk, const FeeRequest& fee,
                                                     const Invoice& invoice)
{
    if (fee.payment.method != PaymentMethod::Invoice || fee.payment.reference != invoice.number ||
        fee.payment.organisationId != invoice.organisationId || invoice.number.isEmpty())
        return Error(u"invoice.payment_mismatch"_s,
                     QT_TRANSLATE_NOOP("Error", "The fee is not billed to this invoice's "
                                                "organisation."),
                     invoice.number);
    InvoiceStore invoices(m_db);
    return recordFeeWith(clerk, fee, [&](const LedgerEntry& entry) -> Status {
        Invoice header = invoice;
        header.businessDay = entry.businessDay;
        header.createdAt = entry.createdAt;
        header.clerkId = entry.clerkId;
        header.counter = entry.counter;
        InvoiceLine line;
        line.requestId = entry.requestId;
        line.serviceId = entry.serviceId;
        line.fee = entry.amount;
        line.ledgerSeq = entry.seq;
        return invoices.appendLine(header, line);
    });
}

} // namespace pishkhan
