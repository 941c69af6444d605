// The client process is SIGKILLed at 10 random moments during a drain and restarted
// each time: still exactly once, nothing lost.
#include "SyncFixture.h"

#include "storage/OutboxStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestSyncKillRestart : public QObject
{
    Q_OBJECT

private slots:
    void sigkillDuringDrainLosesAndDoublesNothing();

private:
    QProcess* startClient(SyncFixture& f);
};

QProcess* TestSyncKillRestart::startClient(SyncFixture& f)
{
    auto* p = new QProcess(this);
    const HttpSettings s = f.httpSettings();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PISHKHAN_TEST_TOKEN"_s, f.credentials().token);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(PISHKHAN_SYNC_DRAIN_EXE),
             {u"--db"_s, f.dbPath(), u"--key"_s, QString::fromLatin1(f.dbKey().toHex()), u"--url"_s,
              s.baseUrl, u"--ca"_s, s.caFile, u"--pin"_s, s.pinnedPublicKey, u"--device"_s,
              f.credentials().deviceId, u"--clerk"_s, u"clerk.kill"_s, u"--batch"_s, u"4"_s});
    return p;
}

void TestSyncKillRestart::sigkillDuringDrainLosesAndDoublesNothing()
{
    constexpr int kRequests = 400;
    // GIVEN 400 queued requests and a backend with some latency (so a drain takes a while)
    SyncFixture f({u"--latency-ms"_s, u"20"_s, u"--jitter-ms"_s, u"20"_s, u"--quiet"_s});
    QVERIFY2(f.start(), qPrintable(f.error()));
    const QStringList ids = f.enqueueRequests(kRequests);
    QVERIFY2(ids.size() == kRequests, qPrintable(f.error()));
    f.closeStore();

    // WHEN the client is killed with SIGKILL at 10 random moments of the drain
    QRandomGenerator random(4242);
    int killedMidDrain = 0;
    for (int round = 0; round < 10; ++round) {
        QProcess* p = startClient(f);
        QVERIFY(p->waitForStarted(10'000));
        QVERIFY(p->waitForReadyRead(10'000)); // "started": the engine is draining
        QTest::qWait(int(random.bounded(30, 200)));
        if (p->state() == QProcess::Running) {
            p->kill(); // SIGKILL: no destructor, no flush, no goodbye
            ++killedMidDrain;
        }
        QVERIFY(p->waitForFinished(10'000));
        delete p;
    }
    // AND a last run finishes the work
    QProcess* last = startClient(f);
    QVERIFY(last->waitForFinished(120'000));
    QCOMPARE(last->exitStatus(), QProcess::NormalExit);
    QCOMPARE(last->exitCode(), 0);
    delete last;

    // THEN the backend holds each request exactly once
    QVERIFY2(killedMidDrain == 10, qPrintable(u"killed mid-drain only "_s +
                                              QString::number(killedMidDrain) + u" times"_s));
    QCOMPARE(f.sandbox().count(u"requests"_s), kRequests);
    QVERIFY(f.reopenStore());
    OutboxStore outbox(f.db());
    const QHash<QString, QString> server = f.sandboxTrackingCodes(ids);
    QCOMPARE(server.size(), kRequests);
    QSet<QString> codes;
    for (const QString& id : ids) {
        auto row = outbox.find(id);
        QVERIFY(row && row->has_value());
        QCOMPARE((*row)->state, OutboxState::Accepted);
        QCOMPARE((*row)->trackingCode, server.value(id));
        codes.insert((*row)->trackingCode);
    }
    QCOMPARE(codes.size(), kRequests);
}

QTEST_GUILESS_MAIN(TestSyncKillRestart)
#include "tst_sync_kill_restart.moc"
