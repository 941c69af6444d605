// `pishkhan-desk --self-test` end to end: the executable, a real (private) Secret Service,
// the in-process sandbox over loopback TLS. Checks the exit code, that every step printed
// "ok", and that the throw-away store was removed.
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSelfTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        qint64 elapsedMs = 0;
    };

    static Run run(const QProcessEnvironment& env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(PISHKHAN_DESK_EXE), {u"--self-test"_s});
        Run result;
        if (!process.waitForFinished(150'000)) {
            process.kill();
            process.waitForFinished();
        }
        result.elapsedMs = timer.elapsed();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void passesAndCleansUp()
    {
        // The child's temporary folder is one of ours, so leftovers are visible.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TMPDIR"_s, tmp.path());
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);

        const Run r = run(env);
        qInfo().noquote() << r.out << "took" << r.elapsedMs << "ms";
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(u"Pishkhan Desk " PISHKHAN_VERSION " self-test\n"_s));
        for (const QString& step :
             {u"keychain and encrypted store"_s, u"sandbox on loopback TLS"_s,
              u"device activation over TLS"_s, u"catalogue and tariff"_s,
              u"citizen consent (one-time code)"_s, u"fee and request recorded"_s,
              u"request sent, tracking code"_s, u"ledger hash chain"_s, u"clean-up"_s})
            QVERIFY2(r.out.contains(u"\nok      "_s + step + u" ("_s), qPrintable(step));
        QVERIFY(!r.out.contains(u"FAILED"_s));
        QVERIFY(r.out.contains(u"tracking code "_s));
        QVERIFY(r.out.contains(u"\nself-test passed in "_s));
        QVERIFY2(
            QDir(tmp.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            qPrintable(
                QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
    }

    void failsWithoutAKeychain()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TMPDIR"_s, tmp.path());
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/pishkhan-no-bus"_s);

        const Run r = run(env);
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.out.contains(u"\nFAILED  keychain and encrypted store"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\nself-test FAILED in "_s));
        QVERIFY(!r.out.contains(u"\nok      sandbox"_s));
        // Nothing was created: the key is asked for before any file is made.
        QVERIFY(QDir(tmp.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
