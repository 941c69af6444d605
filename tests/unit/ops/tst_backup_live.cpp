// A backup taken while another process keeps taking fees is a consistent copy: it
// opens with the store key, passes integrity_check and the ledger and audit chain walks, and
// holds exactly a prefix of the writer's commits — every fee it has comes with its outbox row,
// and nothing the writer had confirmed before the backup began is missing.
#include "../ledger/LedgerTestSupport.h"
#include "ops/BackupManifest.h"
#include "ops/RecoveryKey.h"
#include "ops/StoreBackup.h"
#include "ops/StoreInspector.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

QStringList column(Database& db, const char* sql)
{
    QStringList out;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return {u"<error>"_s};
    while (stmt->step().valueOr(false))
        out += stmt->columnText(0);
    return out;
}

// Reads whole lines the writer printed so far.
void drain(QProcess& writer, QStringList& printed, QByteArray& partial)
{
    partial += writer.readAllStandardOutput();
    qsizetype nl;
    while ((nl = partial.indexOf('\n')) >= 0) {
        printed += QString::fromLatin1(partial.left(nl));
        partial.remove(0, nl + 1);
    }
}

} // namespace

class TestBackupLive : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileAWriterCommitsIsAPrefix();
    void measuresABackupOfALargerStore();
};

void TestBackupLive::backupWhileAWriterCommitsIsAPrefix()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pishkhan-store.db"_s);
    const QString backups = dir.filePath(u"backups"_s);
    const QByteArray key = randomKey();
    {
        LedgerFixture setup;
        const QString failed = setup.open(path, key);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    QProcess writer;
    writer.start(QStringLiteral(OPS_BACKUP_WRITER), {path});
    QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
    writer.write(key.toHex() + '\n');
    writer.closeWriteChannel();

    QStringList printed;
    QByteArray partial;
    struct Taken
    {
        qsizetype confirmedBefore;
        StoreBackup::Outcome outcome;
    };
    QList<Taken> taken;
    const StoreBackup backup(path, key);
    for (int round = 0; round < 4; ++round) {
        // Let the writer get ahead before each backup.
        const qsizetype target = printed.size() + 40;
        while (printed.size() < target) {
            QVERIFY2(writer.state() == QProcess::Running,
                     qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
            writer.waitForReadyRead(1000);
            drain(writer, printed, partial);
        }
        const qsizetype before = printed.size();
        auto made = backup.writeTo(backups, tehran(2025, 3, 22, 9) + round * 1000);
        QVERIFY2(made.ok(), qPrintable(whyNot(made)));
        taken += Taken{before, *made};
        QVERIFY2(writer.state() == QProcess::Running, "the writer must outlive the backup");
    }
    writer.kill();
    QVERIFY(writer.waitForFinished(5000));
    drain(writer, printed, partial);

    // The writer's commits in order, as the store holds them after it stopped.
    QStringList commits;
    {
        auto store = LocalStore::open(path, key);
        QVERIFY2(store.ok(), qPrintable(whyNot(store)));
        commits = column(store->database(), "SELECT request_id FROM ledger_entry ORDER BY seq");
    }
    QVERIFY(commits.size() >= printed.size());
    QCOMPARE(commits.mid(0, printed.size()), printed);

    qint64 previous = 0;
    for (const Taken& t : taken) {
        QVERIFY(QFileInfo::exists(t.outcome.filePath));
        QVERIFY(!QFileInfo::exists(t.outcome.filePath + u".part"_s));
        auto db = Database::open(t.outcome.filePath, key, OpenMode::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(whyNot(db)));
        auto facts = StoreInspector::inspect(*db);
        QVERIFY2(facts.ok(), qPrintable(whyNot(facts)));
        QCOMPARE(facts->integrity, u"ok"_s);
        QVERIFY(!facts->ledgerBreak);
        QVERIFY(!facts->auditBreak);

        const QStringList inBackup =
            column(*db, "SELECT request_id FROM ledger_entry ORDER BY seq");
        // A prefix of the commits, at least everything confirmed before the backup began.
        QVERIFY(inBackup.size() >= t.confirmedBefore);
        QCOMPARE(inBackup, commits.mid(0, inBackup.size()));
        QVERIFY(inBackup.size() >= previous);
        previous = inBackup.size();
        // Never half a transaction: each fee's outbox row is there, and no other.
        QStringList outbox = column(*db, "SELECT request_id FROM outbox");
        outbox.sort();
        QStringList fees = inBackup;
        fees.sort();
        QCOMPARE(outbox, fees);

        const BackupManifest& m = t.outcome.manifest;
        QCOMPARE(m.ledgerEntries, qint64(inBackup.size()));
        QCOMPARE(m.ledgerHeadSeq, qint64(inBackup.size()));
        QCOMPARE(m.ledgerHeadHash, facts->ledgerHeadHash);
        QCOMPARE(m.outboxRows, qint64(inBackup.size()));
        QCOMPARE(m.keyFingerprint, RecoveryKey::fingerprint(key));
        QCOMPARE(m.appVersion, QStringLiteral(PISHKHAN_VERSION));
        QCOMPARE(m.fileSize, QFileInfo(t.outcome.filePath).size());
        QFile manifest(t.outcome.manifestPath);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        auto read = BackupManifest::fromJson(manifest.readAll());
        QVERIFY(read.ok());
        QCOMPARE(read->ledgerHeadHash, m.ledgerHeadHash);
        QCOMPARE(read->fileSha256, m.fileSha256);
        qInfo("backup of %lld fees (writer had confirmed %lld): %lld bytes in %lld ms",
              qint64(inBackup.size()), qint64(t.confirmedBefore), m.fileSize, t.outcome.elapsedMs);
        // The wrong key does not open a backup.
        QVERIFY(!Database::open(t.outcome.filePath, randomKey(), OpenMode::ReadOnly).ok());
    }
}

void TestBackupLive::measuresABackupOfALargerStore()
{
    // Figures for docs/operations.md; asserts nothing about time.
    constexpr int kFees = 5000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pishkhan-store.db"_s);
    const QByteArray key = randomKey();
    LedgerFixture f;
    QVERIFY(f.open(path, key).isEmpty());
    for (int i = 0; i < kFees; ++i)
        QVERIFY(f.fee(i % 2 ? f.clerk : f.clerk2).ok());
    QElapsedTimer timer;
    timer.start();
    auto made = StoreBackup(path, key).writeTo(dir.filePath(u"b"_s), tehran(2025, 3, 22, 18));
    QVERIFY2(made.ok(), qPrintable(whyNot(made)));
    QCOMPARE(made->manifest.ledgerEntries, qint64(kFees));
    qInfo("backup of a store with %d fees and requests: store %lld bytes (+ WAL %lld), backup "
          "%lld bytes, %lld ms including integrity_check and both chain walks",
          kFees, QFileInfo(path).size(), QFileInfo(path + u"-wal"_s).size(),
          made->manifest.fileSize, made->elapsedMs);
}

QTEST_GUILESS_MAIN(TestBackupLive)
#include "tst_backup_live.moc"
