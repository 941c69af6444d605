// Four eyes on money: nobody voids, approves or refuses a void of their own fee, nobody decides
// their own void request, and a day with a pending void request cannot be closed. Every
// refusal leaves the ledger, the requests and the audit trail as they were.
#include "LedgerTestSupport.h"

#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

struct Office
{
    QTemporaryDir dir;
    LedgerFixture f;
    Session super2;
    QString error;

    Office() { error = setUp(); }

    QString setUp()
    {
        if (QString e = f.open(dir.filePath(u"ledger.db"_s), randomKey()); !e.isEmpty())
            return e;
        if (auto id = f.accounts->createAccount(f.admin, u"super2"_s, u"super2"_s, Role::Supervisor,
                                                kPassword);
            !id)
            return describe(id.error());
        auto s2 = f.accounts->login(u"super2"_s, kPassword);
        if (!s2)
            return describe(s2.error());
        super2 = *s2;
        f.clock.set(tehran(2025, 3, 22, 11));
        return {};
    }

    const Session& who(const QString& name) const
    {
        if (name == u"super1"_s)
            return f.supervisor;
        if (name == u"super2"_s)
            return super2;
        if (name == u"clerk2"_s)
            return f.clerk2;
        return f.clerk;
    }

    QList<qint64> footprint()
    {
        QList<qint64> n;
        for (const char* sql :
             {"SELECT COUNT(*) FROM ledger_entry", "SELECT COUNT(*) FROM day_close",
              "SELECT COUNT(*) FROM close_upload", "SELECT COUNT(*) FROM audit_events",
              "SELECT COUNT(*) FROM void_request",
              "SELECT COUNT(*) FROM void_request WHERE state = 'pending'"})
            n << f.count(sql).valueOr(-1);
        return n;
    }
};

} // namespace

class TestVoidFourEyes : public QObject
{
    Q_OBJECT
private slots:
    void voidDecisions_data();
    void voidDecisions();
    void dayWithPendingVoidDoesNotClose();
};

void TestVoidFourEyes::voidDecisions_data()
{
    QTest::addColumn<QString>("owner");     // the fee's clerk
    QTest::addColumn<QString>("requester"); // who asked for the void; empty = direct void
    QTest::addColumn<QString>("decider");   // the supervisor who voids, approves or refuses
    QTest::addColumn<QString>("action");    // void, approve, refuse
    QTest::addColumn<QString>("code");      // empty = allowed

    // A clerk's fee, decided by a supervisor: the ordinary case.
    QTest::newRow("clerk fee, direct void by super1")
        << u"clerk1"_s << QString() << u"super1"_s << u"void"_s << QString();
    QTest::newRow("clerk request, super1 approves")
        << u"clerk1"_s << u"clerk1"_s << u"super1"_s << u"approve"_s << QString();
    QTest::newRow("clerk request, super1 refuses")
        << u"clerk1"_s << u"clerk1"_s << u"super1"_s << u"refuse"_s << QString();
    // A supervisor's own fee needs another supervisor.
    QTest::newRow("own fee, direct void")
        << u"super1"_s << QString() << u"super1"_s << u"void"_s << u"ledger.void_own_fee"_s;
    QTest::newRow("own fee, another supervisor voids")
        << u"super1"_s << QString() << u"super2"_s << u"void"_s << QString();
    QTest::newRow("own request, approves it")
        << u"super1"_s << u"super1"_s << u"super1"_s << u"approve"_s << u"ledger.void_own_fee"_s;
    QTest::newRow("own request, refuses it")
        << u"super1"_s << u"super1"_s << u"super1"_s << u"refuse"_s << u"ledger.void_own_fee"_s;
    QTest::newRow("own request, another supervisor approves")
        << u"super1"_s << u"super1"_s << u"super2"_s << u"approve"_s << QString();
    QTest::newRow("own request, another supervisor refuses")
        << u"super1"_s << u"super1"_s << u"super2"_s << u"refuse"_s << QString();
    // Rows the core never makes itself (a request by someone else than the fee's clerk, e.g.
    // written by an older version): the rule holds for both people.
    QTest::newRow("own fee, someone else's request, approves")
        << u"super1"_s << u"clerk2"_s << u"super1"_s << u"approve"_s << u"ledger.void_own_fee"_s;
    QTest::newRow("own fee, someone else's request, refuses")
        << u"super1"_s << u"clerk2"_s << u"super1"_s << u"refuse"_s << u"ledger.void_own_fee"_s;
    QTest::newRow("clerk fee, own request, approves")
        << u"clerk1"_s << u"super1"_s << u"super1"_s << u"approve"_s
        << u"ledger.void_own_request"_s;
    QTest::newRow("clerk fee, request by another supervisor, approves")
        << u"clerk1"_s << u"super2"_s << u"super1"_s << u"approve"_s << QString();
}

void TestVoidFourEyes::voidDecisions()
{
    QFETCH(QString, owner);
    QFETCH(QString, requester);
    QFETCH(QString, decider);
    QFETCH(QString, action);
    QFETCH(QString, code);

    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto fee = o.f.fee(o.who(owner));
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));

    qint64 requestId = 0;
    if (!requester.isEmpty()) {
        if (requester == owner) {
            auto r = o.f.ledger->requestVoid(o.who(requester), fee->seq, u"mistake"_s);
            QVERIFY2(r.ok(), qPrintable(whyNot(r)));
            requestId = r->id;
        } else {
            VoidRequestStore raw(o.f.store->database());
            auto r = raw.insert(fee->seq, requester, u"mistake"_s, o.f.clock.nowMs());
            QVERIFY2(r.ok(), qPrintable(whyNot(r)));
            requestId = r->id;
        }
    }

    const QList<qint64> before = o.footprint();
    const Session& s = o.who(decider);
    Status outcome;
    if (action == u"void"_s) {
        auto v = o.f.ledger->voidFee(s, kPassword, fee->seq, u"wrong service"_s);
        outcome = v ? Status() : Status(v.error());
    } else if (action == u"approve"_s) {
        auto v = o.f.ledger->approveVoid(s, kPassword, requestId);
        outcome = v ? Status() : Status(v.error());
    } else {
        outcome = o.f.ledger->refuseVoid(s, requestId, u"paid in full"_s);
    }

    if (code.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(whyNot(outcome)));
        QVERIFY(o.footprint() != before);
        return;
    }
    QVERIFY2(!outcome.ok(), "the decision on one's own money was allowed");
    QCOMPARE(outcome.error().code(), code);
    QVERIFY(!outcome.error().userMessage().isEmpty());
    QCOMPARE(o.footprint(), before);
}

void TestVoidFourEyes::dayWithPendingVoidDoesNotClose()
{
    Office o;
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    auto fee = o.f.fee(o.f.clerk);
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    auto request = o.f.ledger->requestVoid(o.f.clerk, fee->seq, u"citizen left"_s);
    QVERIFY2(request.ok(), qPrintable(whyNot(request)));

    const QDate day(2025, 3, 22);
    const QList<qint64> before = o.footprint();
    auto close = o.f.ledger->closeDay(o.f.supervisor, kPassword, day, {{u"clerk1"_s, u"8000"_s}});
    QVERIFY2(!close.ok(), "a day with a pending void request was closed");
    QCOMPARE(close.error().code(), u"close.void_pending"_s);
    QCOMPARE(o.footprint(), before);

    // Decided by another person, the day closes.
    QVERIFY(o.f.ledger->refuseVoid(o.f.supervisor, request->id, u"paid in full"_s).ok());
    auto closed = o.f.ledger->closeDay(o.super2, kPassword, day, {{u"clerk1"_s, u"8000"_s}});
    QVERIFY2(closed.ok(), qPrintable(whyNot(closed)));
}

QTEST_GUILESS_MAIN(TestVoidFourEyes)
#include "tst_void_four_eyes.moc"
