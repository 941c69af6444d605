// Property test (seeded): for randomised days — clerks, services, cash and card on
// several terminals, voids (some of fees from earlier days), reprints, clock set back after a
// close — the signed day close equals an independent sum of the day's entries: every
// clerk × service × method cell, the per-clerk drawers (expected, counted, difference), the
// card batches with their references, the counts, the perpetual grand total and the chain head.
#include "LedgerTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

struct Sum
{
    qint64 feeCount = 0, feeRials = 0, voidCount = 0, voidRials = 0, reprints = 0;
};

} // namespace

class TestLedgerCloseTotals : public QObject
{
    Q_OBJECT

private slots:
    void closeEqualsIndependentSum_data();
    void closeEqualsIndependentSum();
};

void TestLedgerCloseTotals::closeEqualsIndependentSum_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 99u, 1234u, 1405u, 65535u, 20250321u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestLedgerCloseTotals::closeEqualsIndependentSum()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    QTemporaryDir dir;
    LedgerFixture f;
    QString err = f.open(dir.filePath(u"ledger.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QStringList services{u"property-file"_s, u"notary-inquiry"_s, u"bank-inquiry"_s,
                               u"building-permit-status"_s, u"completion-certificate-status"_s};
    const QStringList terminals{u"11111111"_s, u"22222222"_s, u"33333333"_s};
    const Session* clerks[] = {&f.clerk, &f.clerk2, &f.supervisor};
    QList<qint64> feesSoFar;
    qint64 grand = 0;
    QDate day(2025, 3, 21);
    constexpr int kDays = 12;
    for (int d = 0; d < kDays; ++d, day = day.addDays(1)) {
        f.clock.set(tehran(day.year(), day.month(), day.day(), 8));
        const int n = int(rng.bounded(0, 25));
        for (int i = 0; i < n; ++i) {
            f.clock.advance(qint64(rng.bounded(1, 30)) * 60'000);
            const int what = int(rng.bounded(0, 10));
            if (what < 7 || feesSoFar.isEmpty()) {
                const Payment pay =
                    rng.bounded(0, 3) == 0
                        ? Payment::card(terminals[int(rng.bounded(0, 3))],
                                        QString::number(rng.bounded(100000, 999999)))
                        : Payment::cash();
                auto fee = f.fee(*clerks[rng.bounded(0, 3)], services[int(rng.bounded(0, 5))], pay);
                QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
                feesSoFar << fee->seq;
            } else if (what < 9) {
                // Void a random fee (maybe from a closed day); an already voided one is refused.
                const qint64 target = feesSoFar[int(rng.bounded(0, int(feesSoFar.size())))];
                // The supervisor's own fees need another supervisor (four eyes): refused.
                auto v = f.ledger->voidFee(f.supervisor, kPassword, target, u"property test"_s);
                QVERIFY(v.ok() || v.error().code() == u"ledger.already_voided"_s ||
                        v.error().code() == u"ledger.void_own_fee"_s);
            } else {
                const qint64 target = feesSoFar[int(rng.bounded(0, int(feesSoFar.size())))];
                QVERIFY(f.ledger->recordReprint(*clerks[rng.bounded(0, 3)], target).ok());
            }
        }
        // Sometimes the clock is set back into the closed day before: entries go to this day.
        if (d > 0 && rng.bounded(0, 3) == 0) {
            const QDate back = day.addDays(-1);
            f.clock.set(tehran(back.year(), back.month(), back.day(), 23, 50));
            auto late = f.fee(f.clerk);
            QVERIFY(late.ok());
            QCOMPARE(late->businessDay, day);
            QVERIFY(late->late);
            feesSoFar << late->seq;
            f.clock.set(tehran(day.year(), day.month(), day.day(), 20));
        }

        // The independent sum, from the raw entries of the day.
        auto entries = f.ledger->store().entriesForDay(1, day);
        QVERIFY(entries.ok());
        std::map<std::tuple<QString, QString, QString>, Sum> cells;
        std::map<QString, qint64> drawers;
        std::map<QString, std::tuple<qint64, qint64, QStringList>> cards;
        Sum all;
        QList<qint64> late;
        for (const LedgerEntry& e : *entries) {
            Sum& c = cells[{e.clerkId, e.serviceId, paymentMethodToString(e.payment.method)}];
            const qint64 sign = e.kind == EntryKind::Void ? -1 : 1;
            if (e.kind == EntryKind::Fee) {
                ++c.feeCount, ++all.feeCount;
                c.feeRials += e.amount.rials(), all.feeRials += e.amount.rials();
            } else if (e.kind == EntryKind::Void) {
                ++c.voidCount, ++all.voidCount;
                c.voidRials += e.amount.rials(), all.voidRials += e.amount.rials();
            } else {
                ++c.reprints, ++all.reprints;
            }
            if (e.kind != EntryKind::Reprint && e.payment.method == PaymentMethod::Cash)
                drawers[e.clerkId] += sign * e.amount.rials();
            if (e.kind == EntryKind::Fee && e.payment.method == PaymentMethod::Card) {
                auto& [count, rials, refs] = cards[e.payment.terminalId];
                ++count;
                rials += e.amount.rials();
                refs << e.payment.reference;
            }
            if (e.kind == EntryKind::Void && e.payment.method == PaymentMethod::Card)
                std::get<1>(cards[e.payment.terminalId]) -= e.amount.rials();
            if (e.late)
                late << e.seq;
        }
        QMap<QString, QString> counted;
        std::map<QString, qint64> countedRials;
        for (const auto& [clerk, expected] : drawers) {
            const qint64 off = qint64(rng.bounded(-2, 3)) * 10'000; // a drawer may be out
            countedRials[clerk] = expected + off;
            counted.insert(clerk, QString::number((expected + off) / 10));
        }
        // A negative count is impossible to type: keep such a drawer exact.
        for (auto& [clerk, rials] : countedRials)
            if (rials < 0) {
                rials = 0;
                counted.insert(clerk, u"0"_s);
            }

        auto close = f.ledger->closeDay(f.supervisor, kPassword, day, counted);
        QVERIFY2(close.ok(), qPrintable(whyNot(close)));
        const LedgerTotals& t = close->report.totals;
        QCOMPARE(t.feeCount, all.feeCount);
        QCOMPARE(t.feeAmount.rials(), all.feeRials);
        QCOMPARE(t.voidCount, all.voidCount);
        QCOMPARE(t.voidAmount.rials(), all.voidRials);
        QCOMPARE(t.reprintCount, all.reprints);
        QCOMPARE(close->report.lines.size(), qsizetype(cells.size()));
        for (const DayReportLine& l : close->report.lines) {
            const Sum& c = cells[{l.clerkId, l.serviceId, paymentMethodToString(l.method)}];
            QCOMPARE(l.totals.feeCount, c.feeCount);
            QCOMPARE(l.totals.feeAmount.rials(), c.feeRials);
            QCOMPARE(l.totals.voidCount, c.voidCount);
            QCOMPARE(l.totals.voidAmount.rials(), c.voidRials);
            QCOMPARE(l.totals.reprintCount, c.reprints);
        }
        QCOMPARE(close->drawers.size(), qsizetype(drawers.size()));
        for (const DrawerCount& dc : close->drawers) {
            QCOMPARE(dc.expected.rials(), drawers[dc.clerkId]);
            QCOMPARE(dc.counted.rials(), countedRials[dc.clerkId]);
            QCOMPARE(dc.difference().rials(), countedRials[dc.clerkId] - drawers[dc.clerkId]);
        }
        QCOMPARE(close->terminals.size(), qsizetype(cards.size()));
        for (const TerminalBatch& b : close->terminals) {
            const auto& [count, rials, refs] = cards[b.terminalId];
            QCOMPARE(b.feeCount, count);
            QCOMPARE(b.feeAmount.rials() - b.voidAmount.rials(), rials);
            QCOMPARE(b.references, refs);
        }
        QCOMPARE(close->report.lateEntrySeqs, late);
        grand += all.feeRials - all.voidRials;
        QCOMPARE(close->grandTotal.rials(), grand);
        auto head = f.ledger->store().head();
        QCOMPARE(close->lastEntrySeq, head->seq);
        QCOMPARE(close->lastEntryHash, head->hash);
        // The signed document says the same.
        const QJsonObject doc = QJsonDocument::fromJson(close->document).object();
        QCOMPARE(doc.value(u"grand_total_rials"_s).toInteger(), grand);
        QCOMPARE(doc.value(u"totals"_s).toObject().value(u"amount_rials"_s).toInteger(),
                 all.feeRials - all.voidRials);
        QVERIFY(Ed25519KeySigner::verify(close->publicKey, close->document, close->signature));
    }
    auto chain = f.ledger->store().verifyChain();
    QVERIFY(chain.ok() && !chain->failure);
}

QTEST_GUILESS_MAIN(TestLedgerCloseTotals)
#include "tst_ledger_close_totals.moc"
