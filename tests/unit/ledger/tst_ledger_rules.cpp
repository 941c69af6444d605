// The ledger's rules: fees with their outbox row and gapless receipt numbers, the
// open-day routing of late entries, reprints, voids, roles, acknowledgements — and every "bad
// input" of the issue answered with a clear error and nothing written (data-driven).
#include "LedgerTestSupport.h"

#include "ledger/DayCloseDocument.h"
#include "ledger/ReceiptNumber.h"
#include "storage/Row.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// The day before is closed (one cash fee), today holds a cash fee, a card fee and its void.
struct Scenario
{
    QTemporaryDir dir;
    LedgerFixture f;
    qint64 closedFee = 0, cashFee = 0, cardFee = 0, voidEntry = 0;
    qint64 pendingRequest = 0; // clerk1 asked for a void of cashFee
    QString error;

    Scenario() { error = setUp(); }

    QString setUp()
    {
        if (QString e = f.open(dir.filePath(u"ledger.db"_s), randomKey()); !e.isEmpty())
            return e;
        f.clock.set(tehran(2025, 3, 21, 10));
        auto a = f.fee(f.clerk);
        if (!a)
            return describe(a.error());
        closedFee = a->seq;
        auto c = f.ledger->closeDay(f.supervisor, kPassword, QDate(2025, 3, 21),
                                    {{u"clerk1"_s, u"8000"_s}});
        if (!c)
            return describe(c.error());
        f.clock.set(tehran(2025, 3, 22, 11));
        auto b = f.fee(f.clerk);
        auto d = f.fee(f.clerk2, u"notary-inquiry"_s, Payment::card(u"12345678"_s, u"123456"_s));
        if (!b || !d)
            return u"fees failed"_s;
        cashFee = b->seq;
        cardFee = d->seq;
        auto v = f.ledger->voidFee(f.supervisor, kPassword, cardFee, u"wrong service"_s);
        if (!v)
            return describe(v.error());
        voidEntry = v->seq;
        auto r = f.ledger->requestVoid(f.clerk, cashFee, u"citizen changed their mind"_s);
        if (!r)
            return describe(r.error());
        pendingRequest = r->id;
        return {};
    }

    // Rows of every table the ledger writes: "nothing written" means none of these moves.
    QList<qint64> footprint()
    {
        QList<qint64> n;
        for (const char* sql :
             {"SELECT COUNT(*) FROM ledger_entry", "SELECT COUNT(*) FROM outbox",
              "SELECT COUNT(*) FROM day_close", "SELECT COUNT(*) FROM close_upload",
              "SELECT IFNULL(SUM(last_no), 0) FROM receipt_counter",
              "SELECT COUNT(*) FROM audit_events WHERE kind IN ('void_approved', 'day_closed', "
              "'void_requested', 'void_refused', 'property_inquiry')",
              "SELECT COUNT(*) FROM void_request",
              "SELECT COUNT(*) FROM void_request WHERE state = 'pending'"})
            n << f.count(sql).valueOr(-1);
        return n;
    }
};

using Attempt = std::function<Error(Scenario&)>;

template<typename T>
Error errorOf(const Result<T>& r)
{
    return r ? Error(u"unexpectedly.ok"_s, "") : r.error();
}

struct BadInput
{
    const char* name;
    const char* code;
    Attempt attempt;
};

const QList<BadInput>& badInputs()
{
    static const QList<BadInput> cases{
        {"fee above the council range", "fee.out_of_range",
         [](Scenario& s) { return errorOf(s.f.fee(s.f.clerk, u"typo-service"_s)); }},
        {"fee below the council range", "fee.out_of_range",
         [](Scenario& s) { return errorOf(s.f.fee(s.f.clerk, u"cheap-service"_s)); }},
        {"card without reference", "payment.reference_missing",
         [](Scenario& s) {
             return errorOf(
                 s.f.fee(s.f.clerk, u"property-file"_s, Payment::card(u"12345678"_s, {})));
         }},
        {"card reference of the wrong form", "payment.reference_shape",
         [](Scenario& s) {
             return errorOf(
                 s.f.fee(s.f.clerk, u"property-file"_s, Payment::card(u"12345678"_s, u"12AB"_s)));
         }},
        {"card without terminal", "payment.terminal_missing",
         [](Scenario& s) {
             return errorOf(s.f.fee(s.f.clerk, u"property-file"_s, Payment::card({}, u"123456"_s)));
         }},
        {"cash with card details", "payment.unexpected_card_details",
         [](Scenario& s) {
             return errorOf(s.f.fee(s.f.clerk, u"property-file"_s,
                                    Payment{PaymentMethod::Cash, {}, u"123456"_s}));
         }},
        {"unknown tariff table", "tariff.unknown",
         [](Scenario& s) {
             return errorOf(s.f.ledger->recordFee(
                 s.f.clerk, FeeRequest{sampleRequest(), u"no-such-table"_s, Payment::cash()}));
         }},
        {"service missing from the tariff table", "tariff.no_service",
         [](Scenario& s) { return errorOf(s.f.fee(s.f.clerk, u"no-such-service"_s)); }},
        {"fee by a logged-out session", "auth.forbidden",
         [](Scenario& s) { return errorOf(s.f.fee(Session{})); }},
        {"outbox refuses the request (duplicate id): no fee either", "outbox.duplicate",
         [](Scenario& s) {
             Result<std::optional<LedgerEntry>> fee = s.f.ledger->store().entry(s.cashFee);
             OutboxEntry dup = sampleRequest();
             dup.requestId = (*fee)->requestId;
             return errorOf(
                 s.f.ledger->recordFee(s.f.clerk, FeeRequest{dup, kTariffId, Payment::cash()}));
         }},
        {"property inquiry whose fee is refused: no audit event either", "outbox.duplicate",
         [](Scenario& s) {
             Result<std::optional<LedgerEntry>> fee = s.f.ledger->store().entry(s.cashFee);
             OutboxEntry dup = sampleRequest();
             dup.requestId = (*fee)->requestId;
             AuditEvent event;
             event.kind = AuditKind::PropertyInquiry;
             return errorOf(s.f.ledger->recordAuditedFee(
                 s.f.clerk, FeeRequest{dup, kTariffId, Payment::cash()}, event));
         }},
        {"void without a supervisor (clerk)", "auth.forbidden",
         [](Scenario& s) {
             return errorOf(s.f.ledger->voidFee(s.f.clerk, kClerkPassword, s.cashFee, u"x"_s));
         }},
        {"void with a wrong supervisor password", "auth.bad_credentials",
         [](Scenario& s) {
             return errorOf(
                 s.f.ledger->voidFee(s.f.supervisor, u"wrong-password"_s, s.cashFee, u"mistake"_s));
         }},
        {"void without a reason", "ledger.void_reason_missing",
         [](Scenario& s) {
             return errorOf(s.f.ledger->voidFee(s.f.supervisor, kPassword, s.cashFee, u"  "_s));
         }},
        {"void of a void", "ledger.void_of_void",
         [](Scenario& s) {
             return errorOf(s.f.ledger->voidFee(s.f.supervisor, kPassword, s.voidEntry, u"x"_s));
         }},
        {"double void", "ledger.already_voided",
         [](Scenario& s) {
             return errorOf(s.f.ledger->voidFee(s.f.supervisor, kPassword, s.cardFee, u"x"_s));
         }},
        {"void of an unknown entry", "ledger.not_found",
         [](Scenario& s) {
             return errorOf(s.f.ledger->voidFee(s.f.supervisor, kPassword, 999, u"x"_s));
         }},
        {"void request for another clerk's receipt", "ledger.void_not_own",
         [](Scenario& s) {
             return errorOf(s.f.ledger->requestVoid(s.f.clerk2, s.cashFee, u"mistake"_s));
         }},
        {"void request without a reason", "ledger.void_reason_missing",
         [](Scenario& s) {
             return errorOf(s.f.ledger->requestVoid(s.f.clerk2, s.cardFee, u" "_s));
         }},
        {"void request of a voided fee", "ledger.already_voided",
         [](Scenario& s) {
             return errorOf(s.f.ledger->requestVoid(s.f.clerk2, s.cardFee, u"again"_s));
         }},
        {"second void request while one is pending", "ledger.void_already_requested",
         [](Scenario& s) {
             return errorOf(s.f.ledger->requestVoid(s.f.clerk, s.cashFee, u"again"_s));
         }},
        {"void request by a logged-out session", "auth.forbidden",
         [](Scenario& s) {
             return errorOf(s.f.ledger->requestVoid(Session{}, s.cashFee, u"x"_s));
         }},
        {"approval by a clerk", "auth.forbidden",
         [](Scenario& s) {
             return errorOf(s.f.ledger->approveVoid(s.f.clerk, kClerkPassword, s.pendingRequest));
         }},
        {"approval with a wrong password", "auth.bad_credentials",
         [](Scenario& s) {
             return errorOf(
                 s.f.ledger->approveVoid(s.f.supervisor, u"wrong-password"_s, s.pendingRequest));
         }},
        {"approval of an unknown request", "ledger.void_request_not_found",
         [](Scenario& s) {
             return errorOf(s.f.ledger->approveVoid(s.f.supervisor, kPassword, 99));
         }},
        {"refusal without a reason", "ledger.refusal_reason_missing",
         [](Scenario& s) {
             Status r = s.f.ledger->refuseVoid(s.f.supervisor, s.pendingRequest, u""_s);
             return r ? Error(u"unexpectedly.ok"_s, "") : r.error();
         }},
        {"refusal by a clerk", "auth.forbidden",
         [](Scenario& s) {
             Status r = s.f.ledger->refuseVoid(s.f.clerk, s.pendingRequest, u"no"_s);
             return r ? Error(u"unexpectedly.ok"_s, "") : r.error();
         }},
        {"entry into a sealed day", "ledger.day_sealed",
         [](Scenario& s) {
             auto tx = Transaction::begin(s.f.store->database());
             Result<std::optional<LedgerEntry>> fee = s.f.ledger->store().entry(s.closedFee);
             LedgerEntry e = **fee;
             e.requestId = OutboxStore::newRequestId();
             return errorOf(s.f.ledger->store().append(e)); // business day 2025-03-21, closed
         }},
        {"close of a closed day", "close.already_closed",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 21),
                                                 {{u"clerk1"_s, u"8000"_s}}));
         }},
        {"close of a day before the last close", "close.already_closed",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 1), {}));
         }},
        {"close of a day that has not begun", "close.future_day",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 30),
                                                 {{u"clerk1"_s, u"8000"_s}}));
         }},
        {"counted cash that is not a number", "close.counted_cash_invalid",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 22),
                                                 {{u"clerk1"_s, u"هشت هزار"_s}}));
         }},
        {"counted cash with a sign", "close.counted_cash_invalid",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 22),
                                                 {{u"clerk1"_s, u"-8000"_s}}));
         }},
        {"a drawer left uncounted", "close.counted_cash_missing",
         [](Scenario& s) {
             return errorOf(
                 s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 22), {}));
         }},
        {"close by a clerk", "auth.forbidden",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.clerk, kClerkPassword, QDate(2025, 3, 22),
                                                 {{u"clerk1"_s, u"8000"_s}}));
         }},
        {"close with a wrong password", "auth.bad_credentials",
         [](Scenario& s) {
             return errorOf(s.f.ledger->closeDay(s.f.supervisor, u"nope-nope"_s, QDate(2025, 3, 22),
                                                 {{u"clerk1"_s, u"8000"_s}}));
         }},
        {"day report for a clerk", "auth.forbidden",
         [](Scenario& s) { return errorOf(s.f.ledger->dayReport(s.f.clerk, QDate(2025, 3, 22))); }},
        {"reprint of a void", "ledger.reprint_not_fee",
         [](Scenario& s) { return errorOf(s.f.ledger->recordReprint(s.f.clerk, s.voidEntry)); }},
    };
    return cases;
}

} // namespace

class TestLedgerRules : public QObject
{
    Q_OBJECT

private slots:
    void badInputIsRefusedAndNothingIsWritten_data();
    void badInputIsRefusedAndNothingIsWritten();
    void databaseRefusesWhatTheCodeRefuses_data();
    void databaseRefusesWhatTheCodeRefuses();
    void feeIsRecordedWithItsOutboxRow();
    void auditedFeeWritesItsEventInTheSameTransaction();
    void receiptNumbersStartAgainEachDay();
    void lateEntryGoesToTheOpenDayFlagged();
    void reprintsAreCountedCopies();
    void voidKeepsTheOriginal();
    void voidRequestIsApprovedOrRefusedOnce();
    void acknowledgementIsStoredAndPrintedByTheNextClose();
    void tamperedAcknowledgementIsRefused();
};

void TestLedgerRules::badInputIsRefusedAndNothingIsWritten_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < badInputs().size(); ++i)
        QTest::newRow(badInputs()[i].name) << i;
}

void TestLedgerRules::badInputIsRefusedAndNothingIsWritten()
{
    QFETCH(int, index);
    const BadInput& c = badInputs()[index];
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const QList<qint64> before = s.footprint();
    const Error e = c.attempt(s);
    QCOMPARE(e.code(), QString::fromLatin1(c.code));
    // A clear sentence for the clerk, not an empty one.
    QVERIFY(!e.userMessage().isEmpty());
    QCOMPARE(s.footprint(), before);
    Result<HashChain::Report> chain = s.f.ledger->store().verifyChain();
    QVERIFY(chain.ok() && !chain->failure);
}

void TestLedgerRules::databaseRefusesWhatTheCodeRefuses_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << u"UPDATE ledger_entry SET amount_rials = 90000 WHERE seq = 2"_s;
    QTest::newRow("delete") << u"DELETE FROM ledger_entry WHERE seq = 2"_s;
    QTest::newRow("insert into the sealed day")
        << u"INSERT INTO ledger_entry SELECT seq + 100, kind, business_day, jalali_month, "
           "counter_no, receipt_no + 100, created_at, clerk_id, service_id, amount_rials, "
           "tariff_rials, payment_method, terminal_id, payment_reference, request_id, "
           "tariff_table_id, tariff_table_sha256, target_seq, reason, supervisor_id, copy_no, "
           "late, clock_day, prev_hash, hash FROM ledger_entry WHERE seq = 1"_s;
    QTest::newRow("fee outside the council range")
        << u"INSERT INTO ledger_entry SELECT seq + 100, kind, '2025-03-30', jalali_month, "
           "counter_no, receipt_no + 100, created_at, clerk_id, service_id, 1500000, "
           "tariff_rials, payment_method, terminal_id, payment_reference, request_id, "
           "tariff_table_id, tariff_table_sha256, target_seq, reason, supervisor_id, copy_no, "
           "late, clock_day, prev_hash, hash FROM ledger_entry WHERE seq = 2"_s;
    QTest::newRow("update a close") << u"UPDATE day_close SET net_rials = 0"_s;
    QTest::newRow("delete a close") << u"DELETE FROM day_close"_s;
    QTest::newRow("swap a tariff table") << u"UPDATE tariff_table SET document = x'00'"_s;
}

void TestLedgerRules::databaseRefusesWhatTheCodeRefuses()
{
    QFETCH(QString, sql);
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const QList<qint64> before = s.footprint();
    Status st = s.f.store->database().exec(sql.toUtf8().constData());
    QVERIFY(!st.ok());
    QCOMPARE(s.footprint(), before);
}

void TestLedgerRules::feeIsRecordedWithItsOutboxRow()
{
    QTemporaryDir dir;
    LedgerFixture f;
    QString err = f.open(dir.filePath(u"l.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.clock.set(tehran(2025, 3, 22, 0, 30)); // 00:30 Tehran is still the previous UTC day
    auto fee = f.fee(f.clerk, u"notary-inquiry"_s, Payment::card(u"۱۲۳۴۵۶۷۸"_s, u"123456789012"_s));
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    QCOMPARE(fee->businessDay, QDate(2025, 3, 22));
    QCOMPARE(fee->receiptNo, 1);
    QCOMPARE(fee->amount, Money::fromRials(90'000));
    QCOMPARE(fee->payment.terminalId, u"12345678"_s); // Persian digits folded
    QCOMPARE(fee->tariffTableId, kTariffId);
    QCOMPARE(fee->tariffTableSha256, sampleTariffs().sha256Hex());
    QCOMPARE(fee->jalaliMonth, 140401);
    OutboxStore outbox(f.store->database());
    auto row = outbox.find(fee->requestId);
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->feeReference, u"14040102-1-0001"_s);
    QCOMPARE(ReceiptNumber::format(fee->businessDay, 1, fee->receiptNo), u"14040102-1-0001"_s);
}

void TestLedgerRules::auditedFeeWritesItsEventInTheSameTransaction()
{
    QTemporaryDir dir;
    LedgerFixture f;
    QString err = f.open(dir.filePath(u"l.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    AuditEvent event;
    event.kind = AuditKind::PropertyInquiry;
    event.detail = uR"({"property":"6-12-345-17-0-0-0"})"_s;
    auto fee = f.ledger->recordAuditedFee(
        f.clerk, FeeRequest{sampleRequest(), kTariffId, Payment::cash()}, event);
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    auto stmt = f.store->database().prepare(
        "SELECT username, subject, detail, at FROM audit_events WHERE kind = 'property_inquiry'");
    QVERIFY(stmt.ok());
    auto rows = stmt->collect([](const Row& r) {
        return QStringList{r.text(0), r.text(1), r.text(2), QString::number(r.int64(3))};
    });
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).at(0), f.clerk.username);
    QCOMPARE(rows->at(0).at(1), ReceiptNumber::format(fee->businessDay, 1, fee->receiptNo));
    QVERIFY(rows->at(0).at(2).contains(u"6-12-345-17-0-0-0"_s));
    QCOMPARE(rows->at(0).at(3), QString::number(fee->createdAt));
    Result<HashChain::Report> chain = f.audit->verify();
    QVERIFY(chain.ok() && !chain->failure);
}

void TestLedgerRules::receiptNumbersStartAgainEachDay()
{
    QTemporaryDir dir;
    LedgerFixture f;
    QString err = f.open(dir.filePath(u"l.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QList<qint64> numbers;
    for (int i = 0; i < 3; ++i)
        numbers << f.fee(i % 2 ? f.clerk2 : f.clerk)->receiptNo;
    f.clock.set(tehran(2025, 3, 23, 8));
    for (int i = 0; i < 2; ++i)
        numbers << f.fee(f.clerk)->receiptNo;
    QCOMPARE(numbers, (QList<qint64>{1, 2, 3, 1, 2}));
}

void TestLedgerRules::lateEntryGoesToTheOpenDayFlagged()
{
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    // Close 03-22 (its void request decided first), then the clock is set back into it: the
    // next fee must not reopen it.
    QVERIFY(s.f.ledger->refuseVoid(s.f.supervisor, s.pendingRequest, u"paid in full"_s).ok());
    auto close = s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 22),
                                      {{u"clerk1"_s, u"8000"_s}});
    QVERIFY2(close.ok(), qPrintable(whyNot(close)));
    s.f.clock.set(tehran(2025, 3, 22, 16));
    auto late = s.f.fee(s.f.clerk);
    QVERIFY(late.ok());
    QCOMPARE(late->businessDay, QDate(2025, 3, 23));
    QCOMPARE(late->clockDay, QDate(2025, 3, 22));
    QVERIFY(late->late);
    QCOMPARE(late->receiptNo, 1);
    auto report = s.f.ledger->dayReport(s.f.supervisor, QDate(2025, 3, 23));
    QVERIFY(report.ok());
    QCOMPARE(report->lateEntrySeqs, QList<qint64>{late->seq});
    // The sealed day's figures did not move.
    auto sealed = s.f.ledger->dayReport(s.f.supervisor, QDate(2025, 3, 22));
    QCOMPARE(sealed->totals, close->report.totals);
}

void TestLedgerRules::reprintsAreCountedCopies()
{
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    auto first = s.f.ledger->recordReprint(s.f.clerk, s.cashFee);
    auto second = s.f.ledger->recordReprint(s.f.clerk2, s.cashFee);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->copyNo, 1);
    QCOMPARE(second->copyNo, 2);
    QCOMPARE(second->amount, Money());
    auto receipt = s.f.ledger->receipt(second->seq);
    QVERIFY(receipt.ok());
    QCOMPARE(receipt->copyNo, 2);
    QCOMPARE(receipt->receiptNumber, u"14040102-1-0001"_s);
    QCOMPARE(s.f.count("SELECT COUNT(*) FROM reprint_event").valueOr(-1), 2);
    auto report = s.f.ledger->dayReport(s.f.supervisor, QDate(2025, 3, 22));
    QCOMPARE(report->totals.reprintCount, 2);
    QCOMPARE(report->totals.feeCount, 2); // reprints are no fees
}

void TestLedgerRules::voidRequestIsApprovedOrRefusedOnce()
{
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    auto pending = s.f.ledger->pendingVoidRequests(s.f.supervisor);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().feeSeq, s.cashFee);
    QCOMPARE(pending->first().clerkId, u"clerk1"_s);
    QCOMPARE(pending->first().fee.receiptNo, 1); // shown to the supervisor
    QCOMPARE(pending->first().reason, u"citizen changed their mind"_s);

    // Refused: nothing enters the ledger; the clerk may ask again, and that one is approved.
    const qint64 entriesBefore = s.f.count("SELECT COUNT(*) FROM ledger_entry").valueOr(-1);
    QVERIFY(s.f.ledger->refuseVoid(s.f.supervisor, s.pendingRequest, u"paid in full"_s).ok());
    QCOMPARE(s.f.count("SELECT COUNT(*) FROM ledger_entry").valueOr(-1), entriesBefore);
    QCOMPARE(s.f.ledger->pendingVoidRequests(s.f.supervisor)->size(), 0);
    auto decided = s.f.ledger->approveVoid(s.f.supervisor, kPassword, s.pendingRequest);
    QVERIFY(!decided.ok());
    QCOMPARE(decided.error().code(), u"ledger.void_request_decided"_s);

    auto again = s.f.ledger->requestVoid(s.f.clerk, s.cashFee, u"wrong citizen"_s);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(describe(again.error())));
    auto voided = s.f.ledger->approveVoid(s.f.supervisor, kPassword, again->id);
    QVERIFY2(voided.ok(), voided.ok() ? "" : qPrintable(describe(voided.error())));
    QCOMPARE(voided->targetSeq, s.cashFee);
    QCOMPARE(voided->reason, u"wrong citizen"_s); // the clerk's reason goes into the ledger
    QCOMPARE(voided->supervisorId, u"super1"_s);
    QCOMPARE(s.f.count("SELECT void_seq FROM void_request WHERE state = 'approved'").valueOr(-1),
             voided->seq);
    QCOMPARE(
        s.f.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'void_requested'").valueOr(-1),
        2);
    QCOMPARE(s.f.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'void_refused'").valueOr(-1),
             1);
    // A decision is final in the database too, and no request row can be deleted.
    for (const char* sql :
         {"UPDATE void_request SET state = 'pending'", "DELETE FROM void_request WHERE id = 1"})
        QVERIFY2(!s.f.store->database().exec(sql).ok(), sql);
    QVERIFY(!s.f.ledger->store().verifyChain()->failure);
}

void TestLedgerRules::voidKeepsTheOriginal()
{
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    auto original = s.f.ledger->store().entry(s.cardFee);
    auto voidEntry = s.f.ledger->store().entry(s.voidEntry);
    QVERIFY(original->has_value() && voidEntry->has_value());
    QCOMPARE((*original)->kind, EntryKind::Fee);
    QCOMPARE((*voidEntry)->targetSeq, s.cardFee);
    QCOMPARE((*voidEntry)->supervisorId, u"super1"_s);
    QCOMPARE((*voidEntry)->reason, u"wrong service"_s);
    auto report = s.f.ledger->dayReport(s.f.supervisor, QDate(2025, 3, 22));
    QCOMPARE(report->totals.feeCount, 2);
    QCOMPARE(report->totals.voidCount, 1);
    QCOMPARE(report->totals.net(), Money::fromRials(80'000));
    auto receipt = s.f.ledger->receipt(s.cardFee);
    QVERIFY(receipt->voided);
    QCOMPARE(s.f.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'void_approved'").valueOr(0),
             1);
}

void TestLedgerRules::acknowledgementIsStoredAndPrintedByTheNextClose()
{
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    auto pending = s.f.ledger->pendingCloseUploads();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().businessDay, QDate(2025, 3, 21));
    QVERIFY(pending->first().idempotencyKey().startsWith(u"day-close-1-20250321-"_s));
    const QJsonObject body = QJsonDocument::fromJson(pending->first().requestBody()).object();
    QCOMPARE(QByteArray::fromBase64(body.value(u"close"_s).toString().toLatin1()),
             pending->first().document);

    auto stored = DayCloseStore(s.f.store->database()).find(1, QDate(2025, 3, 21));
    DayClose first;
    first.deviceId = u"dev_test"_s;
    first.businessDay = QDate(2025, 3, 21);
    first.lastEntrySeq = (*stored)->lastEntrySeq;
    first.lastEntryHash = (*stored)->lastEntryHash;
    first.document = (*stored)->document;
    auto server = Ed25519KeySigner::generate();
    QByteArray sig;
    const QByteArray ackBytes = signedAck(*server, first, &sig);
    auto ack = CloseAcknowledgement::fromBytes(ackBytes, sig, {});
    QVERIFY2(ack.ok(), qPrintable(whyNot(ack)));
    QVERIFY(s.f.ledger->recordCloseAcknowledgement(*ack, server->publicKey()).ok());
    QCOMPARE(s.f.ledger->pendingCloseUploads()->size(), 0);
    // The same acknowledgement again is harmless.
    QVERIFY(s.f.ledger->recordCloseAcknowledgement(*ack, server->publicKey()).ok());

    // A day closes once its void requests are decided.
    QVERIFY(s.f.ledger->refuseVoid(s.f.supervisor, s.pendingRequest, u"paid in full"_s).ok());
    auto next = s.f.ledger->closeDay(s.f.supervisor, kPassword, QDate(2025, 3, 22),
                                     {{u"clerk1"_s, u"8,000"_s}});
    QVERIFY2(next.ok(), qPrintable(whyNot(next)));
    QVERIFY(next->previousAcknowledgement.has_value());
    const QJsonObject doc = QJsonDocument::fromJson(next->document).object();
    const QJsonObject prev = doc.value(u"previous_acknowledgement"_s).toObject();
    QCOMPARE(prev.value(u"received_up_to_entry"_s).toInteger(), first.lastEntrySeq);
    QCOMPARE(prev.value(u"last_entry_hash"_s).toString(), first.lastEntryHash);
    // Perpetual total: 80,000 (03-21) + 80,000 net (03-22).
    QCOMPARE(doc.value(u"previous_grand_total_rials"_s).toInteger(), 80'000);
    QCOMPARE(doc.value(u"grand_total_rials"_s).toInteger(), 160'000);
}

void TestLedgerRules::tamperedAcknowledgementIsRefused()
{
    Scenario s;
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    auto stored = DayCloseStore(s.f.store->database()).find(1, QDate(2025, 3, 21));
    DayClose first;
    first.businessDay = QDate(2025, 3, 21);
    first.lastEntrySeq = (*stored)->lastEntrySeq + 5; // "received up to" a different entry
    first.lastEntryHash = (*stored)->lastEntryHash;
    first.document = (*stored)->document;
    auto server = Ed25519KeySigner::generate();
    QByteArray sig;
    const QByteArray bytes = signedAck(*server, first, &sig);
    auto ack = CloseAcknowledgement::fromBytes(bytes, sig, {});
    QVERIFY(ack.ok());
    QCOMPARE(s.f.ledger->recordCloseAcknowledgement(*ack).error().code(), u"close.ack_mismatch"_s);
    auto other = Ed25519KeySigner::generate();
    QCOMPARE(s.f.ledger->recordCloseAcknowledgement(*ack, other->publicKey()).error().code(),
             u"close.ack_signature"_s);
    QCOMPARE(s.f.ledger->pendingCloseUploads()->size(), 1);
}

QTEST_GUILESS_MAIN(TestLedgerRules)
#include "tst_ledger_rules.moc"
