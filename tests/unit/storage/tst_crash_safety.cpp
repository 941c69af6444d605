// kill -9 at random moments while a helper process enqueues. Every id the helper
// printed (it prints only after the commit returned) must be in the store exactly once, the
// database must pass integrity_check, and crash recovery must leave nothing in `sending`.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingAndDoublesNothing();
};

void TestCrashSafety::killedWriterLosesNothingAndDoublesNothing()
{
    constexpr int kKills = 50;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.db"_s);
    const QByteArray key = randomKey();
    QRandomGenerator random(QRandomGenerator::global()->generate());
    const quint32 seed = random.generate();
    random.seed(seed);
    qInfo("random seed %u", seed);

    QSet<QString> printed;
    int killsWhileWriting = 0;
    QElapsedTimer total;
    total.start();

    for (int round = 0; round < kKills; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(OUTBOX_CRASH_WRITER), {path});
        QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
        writer.write(key.toHex() + '\n');
        writer.closeWriteChannel();

        // Random moment: from "still opening the store" to "well into the loop". Drain the
        // pipe meanwhile so the writer never blocks on a full pipe.
        const int delayMs = int(random.bounded(5, 300));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < delayMs && writer.state() == QProcess::Running)
            writer.waitForReadyRead(int(qMax<qint64>(1, delayMs - waited.elapsed())));
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(u"writer exited early: "_s +
                            QString::fromLocal8Bit(writer.readAllStandardError())));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QByteArray out = writer.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        // The last element is what followed the last newline: a partly printed id at most,
        // which does not count as printed.
        int printedNow = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            printed.insert(QString::fromLatin1(lines[i]));
            ++printedNow;
        }
        if (printedNow > 0)
            ++killsWhileWriting;

        auto store = LocalStore::open(path, key);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
        Database& db = store->database();
        QCOMPARE(db.queryText("PRAGMA integrity_check").valueOr(QString()), u"ok"_s);

        OutboxStore outbox(db);
        QVERIFY(outbox.recoverAfterCrash(0).ok());
        QCOMPARE(outbox.countsByState()->value(OutboxState::Sending), 0);

        auto count = db.prepare("SELECT count(*) FROM outbox WHERE request_id = ?");
        QVERIFY(count.ok());
        for (const QString& id : std::as_const(printed)) {
            QVERIFY(count->bindText(1, id).ok());
            QVERIFY(count->step().valueOr(false));
            if (count->columnInt64(0) != 1)
                QFAIL(qPrintable(u"round %1: printed id found %2 times"_s.arg(round).arg(
                    count->columnInt64(0))));
            QVERIFY(count->reset().ok());
        }
        // At most one committed row per kill can be missing from the printout (killed between
        // the commit and the print).
        const qint64 rows = db.queryInt64("SELECT count(*) FROM outbox").valueOr(-1);
        QVERIFY(rows >= printed.size());
        QVERIFY2(rows <= printed.size() + round + 1,
                 qPrintable(u"%1 rows for %2 printed ids"_s.arg(rows).arg(printed.size())));
    }
    qInfo("%d kills (%d during the enqueue loop), %lld ids printed, %lld ms", kKills,
          killsWhileWriting, qint64(printed.size()), qint64(total.elapsed()));
    // Without kills in the loop the test would prove nothing about commits.
    QVERIFY(killsWhileWriting >= kKills / 2);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
