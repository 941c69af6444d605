// Tampering with the ledger through the stock `sqlcipher` shell holding the raw key.
// With the triggers in place UPDATE and DELETE are refused by the database itself; once a
// trigger is dropped the edit goes through, and the chain verifier names exactly that entry.
// The fast verifier and the reference one (HashChain::verify) must agree on every case.
#include "LedgerTestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

struct ShellRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The key goes in on stdin, never on the command line or disk.
ShellRun shell(const QString& db, const QByteArray& key, const QByteArray& sql)
{
    QByteArray script = "PRAGMA key = \"x'" + key.toHex() +
                        "'\";\n"
                        "PRAGMA cipher_page_size = 4096;\n"
                        "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;\n"
                        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;\n" +
                        sql +
                        "\nSELECT 'amount|' || amount_rials FROM ledger_entry WHERE seq = 5;\n";
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"sqlcipher"_s), {u"-batch"_s, db});
    ShellRun run;
    if (!p.waitForStarted(5000))
        return run;
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace

class TestLedgerTamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void triggersRefuseEditsThroughSql_data();
    void triggersRefuseEditsThroughSql();
    void verifierNamesTheTamperedEntry_data();
    void verifierNamesTheTamperedEntry();

private:
    // A store with 12 entries (fees, a void, a reprint), closed, so the shell sees a quiet file.
    QString makeStore(const QString& path, const QByteArray& key);
};

void TestLedgerTamper::initTestCase()
{
    if (QStandardPaths::findExecutable(u"sqlcipher"_s).isEmpty())
        QFAIL("the sqlcipher command-line shell is not on PATH (Debian package: sqlcipher)");
}

QString TestLedgerTamper::makeStore(const QString& path, const QByteArray& key)
{
    LedgerFixture f;
    if (QString e = f.open(path, key); !e.isEmpty())
        return e;
    for (int i = 0; i < 10; ++i) {
        auto fee = f.fee(i % 2 ? f.clerk : f.clerk2, i % 3 ? u"property-file"_s : u"bank-inquiry"_s,
                         i % 4 ? Payment::cash() : Payment::card(u"12345678"_s, u"654321"_s));
        if (!fee)
            return describe(fee.error());
        f.clock.advance(60'000);
    }
    if (auto v = f.ledger->voidFee(f.supervisor, kPassword, 3, u"citizen changed mind"_s); !v)
        return describe(v.error());
    if (auto r = f.ledger->recordReprint(f.clerk, 4); !r)
        return describe(r.error());
    auto report = f.ledger->store().verifyChain();
    if (!report || report->failure || report->entriesChecked != 12)
        return u"the untouched chain does not verify"_s;
    for (int workers = 1; workers <= 5; ++workers) {
        auto parallel = LedgerStore::verifyChainParallel(path, key, workers, 1);
        if (!parallel || parallel->failure || parallel->entriesChecked != 12 ||
            parallel->lastHashHex != report->lastHashHex)
            return u"the parallel walk of the untouched chain differs with %1 workers"_s.arg(
                workers);
    }
    return {};
}

void TestLedgerTamper::triggersRefuseEditsThroughSql_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("update amount") << QByteArray("UPDATE ledger_entry SET amount_rials = 150000 "
                                                 "WHERE seq = 5;");
    QTest::newRow("delete entry") << QByteArray("DELETE FROM ledger_entry WHERE seq = 5;");
    QTest::newRow("delete all") << QByteArray("DELETE FROM ledger_entry;");
}

void TestLedgerTamper::triggersRefuseEditsThroughSql()
{
    QFETCH(QByteArray, sql);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ledger.db"_s);
    const QByteArray key = randomKey();
    const QString made = makeStore(path, key);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const ShellRun run = shell(path, key, sql);
    QVERIFY2(run.err.contains(u"ledger_entry is append-only"_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"amount|80000"_s) || run.out.contains(u"amount|90000"_s),
             qPrintable(run.out));
    LedgerFixture f;
    QVERIFY(f.open(path, key, false).isEmpty());
    auto report = f.ledger->store().verifyChain();
    QVERIFY(report.ok());
    QVERIFY(!report->failure);
    QCOMPARE(report->entriesChecked, 12);
}

void TestLedgerTamper::verifierNamesTheTamperedEntry_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qint64>("checked"); // entries that passed before the bad one
    const int content = int(HashChain::Break::HashMismatch);
    const int link = int(HashChain::Break::PrevLinkMismatch);
    QTest::newRow("one amount changed")
        << QByteArray("DROP TRIGGER ledger_entry_no_update;"
                      "UPDATE ledger_entry SET amount_rials = amount_rials + 10000 WHERE seq = 5;")
        << qint64(5) << content << qint64(4);
    QTest::newRow("clerk changed")
        << QByteArray("DROP TRIGGER ledger_entry_no_update;"
                      "UPDATE ledger_entry SET clerk_id = 'admin' WHERE seq = 7;")
        << qint64(7) << content << qint64(6);
    QTest::newRow("payment method changed")
        << QByteArray("DROP TRIGGER ledger_entry_no_update;"
                      "UPDATE ledger_entry SET payment_method = 'cash', terminal_id = '', "
                      "payment_reference = '' WHERE seq = 1;")
        << qint64(1) << content << qint64(0);
    QTest::newRow("entry deleted")
        << QByteArray(
               "DROP TRIGGER ledger_entry_no_delete; DELETE FROM ledger_entry WHERE seq = 6;")
        << qint64(7) << link << qint64(5);
    QTest::newRow("first entry deleted")
        << QByteArray(
               "DROP TRIGGER ledger_entry_no_delete; DELETE FROM ledger_entry WHERE seq = 1;")
        << qint64(2) << link << qint64(0);
}

void TestLedgerTamper::verifierNamesTheTamperedEntry()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, badSeq);
    QFETCH(int, reason);
    QFETCH(qint64, checked);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ledger.db"_s);
    const QByteArray key = randomKey();
    const QString made = makeStore(path, key);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const ShellRun run = shell(path, key, sql);
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));

    LedgerFixture f;
    QVERIFY(f.open(path, key, false).isEmpty());
    auto fast = f.ledger->verifyChain(f.supervisor);
    QVERIFY(fast.ok());
    QVERIFY(fast->failure.has_value());
    QCOMPARE(fast->failure->sequence, badSeq);
    QCOMPARE(int(fast->failure->reason), reason);
    QCOMPARE(fast->entriesChecked, checked);
    auto reference = f.ledger->store().verifyChainReference();
    QVERIFY(reference.ok() && reference->failure.has_value());
    QCOMPARE(reference->failure->sequence, badSeq);
    QCOMPARE(int(reference->failure->reason), reason);
    // Split over 1..5 workers (seams everywhere on 12 entries), the answer is the same.
    for (int workers = 1; workers <= 5; ++workers) {
        auto parallel = LedgerStore::verifyChainParallel(path, key, workers, 1);
        QVERIFY(parallel.ok());
        QVERIFY2(parallel->failure.has_value(), qPrintable(QString::number(workers)));
        QCOMPARE(parallel->failure->sequence, badSeq);
        QCOMPARE(int(parallel->failure->reason), reason);
        QCOMPARE(parallel->entriesChecked, checked);
    }
    // The error a UI shows names the entry.
    const Error e = HashChain::brokenError(u"ledger_entry"_s, *fast->failure);
    QVERIFY(e.detail().contains(u"entry "_s + QString::number(badSeq)));
}

QTEST_GUILESS_MAIN(TestLedgerTamper)
#include "tst_ledger_tamper.moc"
