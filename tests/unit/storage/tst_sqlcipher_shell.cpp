// The stock `sqlcipher` command-line shell reads the store with the raw key and the
// page size, proving the file is a standard SQLCipher database and not a private format.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"

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

// The script goes in on stdin (batch mode keeps no history), so the key never touches disk.
ShellRun runShell(const QString& shell, const QString& db, const QByteArray& key, bool setPageSize)
{
    QByteArray script = "PRAGMA key = \"x'" + key.toHex() + "'\";\n";
    if (setPageSize)
        script += "PRAGMA cipher_page_size = 4096;\n";
    // The 3.x defaults, spelled out for a 4.x shell; 3.4 ignores the pragmas it does not know.
    script += "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;\n"
              "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;\n"
              "SELECT 'row|' || request_id || '|' || national_code || '|' || citizen_name || '|' "
              "|| state FROM outbox ORDER BY seq;\n";
    QProcess p;
    p.start(shell, {u"-batch"_s, db});
    ShellRun run;
    if (!p.waitForStarted(5000)) {
        run.err = p.errorString();
        return run;
    }
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QStringList rows(const QString& out)
{
    QStringList result;
    for (const QString& line : out.split(u'\n'))
        if (line.startsWith(u"row|"_s))
            result << line.mid(4);
    return result;
}

} // namespace

class TestSqlcipherShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shellReadsTheOutbox();
    void shellWithWrongKeyReadsNothing();
    void shellNeedsThe4096BytePageSize();

private:
    QString m_shell;
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
    QStringList m_expected;
};

void TestSqlcipherShell::initTestCase()
{
    m_shell = QStandardPaths::findExecutable(u"sqlcipher"_s);
    if (m_shell.isEmpty())
        QFAIL("the sqlcipher command-line shell is not on PATH (Debian package: sqlcipher)");

    m_path = m_dir.filePath(u"interop.db"_s);
    m_key = randomKey();
    auto store = LocalStore::open(m_path, m_key);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    OutboxStore outbox(store->database());
    for (int i = 0; i < 3; ++i) {
        const OutboxEntry e = sampleEntry();
        QVERIFY(outbox.enqueue(e, 1000 + i).ok());
        m_expected << e.requestId + u'|' + kNationalCode + u'|' + kCitizenName + u"|queued"_s;
    }
    // Closed here: the shell reads the checkpointed file, as another tool would after the app.
}

void TestSqlcipherShell::shellReadsTheOutbox()
{
    const ShellRun run = runShell(m_shell, m_path, m_key, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(rows(run.out), m_expected);
}

void TestSqlcipherShell::shellWithWrongKeyReadsNothing()
{
    const ShellRun run = runShell(m_shell, m_path, randomKey(), true);
    QVERIFY(rows(run.out).isEmpty());
    QVERIFY2(run.err.contains(u"not a database"_s), qPrintable(run.err));
}

void TestSqlcipherShell::shellNeedsThe4096BytePageSize()
{
    // SQLCipher 3.x defaults to 1024-byte pages; reading fails unless told 4096, which shows
    // the store really pins the page size rather than inheriting a default.
    const ShellRun run = runShell(m_shell, m_path, m_key, false);
    QVERIFY2(rows(run.out).isEmpty(), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestSqlcipherShell)
#include "tst_sqlcipher_shell.moc"
