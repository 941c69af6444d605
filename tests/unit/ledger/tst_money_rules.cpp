// The money of a request that does not go ahead: a void withdraws a request still queued (it is
// never sent) and is refused once the municipality has it; such a request is cancelled through
// the backend instead, and a fee whose request was rejected after acceptance or cancelled is
// refunded — once, never above the fee, the way it was paid, by a supervisor who did not take
// it. Every refusal leaves the ledger, the outbox, the cancels and the audit trail as they were.
#include "LedgerTestSupport.h"

#include "ledger/ReportExporter.h"
#include "security/Authorizer.h"
#include "storage/RequestCancelStore.h"
#include "storage/RequestProgressStore.h"
#include "storage/SchemaMigrator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const Payment kCard = Payment::card(u"12345678"_s, u"123456"_s);

struct Office
{
    QTemporaryDir dir;
    LedgerFixture f;
    Session super2;
    QString error;
    int serial = 0;

    Office()
    {
        error = f.open(dir.filePath(u"ledger.db"_s), randomKey());
        if (!error.isEmpty())
            return;
        auto id = f.accounts->createAccount(f.admin, u"super2"_s, u"super2"_s, Role::Supervisor,
                                            kPassword);
        auto s2 = f.accounts->login(u"super2"_s, kPassword);
        if (!id || !s2) {
            error = u"super2"_s;
            return;
        }
        super2 = *s2;
        f.clock.set(tehran(2025, 3, 22, 11));
    }

    Database& db() { return f.store->database(); }

    // The fee's request as the backend answered it: accepted, then at `status`.
    bool answer(const LedgerEntry& fee, const QString& status)
    {
        OutboxStore outbox(db());
        const qint64 now = f.clock.nowMs();
        auto claimed = outbox.claim(fee.requestId, now);
        if (!claimed || !claimed->has_value())
            return false;
        RequestProgressStore::Progress p;
        p.requestId = fee.requestId;
        p.trackingCode = u"1404-ABC-%1"_s.arg(++serial, 6, 10, QChar(u'0'));
        p.status = status;
        p.isFinal = status == u"done"_s || status == u"rejected"_s;
        p.nextPollAt = now + 60'000;
        p.history = {{u"received"_s, now, {}, {}}};
        auto recorded =
            outbox.recordResults({OutboxResult::accepted(fee.requestId, p.trackingCode)}, now, {p});
        return recorded.ok();
    }

    QString footprint()
    {
        QStringList n;
        for (const char* sql :
             {"SELECT COUNT(*) FROM ledger_entry", "SELECT COUNT(*) FROM audit_events",
              "SELECT COUNT(*) FROM request_cancel",
              "SELECT COUNT(*) FROM outbox WHERE state = 'queued'",
              "SELECT COUNT(*) FROM outbox WHERE state = 'withdrawn'"})
            n << QString::number(f.count(sql).valueOr(-1));
        n << f.ledger->store().head().valueOr({}).hash;
        return n.join(u' ');
    }
};

} // namespace

class TestMoneyRules : public QObject
{
    Q_OBJECT
private slots:
    void voidWithdrawsQueuedRequest();
    void voidAfterSendQueuesItsCancel();
    void cancelRules_data();
    void cancelRules();
    void refundRules_data();
    void refundRules();
    void refundsInTotalsAndClose();
    void cardSettlement_data();
    void cardSettlement();
    void shiftReportChangesNothing();
};

void TestMoneyRules::voidWithdrawsQueuedRequest()
{
    // GIVEN a fee whose request waits in the outbox
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto fee = o.f.fee(o.f.clerk);
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    // WHEN a supervisor voids it
    auto v = o.f.ledger->voidFee(o.f.supervisor, kPassword, fee->seq, u"wrong service"_s);
    QVERIFY2(v.ok(), qPrintable(whyNot(v)));
    // THEN the request is withdrawn and a drain finds nothing to send, even much later
    OutboxStore outbox(o.db());
    auto row = outbox.find(fee->requestId);
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->state, OutboxState::Withdrawn);
    auto claimed = outbox.claimBatch(100, o.f.clock.nowMs() + 86'400'000);
    QVERIFY(claimed.ok());
    QVERIFY(claimed->isEmpty());
    QCOMPARE(o.f.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'void_approved' AND "
                       "detail LIKE '%\"request\":\"withdrawn\"%'")
                 .valueOr(-1),
             1);
}

void TestMoneyRules::voidAfterSendQueuesItsCancel()
{
    // GIVEN a fee whose request the backend accepted and has not started on
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto fee = o.f.fee(o.f.clerk);
    QVERIFY(fee.ok());
    QVERIFY(o.answer(*fee, u"received"_s));
    // WHEN a supervisor voids it
    auto v = o.f.ledger->voidFee(o.f.supervisor, kPassword, fee->seq, u"changed mind"_s);
    QVERIFY2(v.ok(), qPrintable(whyNot(v)));
    // THEN the request stays accepted and its cancel waits for the sync engine
    auto cancel = o.f.ledger->cancelOf(fee->seq);
    QVERIFY(cancel.ok() && cancel->has_value());
    QCOMPARE((*cancel)->state, RequestCancelStore::State::Queued);
    QCOMPARE((*cancel)->requestedBy, u"super1"_s);
    QCOMPARE(OutboxStore(o.db()).find(fee->requestId)->value().state, OutboxState::Accepted);
    // AND a voided fee is never refunded on top
    auto refund =
        o.f.ledger->refundFee(o.super2, kPassword, RefundRequest{fee->seq, u"x"_s, {}, {}});
    QVERIFY(!refund.ok());
    QCOMPARE(refund.error().code(), u"ledger.refund_of_voided"_s);

    // A request being sent right now cannot be voided until its answer is in.
    auto other = o.f.fee(o.f.clerk);
    QVERIFY(other.ok());
    QVERIFY(OutboxStore(o.db()).claim(other->requestId, o.f.clock.nowMs()).ok());
    const QString before = o.footprint();
    auto inFlight = o.f.ledger->voidFee(o.f.supervisor, kPassword, other->seq, u"x"_s);
    QVERIFY(!inFlight.ok());
    QCOMPARE(inFlight.error().code(), u"ledger.void_while_sending"_s);
    QCOMPARE(o.footprint(), before);
}

void TestMoneyRules::cancelRules_data()
{
    QTest::addColumn<QString>("status"); // queued = never sent; else the backend's status
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code"); // empty = queued for the backend
    QTest::newRow("received") << u"received"_s << u"citizen asked"_s << QString();
    QTest::newRow("no reason") << u"received"_s << u"  "_s << u"cancel.reason_missing"_s;
    QTest::newRow("still queued") << u"queued"_s << u"citizen asked"_s << u"cancel.not_sent"_s;
    QTest::newRow("work began") << u"in_review"_s << u"citizen asked"_s << u"cancel.work_started"_s;
    QTest::newRow("rejected") << u"rejected"_s << u"citizen asked"_s << u"cancel.request_final"_s;
    QTest::newRow("done") << u"done"_s << u"citizen asked"_s << u"cancel.request_final"_s;
}

void TestMoneyRules::cancelRules()
{
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto fee = o.f.fee(o.f.clerk);
    QVERIFY(fee.ok());
    if (status != u"queued"_s)
        QVERIFY(o.answer(*fee, status));
    const QString before = o.footprint();
    auto c = o.f.ledger->requestCancel(o.f.supervisor, fee->seq, reason);
    if (!code.isEmpty()) {
        QVERIFY2(!c.ok(), "a cancel outside the rules was queued");
        QCOMPARE(c.error().code(), code);
        QCOMPARE(o.footprint(), before);
        return;
    }
    QVERIFY2(c.ok(), qPrintable(whyNot(c)));
    QCOMPARE(c->state, RequestCancelStore::State::Queued);
    QVERIFY(c->trackingCode.startsWith(u"1404-"_s));
    // A second cancel of the same request is refused, nothing written.
    const QString after = o.footprint();
    auto again = o.f.ledger->requestCancel(o.f.supervisor, fee->seq, reason);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), u"cancel.already_requested"_s);
    QCOMPARE(o.footprint(), after);
    // A clerk cannot cancel.
    auto clerk = o.f.ledger->requestCancel(o.f.clerk, fee->seq, reason);
    QVERIFY(!clerk.ok());
    QCOMPARE(clerk.error().code(), u"auth.forbidden"_s);
}

void TestMoneyRules::refundRules_data()
{
    QTest::addColumn<QString>("state");    // rejected, cancelled, done, received, queued, voided
    QTest::addColumn<QString>("target");   // fee, void, reprint, refunded
    QTest::addColumn<QString>("owner");    // who took the fee
    QTest::addColumn<QString>("refunder"); // who records the refund
    QTest::addColumn<bool>("card");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("reversal");
    QTest::addColumn<QString>("code"); // empty = refunded

    const QString fee = u"fee"_s, c1 = u"clerk1"_s, s1 = u"super1"_s, s2 = u"super2"_s;
    QTest::newRow("rejected, cash, whole fee")
        << u"rejected"_s << fee << c1 << s1 << false << QString() << QString() << QString();
    QTest::newRow("cancelled, cash, part in Persian digits")
        << u"cancelled"_s << fee << c1 << s1 << false << u"۵٬۰۰۰"_s << QString() << QString();
    QTest::newRow("rejected, card reversal")
        << u"rejected"_s << fee << c1 << s1 << true << QString() << u"۶۵۴۳۲۱"_s << QString();
    QTest::newRow("accepted and done: not refundable")
        << u"done"_s << fee << c1 << s1 << false << QString() << QString()
        << u"ledger.refund_not_eligible"_s;
    QTest::newRow("still in review: not refundable")
        << u"received"_s << fee << c1 << s1 << false << QString() << QString()
        << u"ledger.refund_not_eligible"_s;
    QTest::newRow("never sent: not refundable")
        << u"queued"_s << fee << c1 << s1 << false << QString() << QString()
        << u"ledger.refund_not_eligible"_s;
    QTest::newRow("voided fee") << u"voided"_s << fee << c1 << s1 << false << QString() << QString()
                                << u"ledger.refund_of_voided"_s;
    QTest::newRow("a void entry") << u"voided"_s << u"void"_s << c1 << s1 << false << QString()
                                  << QString() << u"ledger.refund_not_fee"_s;
    QTest::newRow("a reprint entry") << u"rejected"_s << u"reprint"_s << c1 << s1 << false
                                     << QString() << QString() << u"ledger.refund_not_fee"_s;
    QTest::newRow("second refund") << u"rejected"_s << u"refunded"_s << c1 << s1 << false
                                   << QString() << QString() << u"ledger.already_refunded"_s;
    QTest::newRow("above the fee") << u"rejected"_s << fee << c1 << s1 << false << u"9000"_s
                                   << QString() << u"ledger.refund_above_fee"_s;
    QTest::newRow("amount not money") << u"rejected"_s << fee << c1 << s1 << false << u"abc"_s
                                      << QString() << u"ledger.refund_amount_invalid"_s;
    QTest::newRow("own fee") << u"rejected"_s << fee << s1 << s1 << false << QString() << QString()
                             << u"ledger.refund_own_fee"_s;
    QTest::newRow("own fee, another supervisor")
        << u"rejected"_s << fee << s1 << s2 << false << QString() << QString() << QString();
    QTest::newRow("a clerk cannot refund") << u"rejected"_s << fee << c1 << u"clerk2"_s << false
                                           << QString() << QString() << u"auth.forbidden"_s;
    QTest::newRow("card reversal reference missing")
        << u"rejected"_s << fee << c1 << s1 << true << QString() << QString()
        << u"payment.reference_missing"_s;
    QTest::newRow("card reversal reference of 7 digits")
        << u"rejected"_s << fee << c1 << s1 << true << QString() << u"1234567"_s
        << u"payment.reference_shape"_s;
    QTest::newRow("cash with a reversal reference")
        << u"rejected"_s << fee << c1 << s1 << false << QString() << u"123456"_s
        << u"payment.unexpected_card_details"_s;
}

void TestMoneyRules::refundRules()
{
    QFETCH(QString, state);
    QFETCH(QString, target);
    QFETCH(QString, owner);
    QFETCH(QString, refunder);
    QFETCH(bool, card);
    QFETCH(QString, amount);
    QFETCH(QString, reversal);
    QFETCH(QString, code);

    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    const auto who = [&](const QString& name) -> const Session& {
        if (name == u"super1"_s)
            return o.f.supervisor;
        if (name == u"super2"_s)
            return o.super2;
        if (name == u"clerk2"_s)
            return o.f.clerk2;
        return o.f.clerk;
    };
    auto fee = o.f.fee(who(owner), u"property-file"_s, card ? kCard : Payment::cash());
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    qint64 seq = fee->seq;
    if (state == u"voided"_s) {
        auto v = o.f.ledger->voidFee(o.super2, kPassword, fee->seq, u"typo"_s);
        QVERIFY2(v.ok(), qPrintable(whyNot(v)));
        if (target == u"void"_s)
            seq = v->seq;
    } else if (state == u"cancelled"_s) {
        QVERIFY(o.answer(*fee, u"received"_s));
        auto c = o.f.ledger->requestCancel(o.super2, fee->seq, u"citizen asked"_s);
        QVERIFY2(c.ok(), qPrintable(whyNot(c)));
        QVERIFY(RequestCancelStore(o.db()).markCancelled(fee->requestId, o.f.clock.nowMs()).ok());
    } else if (state != u"queued"_s) {
        QVERIFY(o.answer(*fee, state));
    }
    if (target == u"reprint"_s) {
        auto r = o.f.ledger->recordReprint(o.f.clerk, fee->seq);
        QVERIFY(r.ok());
        seq = r->seq;
    }
    if (target == u"refunded"_s) {
        auto first = o.f.ledger->refundFee(o.super2, kPassword,
                                           RefundRequest{fee->seq, u"rejected"_s, {}, {}});
        QVERIFY2(first.ok(), qPrintable(whyNot(first)));
    }

    const QString before = o.footprint();
    auto r = o.f.ledger->refundFee(
        who(refunder), kPassword, RefundRequest{seq, u"municipality rejected"_s, amount, reversal});
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "a refund outside the rules was recorded");
        QCOMPARE(r.error().code(), code);
        QCOMPARE(o.footprint(), before);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(whyNot(r)));
    QCOMPARE(r->kind, EntryKind::Refund);
    QCOMPARE(r->targetSeq, fee->seq);
    QCOMPARE(r->clerkId, fee->clerkId);
    QCOMPARE(r->supervisorId, who(refunder).username);
    QCOMPARE(r->amount, amount.isEmpty() ? fee->amount : Money::fromRials(50'000));
    QCOMPARE(r->payment.method, fee->payment.method);
    if (card) {
        QCOMPARE(r->payment.terminalId, fee->payment.terminalId);
        QCOMPARE(r->payment.reference, u"654321"_s);
    }
    auto chain = o.f.ledger->verifyChain(o.f.supervisor);
    QVERIFY(chain.ok() && !chain->failure);
    QCOMPARE(
        o.f.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'refund_approved'").valueOr(-1),
        1);
    // And never twice.
    auto again = o.f.ledger->refundFee(o.super2, kPassword,
                                       RefundRequest{fee->seq, u"again"_s, {}, reversal});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), u"ledger.already_refunded"_s);
}

void TestMoneyRules::refundsInTotalsAndClose()
{
    // GIVEN two cash fees and one card fee of clerk1, the second cash fee and the card fee
    // rejected after acceptance and refunded
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto a = o.f.fee(o.f.clerk);
    auto b = o.f.fee(o.f.clerk);
    auto c = o.f.fee(o.f.clerk, u"property-file"_s, kCard);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(o.answer(*b, u"rejected"_s));
    QVERIFY(o.answer(*c, u"rejected"_s));
    auto candidates = o.f.ledger->refundCandidates(o.f.supervisor);
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 2);
    QCOMPARE(candidates->at(0).first.seq, b->seq);
    QCOMPARE(candidates->at(0).second, u"rejected"_s);
    QVERIFY(o.f.ledger
                ->refundFee(o.f.supervisor, kPassword,
                            RefundRequest{b->seq, u"rejected"_s, u"3000"_s, {}})
                .ok());
    QVERIFY(o.f.ledger
                ->refundFee(o.f.supervisor, kPassword,
                            RefundRequest{c->seq, u"rejected"_s, {}, u"999888777666"_s})
                .ok());

    QVERIFY(o.f.ledger->refundCandidates(o.f.supervisor)->isEmpty());
    // THEN the day report, the drawer and the terminal batch carry them
    auto report = o.f.ledger->dayReport(o.f.supervisor, b->businessDay);
    QVERIFY(report.ok());
    QCOMPARE(report->totals.refundCount, 2);
    QCOMPARE(report->totals.refundAmount, Money::fromRials(30'000 + 80'000));
    QCOMPARE(report->totals.net(), Money::fromRials(3 * 80'000 - 110'000));
    QCOMPARE(report->expectedCash().value(u"clerk1"_s), Money::fromRials(160'000 - 30'000));
    auto preview = o.f.ledger->previewClose(o.f.supervisor, b->businessDay);
    QVERIFY(preview.ok());
    QCOMPARE(preview->terminals.size(), 1);
    QCOMPARE(preview->terminals[0].refundCount, 1);
    QCOMPARE(preview->terminals[0].refundReferences, QStringList{u"999888777666"_s});
    QCOMPARE(preview->terminals[0].net(), Money());
    // AND the signed close carries them
    auto close = o.f.ledger->closeDay(o.f.supervisor, kPassword, b->businessDay,
                                      {{u"clerk1"_s, u"13000"_s}});
    QVERIFY2(close.ok(), qPrintable(whyNot(close)));
    QCOMPARE(close->grandTotal, Money::fromRials(130'000));
    const QJsonObject doc = QJsonDocument::fromJson(close->document).object();
    QCOMPARE(doc[u"totals"_s][u"refund_amount_rials"_s].toInteger(), 110'000);
    QCOMPARE(doc[u"totals"_s][u"amount_rials"_s].toInteger(), 130'000);
    QCOMPARE(doc[u"card_terminals"_s][0][u"refund_references"_s][0].toString(), u"999888777666"_s);
    QCOMPARE(doc[u"drawers"_s][0][u"expected_rials"_s].toInteger(), 130'000);
}

void TestMoneyRules::cardSettlement_data()
{
    QTest::addColumn<QString>("terminal");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("code");      // empty = closed
    QTest::addColumn<qint64>("difference"); // rials, settled − ledger
    // Ledger on 12345678: three card fees of 8,000 toman, one refunded in full: 16,000 toman.
    QTest::newRow("matches, Persian digits")
        << u"12345678"_s << u"۱۶٬۰۰۰"_s << u"۳"_s << QString() << qint64(0);
    QTest::newRow("one fee short")
        << u"12345678"_s << u"8000"_s << u"2"_s << QString() << qint64(-80'000);
    QTest::newRow("a terminal the ledger does not know")
        << u"87654321"_s << u"5000"_s << u"1"_s << QString() << qint64(50'000);
    QTest::newRow("total not money")
        << u"12345678"_s << u"-16000"_s << u"3"_s << u"close.card_total_invalid"_s << qint64(0);
    QTest::newRow("total with letters")
        << u"12345678"_s << u"abc"_s << u"3"_s << u"close.card_total_invalid"_s << qint64(0);
    QTest::newRow("count not a number")
        << u"12345678"_s << u"16000"_s << u"three"_s << u"close.card_count_invalid"_s << qint64(0);
    QTest::newRow("terminal of 7 digits")
        << u"1234567"_s << u"16000"_s << u"3"_s << u"close.card_terminal_invalid"_s << qint64(0);
}

void TestMoneyRules::cardSettlement()
{
    QFETCH(QString, terminal);
    QFETCH(QString, total);
    QFETCH(QString, count);
    QFETCH(QString, code);
    QFETCH(qint64, difference);
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QList<LedgerEntry> fees;
    for (const char* ref : {"111111", "222222", "333333"}) {
        auto f = o.f.fee(o.f.clerk, u"property-file"_s,
                         Payment::card(u"12345678"_s, QString::fromLatin1(ref)));
        QVERIFY(f.ok());
        fees << *f;
    }
    QVERIFY(o.answer(fees[2], u"rejected"_s));
    QVERIFY(o.f.ledger
                ->refundFee(o.f.supervisor, kPassword,
                            RefundRequest{fees[2].seq, u"rejected"_s, {}, u"444444"_s})
                .ok());
    const QDate day = fees[0].businessDay;
    const QString before = o.footprint();
    auto close = o.f.ledger->closeDay(o.f.supervisor, kPassword, day, {},
                                      {{terminal, SettlementInput{total, count}}});
    if (!code.isEmpty()) {
        QVERIFY2(!close.ok(), "a close with a malformed settlement was sealed");
        QCOMPARE(close.error().code(), code);
        QCOMPARE(o.footprint(), before);
        QCOMPARE(o.f.count("SELECT COUNT(*) FROM day_close").valueOr(-1), 0);
        return;
    }
    QVERIFY2(close.ok(), qPrintable(whyNot(close)));
    QCOMPARE(close->settlements.size(), 1);
    QCOMPARE(close->settlements[0].difference().rials(), difference);
    const QJsonObject doc = QJsonDocument::fromJson(close->document).object();
    const QJsonObject s = doc[u"card_settlements"_s].toArray().at(0).toObject();
    QCOMPARE(s[u"terminal_id"_s].toString(), terminal);
    QCOMPARE(s[u"difference_rials"_s].toInteger(), difference);
    QVERIFY(DayCloseDocument::verify(close->document, close->signature, close->publicKey));
    // The close sheet's CSV carries the same difference.
    const QByteArray csv = ReportExporter::closeCsv(*close, ReportContext{});
    const QByteArray row = terminal.toLatin1() + QByteArray(",") +
                           QByteArray::number(s[u"ledger_amount_rials"_s].toInteger());
    QVERIFY2(csv.contains(row), csv.constData());
    const QByteArray diff = QByteArray(",") + QByteArray::number(difference) + QByteArray(",");
    QVERIFY2(csv.contains(diff), csv.constData());
}

void TestMoneyRules::shiftReportChangesNothing()
{
    // GIVEN clerk1 with two cash fees, one card fee and one cash fee refunded, clerk2 with one
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto a = o.f.fee(o.f.clerk);
    auto b = o.f.fee(o.f.clerk);
    auto c = o.f.fee(o.f.clerk, u"property-file"_s, kCard);
    auto d = o.f.fee(o.f.clerk2);
    QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
    QVERIFY(o.answer(*b, u"rejected"_s));
    QVERIFY(o.f.ledger
                ->refundFee(o.f.supervisor, kPassword,
                            RefundRequest{b->seq, u"rejected"_s, u"5000"_s, {}})
                .ok());
    const QString ledgerBefore =
        o.footprint().section(u' ', 0, 0) + o.f.ledger->store().head().valueOr({}).hash;

    // WHEN the X report is read (by the clerk, and by a supervisor) and a handover recorded
    auto own = o.f.ledger->shiftReport(o.f.clerk, u"clerk1"_s);
    QVERIFY2(own.ok(), qPrintable(whyNot(own)));
    auto other = o.f.ledger->shiftReport(o.f.clerk2, u"clerk1"_s);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code(), u"auth.forbidden"_s);
    const qint64 auditBefore = o.f.count("SELECT COUNT(*) FROM audit_events").valueOr(-1);
    auto bad = o.f.ledger->recordShiftHandover(o.f.supervisor, u"clerk1"_s, u"lots"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), u"shift.counted_cash_invalid"_s);
    auto byClerk = o.f.ledger->recordShiftHandover(o.f.clerk, u"clerk1"_s, u"11000"_s);
    QVERIFY(!byClerk.ok());
    QCOMPARE(byClerk.error().code(), u"auth.forbidden"_s);
    QCOMPARE(o.f.count("SELECT COUNT(*) FROM audit_events").valueOr(-1), auditBefore);
    auto handover = o.f.ledger->recordShiftHandover(o.f.supervisor, u"clerk1"_s, u"۱۰٬۰۰۰"_s);
    QVERIFY2(handover.ok(), qPrintable(whyNot(handover)));

    // THEN the figures are clerk1's alone
    QCOMPARE(own->totals.feeCount, 3);
    QCOMPARE(own->totals.refundAmount, Money::fromRials(50'000));
    QCOMPARE(own->byMethod.value(PaymentMethod::Card).feeCount, 1);
    QCOMPARE(own->expectedCash, Money::fromRials(160'000 - 50'000));
    QCOMPARE(handover->difference(), Money::fromRials(100'000 - 110'000));
    // AND only an audit event was written: the ledger and its chain are as they were
    QCOMPARE(o.footprint().section(u' ', 0, 0) + o.f.ledger->store().head().valueOr({}).hash,
             ledgerBefore);
    QCOMPARE(o.f.count("SELECT COUNT(*) FROM audit_events").valueOr(-1), auditBefore + 1);
    QCOMPARE(o.f.count("SELECT COUNT(*) FROM audit_events WHERE kind = 'shift_handover' AND "
                       "subject = 'clerk1' AND detail LIKE '%\"difference_rials\":-10000%'")
                 .valueOr(-1),
             1);
}

QTEST_GUILESS_MAIN(TestMoneyRules)
#include "tst_money_rules.moc"
