#pragma once

#include "DayClose.h"
#include "DayCloseStore.h"
#include "DayReport.h"
#include "Invoice.h"
#include "LedgerEntry.h"
#include "LedgerReports.h"
#include "LedgerStore.h"
#include "ReceiptData.h"
#include "RefundRequest.h"
#include "ShiftReport.h"
#include "TariffTable.h"
#include "VoidRequest.h"
#include "VoidRequestStore.h"
#include "core/Result.h"
#include "security/AuditEvent.h"
#include "security/Session.h"
#include "storage/HashChain.h"
#include "storage/OutboxEntry.h"
#include "storage/RequestCancelStore.h"

#include <QMap>
#include <QTimeZone>

#include <functional>

namespace pishkhan {

class AccountService;
class AuditLog;
class Clock;
class CloseSigner;
class Database;

// Which office, counter and device this ledger belongs to.
struct LedgerSettings
{
    QString officeCode;
    QString officeName;
    QString deviceId;
    int counter = 1;
    QTimeZone zone; // invalid = SolarHijri::officeTimeZone()
    // A training counter: its receipts carry "training — not valid".
    bool training = false;
};

// A fee to take: the citizen's request (goes to the outbox in the same transaction), the
// tariff table the clerk's catalogue came from, and how the citizen paid. There is no amount:
// the fee is the tariff table's, so neither the UI nor a caller can type another one.
struct FeeRequest
{
    OutboxEntry request;
    QString tariffTableId;
    Payment payment;
};

// The rules of the fee ledger, enforced here in the core whatever the UI shows:
//  - roles: taking a fee and reprinting need ServeCitizen/ReprintReceipt, a void ApproveVoid
//    plus the supervisor's password again, a close CloseDay plus the password, reports
//    ViewReports (auth.forbidden otherwise);
//  - a fee is the tariff table's, inside the council range, recorded with its outbox row and
//    its gapless receipt number in one transaction;
//  - entries land in the open business day: the office-local day of the clock, or the day
//    after the last close when the clock points at a sealed day (then flagged "late");
//  - a void points at a fee, once, with a reason; a reprint counts copies;
//  - four eyes: nobody voids, approves or refuses a void of their own fee
//    (ledger.void_own_fee), nobody decides their own void request (ledger.void_own_request),
//    and a day with pending void requests is not closed (close.void_pending);
//  - a close seals its day, is signed, carries the perpetual total, and is queued for upload;
//  - a void of a fee whose request is still queued (or waiting for attention) withdraws the
//    request in the same transaction, so it is never sent; for a request the backend accepted
//    and has not finished, the void queues its cancel through the backend (a refusal because
//    work began is shown; the request goes on); requestCancel cancels without a void, and the
//    fee is refunded once the cancel or a rejection after acceptance is known;
//  - a refund is recorded by a supervisor who did not take the fee (ledger.refund_own_fee),
//    with the password again; it points at the fee once, never above its amount, goes back by
//    the fee's payment method, and only for a request rejected after acceptance or cancelled.
// Every refusal is an Error with nothing written.
class LedgerService
{
public:
    LedgerService(Database& db, AccountService& accounts, AuditLog& audit, CloseSigner& signer,
                  const Clock& clock, LedgerSettings settings);

    [[nodiscard]] const LedgerSettings& settings() const { return m_settings; }
    [[nodiscard]] LedgerStore& store() { return m_store; }

    // Records a tariff table the catalogue sync fetched (system call, no session).
    Status registerTariffTable(const TariffTable& table);

    // The business day new entries go to now, and whether it is "late" (the clock's own day is
    // already sealed).
    [[nodiscard]] Result<std::pair<QDate, bool>> openBusinessDay();

    [[nodiscard]] Result<LedgerEntry> recordFee(const Session& clerk, const FeeRequest& fee);
    // A fee whose service the audit trail must also show (an inquiry into a citizen's
    // property): the event is written in the fee's transaction, stamped with the clerk, the
    // time and the receipt number as its subject, so neither exists without the other.
    [[nodiscard]] Result<LedgerEntry> recordAuditedFee(const Session& clerk, const FeeRequest& fee,
                                                       AuditEvent event);
    [[nodiscard]] Result<LedgerEntry> recordReprint(const Session& clerk, qint64 feeSeq);
    [[nodiscard]] Result<LedgerEntry> voidFee(const Session& supervisor, const QString& password,
                                              qint64 feeSeq, const QString& reason);

    // The clerk's side of a void: asks a supervisor to void one of the clerk's own fees of the
    // open day (RequestVoid). One pending request per fee; audit event void_requested.
    [[nodiscard]] Result<VoidRequest> requestVoid(const Session& clerk, qint64 feeSeq,
                                                  const QString& reason);
    // Pending requests, oldest first (ApproveVoid).
    [[nodiscard]] Result<QList<VoidRequest>> pendingVoidRequests(const Session& supervisor);
    // Approves a pending request: the void entry (as voidFee, with the clerk's reason) and the
    // request marked approved, in one transaction.
    [[nodiscard]] Result<LedgerEntry> approveVoid(const Session& supervisor,
                                                  const QString& password, qint64 requestId);
    // Refuses a pending request with a reason; nothing enters the ledger. Audit void_refused.
    Status refuseVoid(const Session& supervisor, qint64 requestId, const QString& note);

    // The close as it would be now (totals, expected cash per drawer, card batches), unsigned
    // and unsaved: what the supervisor's close screen shows before counting.
    [[nodiscard]] Result<DayClose> previewClose(const Session& supervisor, QDate day);
    // countedCash: clerk id → the amount the supervisor typed (toman, Persian or ASCII digits,
    // separators allowed). Every drawer with expected cash needs a count.
    [[nodiscard]] Result<DayClose> closeDay(const Session& supervisor, const QString& password,
                                            QDate day, const QMap<QString, QString>& countedCash);
    // The same with each card terminal's settlement (terminal id → total and count from its
    // batch report); the difference against the ledger is signed into the close.
    [[nodiscard]] Result<DayClose> closeDay(const Session& supervisor, const QString& password,
                                            QDate day, const QMap<QString, QString>& countedCash,
                                            const QMap<QString, SettlementInput>& cardSettlements);

    [[nodiscard]] Result<DayReport> dayReport(const Session& reader, QDate day);
    [[nodiscard]] Result<RangeReport> rangeReport(const Session& reader, QDate from, QDate to);
    [[nodiscard]] Result<HashChain::Report> verifyChain(const Session& reader);
    // Persian service names by id, for reports and exports.
    [[nodiscard]] Result<QMap<QString, QString>> serviceNames();

    // For the sync engine (no session: it runs in the background).
    [[nodiscard]] Result<QList<PendingCloseUpload>> pendingCloseUploads();
    // Stores the backend's signed receipt; when serverPublicKey is given the signature must
    // verify with it (close.ack_signature).
    Status recordCloseAcknowledgement(const CloseAcknowledgement& ack,
                                      const QByteArray& serverPublicKey = {});

    // What to print for a fee entry, a reprint entry (which prints as "copy n") or a refund
    // entry (a refund receipt).
    [[nodiscard]] Result<ReceiptData> receipt(qint64 seq, const QString& clerkName = {});

    // Queues the cancel of a fee's request that the backend already accepted (ApproveVoid):
    // the sync engine sends it (docs/api.md §4.14). Error codes: cancel.reason_missing,
    // cancel.not_sent (still queued: void the fee instead), cancel.request_final (done or
    // rejected already), cancel.already_requested, ledger.not_found, ledger.void_not_fee.
    // Audit event cancel_requested.
    [[nodiscard]] Result<RequestCancelStore::Cancel>
    requestCancel(const Session& supervisor, qint64 feeSeq, const QString& reason);
    // The cancel asked for a fee's request, if any (a refused one carries the backend's reason).
    [[nodiscard]] Result<std::optional<RequestCancelStore::Cancel>> cancelOf(qint64 feeSeq);
    // The fee printed with this receipt number ("14050907-1-0042", Persian or ASCII digits).
    // Error codes: ledger.receipt_number_invalid, ledger.not_found.
    [[nodiscard]] Result<LedgerEntry> feeByReceiptNumber(const QString& receiptNumber);
    // Fees of this counter that may be refunded now (rejected after acceptance, or cancelled;
    // not voided or refunded), oldest first, with the basis: what the refunds screen lists
    // (ApproveVoid).
    [[nodiscard]] Result<QList<std::pair<LedgerEntry, QString>>>
    refundCandidates(const Session& supervisor);
    // Why the fee can be refunded now ("rejected" or "cancelled"), or the refusal
    // (ledger.refund_not_eligible, ledger.already_refunded, ledger.refund_of_voided, ...).
    [[nodiscard]] Result<QString> refundEligibility(qint64 feeSeq);
    // Records the refund entry (ApproveVoid plus the password again) and its audit event
    // refund_approved, in one transaction. See the class comment for the rules.
    [[nodiscard]] Result<LedgerEntry> refundFee(const Session& supervisor, const QString& password,
                                                const RefundRequest& refund);
    // Every refusal refundFee would give before the password (the screen asks for the password
    // only after this passes); nothing is written.
    Status checkRefund(const Session& supervisor, const RefundRequest& refund);

    // The X report of one clerk for the open business day up to now: the clerk's own
    // (ServeCitizen) or anyone's (ViewReports). Writes nothing.
    [[nodiscard]] Result<ShiftReport> shiftReport(const Session& reader, const QString& clerkId);
    // A shift handover: the supervisor (CloseDay) counts the clerk's drawer against the X report;
    // only an audit event shift_handover {expected, counted, difference} is written. Error codes:
    // shift.counted_cash_invalid, shift.unknown_clerk.
    [[nodiscard]] Result<ShiftHandover> recordShiftHandover(const Session& supervisor,
                                                            const QString& clerkId,
                                                            const QString& countedCash);
    // A fee billed to an organisation (payment "invoice" naming the invoice's number and the
    // organisation): as recordFee, and its line on the invoice in the same transaction; the
    // invoice row is written with its first line. Error: invoice.payment_mismatch.
    [[nodiscard]] Result<LedgerEntry> recordInvoicedFee(const Session& clerk, const FeeRequest& fee,
                                                        const Invoice& invoice);

private:
    Result<DayClose> buildClose(QDate day);
    Result<LedgerEntry>
    recordFeeWith(const Session& clerk, const FeeRequest& fee,
                  const std::function<Status(const LedgerEntry&)>& alsoInTransaction);
    // An entry of this kind for the open business day (routeDay), stamped with counter and
    // time; the caller fills in what it is about. Inside the caller's transaction.
    Result<LedgerEntry> newEntry(EntryKind kind, qint64 now);
    // The fee a void would undo, or why it cannot be voided (missing, a void, voided already).
    Result<LedgerEntry> voidableFee(qint64 feeSeq);
    // The void entry and its audit event; the caller holds the transaction.
    Result<LedgerEntry> appendVoid(const Session& supervisor, const LedgerEntry& fee,
                                   const QString& reason, qint64 now);
    Result<VoidRequest> pendingRequest(qint64 requestId);
    // The void's effect on the fee's request, inside the caller's transaction: never sent →
    // withdrawn; accepted and not final → a cancel queued for the backend; outcome says which
    // ("withdrawn", "cancel_queued" or empty). Refuses a request being sent right now.
    Status withdrawOrCancel(const Session& supervisor, const LedgerEntry& fee,
                            const QString& reason, qint64 now, QString* outcome);
    Status checkNotSent(const LedgerEntry& fee);
    // The fee a refund would give back, with why it may be: refundEligibility's core.
    Result<std::pair<LedgerEntry, QString>> refundableFee(qint64 feeSeq);
    struct RefundPlan
    {
        LedgerEntry fee;
        Money amount;
        Payment back;
    };
    // What refundFee will write, or its refusal; reads only.
    Result<RefundPlan> planRefund(const Session& supervisor, const RefundRequest& refund);
    Status checkClosable(QDate day);
    Status checkNoPendingVoids(QDate day);
    Result<std::pair<QDate, bool>> routeDay(qint64 now);
    [[nodiscard]] QTimeZone zone() const;

    Database& m_db;
    AccountService& m_accounts;
    AuditLog& m_audit;
    CloseSigner& m_signer;
    const Clock& m_clock;
    LedgerSettings m_settings;
    LedgerStore m_store;
    DayCloseStore m_closes;
    LedgerReports m_reports;
    VoidRequestStore m_voidRequests;
};

} // namespace pishkhan
