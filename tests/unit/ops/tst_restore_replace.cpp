// Restoring over a store that is there: an older backup must not destroy the only key of a
// store that was rekeyed since and has served citizens since. The replaced store is moved
// aside and its key kept under a dated keychain entry, so it still opens with every row. And
// the refusals leave everything as it was: a wrong or non-admin log-in on the store being
// replaced, a training backup into the live store (or the reverse), a store the app holds.
#include "../ledger/LedgerTestSupport.h"
#include "ops/KeyRotation.h"
#include "ops/RecoveryKey.h"
#include "ops/StoreBackup.h"
#include "ops/StoreRestorer.h"
#include "security/KeyVault.h"
#include "storage/StoreLock.h"

#include "OpsTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kService = QStringLiteral("ir.pishkhan.desk.test-restore-replace");

const char* const kLedgerSql = "SELECT seq, request_id, amount_rials, hash FROM ledger_entry "
                               "ORDER BY seq";
const char* const kOutboxSql = "SELECT request_id, state, payload FROM outbox ORDER BY request_id";

// Every keychain entry a restore since `since` may have saved a replaced key under.
QStringList savedKeyEntries(const QDateTime& since)
{
    QStringList found;
    const QString keyName = KeyVault::defaultKeyName();
    for (QDateTime t = since.addSecs(-1); t <= QDateTime::currentDateTimeUtc().addSecs(1);
         t = t.addSecs(1)) {
        const QString name = StoreRestorer::replacedKeyName(keyName, t);
        auto key = KeyVault(kService, name).readKey();
        if (key.ok() && key->has_value())
            found += name;
    }
    return found;
}

// The data folder's files, without SQLite's -wal/-shm companions (a read-only look at the store
// may leave them; they come and go with connections).
QStringList dataFiles(const QString& folder)
{
    QStringList files = QDir(folder).entryList(QDir::Files);
    files.removeIf(
        [](const QString& name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
    return files;
}

} // namespace

class TestRestoreReplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void replacingARekeyedStoreKeepsItsKey();
    void cleanupTestCase();

private:
    StoreRestorer::Request replaceWith(const QString& backup) const;

    QTemporaryDir m_dir;
    QString m_store;
    QString m_liveBackup;
    QString m_trainingBackup;
    QString m_oldRecovery; // the key of both backups: the store's before its rekey
    QByteArray m_oldKey;
    QByteArray m_currentKey;
    QStringList m_ledger;
    QStringList m_outbox;
};

StoreRestorer::Request TestRestoreReplace::replaceWith(const QString& backup) const
{
    StoreRestorer::Request r;
    r.backupPath = backup;
    r.typedKey = m_oldRecovery;
    r.storePath = m_store;
    r.replaceExisting = true;
    r.adminUser = u"admin"_s;
    r.adminPassword = kPassword;
    return r;
}

void TestRestoreReplace::initTestCase()
{
    KeyVault vault(kService);
    auto key = vault.loadOrCreateKey();
    QVERIFY2(key.ok(), qPrintable(whyNot(key)));
    m_oldKey = *key;
    m_oldRecovery = RecoveryKey::fromStoreKey(m_oldKey)->text();
    m_store = m_dir.filePath(u"data/pishkhan-store.db"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"data"_s)));

    LedgerFixture f;
    const QString failed = f.open(m_store, m_oldKey);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (int i = 0; i < 10; ++i)
        QVERIFY(f.fee(f.clerk).ok());
    // Last week's backups, live and (as a training store would be) training.
    auto live =
        StoreBackup(m_store, m_oldKey).writeTo(m_dir.filePath(u"usb"_s), tehran(2025, 3, 15, 18));
    QVERIFY2(live.ok(), qPrintable(whyNot(live)));
    m_liveBackup = live->filePath;
    auto training = StoreBackup(m_store, m_oldKey, true)
                        .writeTo(m_dir.filePath(u"usb"_s), tehran(2025, 3, 15, 18));
    QVERIFY2(training.ok(), qPrintable(whyNot(training)));
    m_trainingBackup = training->filePath;

    // Since then: the store key was changed, and citizens were served.
    auto rotated = KeyRotation(vault).rotate(f.admin, f.store->database(), *f.audit);
    QVERIFY2(rotated.ok(), qPrintable(whyNot(rotated)));
    m_currentKey = rotated->storeKey();
    for (int i = 0; i < 5; ++i)
        QVERIFY(f.fee(f.clerk2).ok());
    m_ledger = rows(f.store->database(), kLedgerSql);
    m_outbox = rows(f.store->database(), kOutboxSql);
    QCOMPARE(m_ledger.size(), 15);
}

void TestRestoreReplace::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("trainingBackup");
    QTest::addColumn<bool>("intoTraining");
    QTest::addColumn<bool>("appRunning");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong admin password") << u"admin"_s << u"not-the-password"_s << false << false
                                          << false << u"auth.bad_credentials"_s;
    QTest::newRow("no user") << QString() << QString() << false << false << false << u"auth."_s;
    QTest::newRow("a supervisor, not an admin")
        << u"super1"_s << kPassword << false << false << false << u"auth.forbidden"_s;
    QTest::newRow("training backup into the live store")
        << u"admin"_s << kPassword << true << false << false << u"restore.wrong_mode"_s;
    QTest::newRow("live backup into the training store")
        << u"admin"_s << kPassword << false << true << false << u"restore.wrong_mode"_s;
    QTest::newRow("the app holds the store")
        << u"admin"_s << kPassword << false << false << true << u"store.locked"_s;
}

void TestRestoreReplace::refusalsChangeNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, trainingBackup);
    QFETCH(bool, intoTraining);
    QFETCH(bool, appRunning);
    QFETCH(QString, code);

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QStringList filesBefore = dataFiles(m_dir.filePath(u"data"_s));
    std::optional<StoreLock> app;
    if (appRunning) {
        auto lock = StoreLock::acquire(m_store);
        QVERIFY2(lock.ok(), qPrintable(whyNot(lock)));
        app.emplace(std::move(*lock));
    }

    KeyVault vault(kService);
    StoreRestorer::Request request = replaceWith(trainingBackup ? m_trainingBackup : m_liveBackup);
    request.adminUser = user;
    request.adminPassword = password;
    request.training = intoTraining;
    auto restored = StoreRestorer(vault).restore(request);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().code().startsWith(code), qPrintable(restored.error().code()));
    app.reset();

    // Nothing moved, nothing staged, no key written or saved; every row where it was.
    QCOMPARE(dataFiles(m_dir.filePath(u"data"_s)), filesBefore);
    QCOMPARE(**vault.readKey(), m_currentKey);
    QVERIFY(savedKeyEntries(started).isEmpty());
    auto db = Database::open(m_store, m_currentKey, OpenMode::ReadOnly);
    QVERIFY2(db.ok(), qPrintable(whyNot(db)));
    QCOMPARE(rows(*db, kLedgerSql), m_ledger);
    QCOMPARE(rows(*db, kOutboxSql), m_outbox);
}

void TestRestoreReplace::replacingARekeyedStoreKeepsItsKey()
{
    // WHEN last week's backup is restored over the rekeyed store, by its administrator
    KeyVault vault(kService);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto restored = StoreRestorer(vault).restore(replaceWith(m_liveBackup));
    QVERIFY2(restored.ok(), qPrintable(whyNot(restored)));

    // THEN the backup is the store, under its own key
    QCOMPARE(**vault.readKey(), m_oldKey);
    QCOMPARE(restored->facts.ledgerEntries, qint64(10));
    // AND the replaced store was moved aside with its key kept beside the backup's
    QVERIFY(QFile::exists(restored->movedAsidePath));
    QCOMPARE(savedKeyEntries(started), QStringList{restored->savedKeyName});
    QVERIFY(restored->savedKeyName.startsWith(u"store-key.replaced-"_s));
    auto saved = KeyVault(kService, restored->savedKeyName).readKey();
    QVERIFY(saved.ok() && saved->has_value());
    QCOMPARE(**saved, m_currentKey);
    // AND it opens with that key, every row of the last week there
    auto aside = Database::open(restored->movedAsidePath, **saved, OpenMode::ReadOnly);
    QVERIFY2(aside.ok(), qPrintable(whyNot(aside)));
    QCOMPARE(aside->queryText("PRAGMA integrity_check").valueOr(QString()), u"ok"_s);
    QCOMPARE(rows(*aside, kLedgerSql), m_ledger);
    QCOMPARE(rows(*aside, kOutboxSql), m_outbox);
}

void TestRestoreReplace::cleanupTestCase()
{
    KeyVault vault(kService);
    QVERIFY(vault.removeKey().ok());
    for (const QString& name : savedKeyEntries(QDateTime::currentDateTimeUtc().addSecs(-120)))
        QVERIFY(KeyVault(kService, name).removeKey().ok());
}

QTEST_GUILESS_MAIN(TestRestoreReplace)
#include "tst_restore_replace.moc"
