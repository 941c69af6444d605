#include "LedgerService.h"

#include "CloseSigner.h"
#include "DayCloseDocument.h"
#include "Ed25519KeySigner.h"
#include "InvoiceStore.h"
#include "ReceiptNumber.h"
#include "core/CouncilFeeRange.h"
#include "core/SolarHijri.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authorizer.h"
#include "security/Clock.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error notFound(qint64 seq)
{
    return Error(u"ledger.not_found"_s,
                 QT_TRANSLATE_NOOP("Error", "The receipt was not found in the ledger."),
                 u"entry "_s + QString::number(seq));
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
    Result<std::optional<LedgerEntry>> fee = m_store.entry(feeSeq);
    if (!fee)
        return fee.error();
    if (!*fee)
        return notFound(feeSeq);
    if ((*fee)->kind != EntryKind::Fee)
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
    e.serviceId = (*fee)->serviceId;
    e.amount = Money();
    e.tariff = (*fee)->tariff;
    e.payment = (*fee)->payment;
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
    Result<std::optional<LedgerEntry>> target = m_store.entry(feeSeq);
    if (!target)
        return target.error();
    if (!*target)
        return notFound(feeSeq);
    if ((*target)->kind == EntryKind::Void)
        return Error(u"ledger.void_of_void"_s,
                     QT_TRANSLATE_NOOP("Error", "A void cannot itself be voided."),
                     u"entry "_s + QString::number(feeSeq));
    if ((*target)->kind != EntryKind::Fee)
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
    return **target;
}

Result<LedgerEntry> LedgerService::appendVoid(const Session& supervisor, const LedgerEntry& fee,
                                              const QString& reason, qint64 now)
{
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
                                {u"reason"_s, reason}});
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
    if (fee.kind == EntryKind::Reprint) {
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
    return r;
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
