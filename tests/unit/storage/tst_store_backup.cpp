// Upgrade safety: a store at an older schema is copied beside itself before this
// build migrates it — WAL content included, same key, old version intact — and a store that
// needs no migration is never copied.
#include "StorageTestSupport.h"

#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pishkhan::test {

class TestStoreBackup : public QObject
{
    Q_OBJECT

private:
    QStringList backups(const QString& name) const
    {
        return QDir(m_dir.path()).entryList({name + u".pre-v*.bak"_s}, QDir::Files, QDir::Name);
    }

    QTemporaryDir m_dir;

private slots:
    void olderStoreIsCopiedBeforeMigration();
    void currentStoreIsNotCopied();
};

void TestStoreBackup::olderStoreIsCopiedBeforeMigration()
{
    QVERIFY(m_dir.isValid());
    const int oldVersion = SchemaMigrator::latestVersion() - 1;
    QVERIFY(oldVersion >= 1);
    const QByteArray key = randomKey();
    const QString path = m_dir.filePath(u"old.db"_s);

    {
        // GIVEN a store at the previous schema whose last write is still only in its WAL: the
        // writer stays open, so nothing has checkpointed it into the main file
        auto writer = Database::open(path, key);
        QVERIFY(writer.ok());
        QVERIFY(writer->enableWal().ok());
        QVERIFY(writer->exec("PRAGMA wal_autocheckpoint = 0").ok());
        QVERIFY(SchemaMigrator::migrate(*writer, oldVersion).ok());
        QVERIFY(writer->exec("CREATE TABLE upgrade_marker (note TEXT)").ok());
        QVERIFY(
            writer->exec("INSERT INTO upgrade_marker VALUES ('written before the upgrade')").ok());
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);

        // WHEN this build opens it
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto store = LocalStore::open(path, key);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        QCOMPARE(store->report().outcome, StoreReport::Outcome::Migrated);
        QCOMPARE(SchemaMigrator::currentVersion(store->database()).valueOr(-1),
                 SchemaMigrator::latestVersion());

        // THEN one backup sits beside it, named after the old version and the time
        const QStringList found = backups(u"old.db"_s);
        QCOMPARE(found.size(), 1);
        static const QRegularExpression name(u"^old\\.db\\.pre-v(\\d+)-(\\d{8}T\\d{6}Z)\\.bak$"_s);
        const QRegularExpressionMatch m = name.match(found.first());
        QVERIFY2(m.hasMatch(), qPrintable(found.first()));
        QCOMPARE(m.captured(1).toInt(), oldVersion);
        const QDateTime parsed = QDateTime::fromString(m.captured(2), u"yyyyMMdd'T'HHmmss'Z'"_s);
        const QDateTime stamp(parsed.date(), parsed.time(), Qt::UTC);
        QVERIFY2(stamp >= before && stamp <= after, qPrintable(m.captured(2)));

        // AND it is the whole old store: encrypted with the same key, at the old version, holding
        // the write that was only in the WAL
        const QString backupPath = m_dir.filePath(found.first());
        QVERIFY(!QFile::exists(backupPath + u"-wal"_s));
        QFile raw(backupPath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.read(16).startsWith("SQLite format 3"));
        raw.close();
        auto copy = Database::open(backupPath, key, OpenMode::ReadOnly);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : describeError(copy.error())));
        QCOMPARE(SchemaMigrator::currentVersion(*copy).valueOr(-1), oldVersion);
        QCOMPARE(copy->queryText("SELECT note FROM upgrade_marker").valueOr(QString()),
                 u"written before the upgrade"_s);
        QVERIFY(!Database::open(backupPath, randomKey(), OpenMode::ReadOnly).ok());
    }
    // AND opening the now current store again makes no second copy
    QVERIFY(LocalStore::open(path, key).ok());
    QCOMPARE(backups(u"old.db"_s).size(), 1);
}

void TestStoreBackup::currentStoreIsNotCopied()
{
    QVERIFY(m_dir.isValid());
    const QByteArray key = randomKey();
    const QString path = m_dir.filePath(u"current.db"_s);
    {
        auto created = LocalStore::open(path, key);
        QVERIFY(created.ok());
        QCOMPARE(created->report().outcome, StoreReport::Outcome::Created);
    }
    auto reopened = LocalStore::open(path, key);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->report().outcome, StoreReport::Outcome::Opened);
    QVERIFY(backups(u"current.db"_s).isEmpty());
}

} // namespace pishkhan::test

QTEST_GUILESS_MAIN(pishkhan::test::TestStoreBackup)
#include "tst_store_backup.moc"
