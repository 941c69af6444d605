// Restore on a "new machine" — a fresh data folder and a keychain that has no store
// key — with the recovery key: the same ledger (head hash) and the same queue. A mistyped
// recovery key is caught by its check groups before anything is written.
#include "../ledger/LedgerTestSupport.h"
#include "ops/RecoveryKey.h"
#include "ops/StoreBackup.h"
#include "ops/StoreRestorer.h"
#include "security/KeyVault.h"
#include "storage/Statement.h"

#include "OpsTestSupport.h"
#include <QDir>
#include <QFile>

#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kService = QStringLiteral("ir.pishkhan.desk.test-restore");

const char* const kQueueSql =
    "SELECT request_id, state, service_id, payload, consent_token FROM outbox ORDER BY request_id";

// A restore onto a live store that is not there yet (no administrator needed).
StoreRestorer::Request request(const QString& backup, const QString& typed, const QString& store)
{
    StoreRestorer::Request r;
    r.backupPath = backup;
    r.typedKey = typed;
    r.storePath = store;
    return r;
}

} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoresOnANewMachine();
    void mistypedKeyIsCaught_data();
    void mistypedKeyIsCaught();
    void refusesToOverwriteUnlessAsked();
    void refusesABackupUnderAnotherKey();

private:
    QTemporaryDir m_dir;
    QByteArray m_key;
    QString m_backup;
    QString m_headHash;
    QStringList m_queue;
    QString m_recovery;
};

void TestRestore::initTestCase()
{
    // The "old machine": a store whose key is in the keychain, fees taken, one request sent.
    KeyVault vault(kService);
    auto key = vault.loadOrCreateKey();
    QVERIFY2(key.ok(), qPrintable(whyNot(key)));
    m_key = *key;
    const QString oldStore = m_dir.filePath(u"old/pishkhan-store.db"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"old"_s)));
    {
        LedgerFixture old;
        const QString failed = old.open(oldStore, m_key);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        for (int i = 0; i < 25; ++i)
            QVERIFY(old.fee(i % 2 ? old.clerk : old.clerk2).ok());
        OutboxStore outbox(old.store->database());
        QVERIFY(outbox.claimBatch(5, old.clock.nowMs()).ok()); // some in "sending"
        auto head = old.ledger->store().head();
        QVERIFY(head.ok());
        m_headHash = head->hash;
        m_queue = rows(old.store->database(), kQueueSql);
    }
    auto made =
        StoreBackup(oldStore, m_key).writeTo(m_dir.filePath(u"usb"_s), tehran(2025, 3, 22, 18));
    QVERIFY2(made.ok(), qPrintable(whyNot(made)));
    m_backup = made->filePath;
    m_recovery = RecoveryKey::fromStoreKey(m_key)->text();

    // The "new machine": the keychain forgets the key.
    QVERIFY(vault.removeKey().ok());
    QVERIFY(!vault.readKey()->has_value());
}

void TestRestore::restoresOnANewMachine()
{
    KeyVault vault(kService);
    const QString store = m_dir.filePath(u"new/data/pishkhan-store.db"_s);
    StoreRestorer restorer(vault);
    // As typed from paper: lower case, spaces.
    auto restored =
        restorer.restore(request(m_backup, m_recovery.toLower().replace(u'-', u' '), store));
    QVERIFY2(restored.ok(), qPrintable(whyNot(restored)));
    QCOMPARE(restored->facts.ledgerHeadHash, m_headHash);
    QCOMPARE(restored->facts.ledgerEntries, qint64(25));

    auto key = vault.readKey();
    QVERIFY(key.ok() && key->has_value());
    QCOMPARE(**key, m_key);
    QVERIFY(!QFile::exists(store + u".restoring"_s));

    LedgerFixture reopened;
    const QString failed = reopened.open(store, **key, false);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto head = reopened.ledger->store().head();
    QVERIFY(head.ok());
    QCOMPARE(head->hash, m_headHash);
    QCOMPARE(rows(reopened.store->database(), kQueueSql), m_queue);
    auto verified = reopened.ledger->verifyChain(reopened.supervisor);
    QVERIFY(verified.ok() && !verified->failure);
    // The restored store goes on: the next fee chains onto the old head.
    auto next = reopened.fee(reopened.clerk);
    QVERIFY2(next.ok(), qPrintable(whyNot(next)));
    QCOMPARE(next->prevHash, m_headHash);
    QVERIFY(vault.removeKey().ok());
}

void TestRestore::mistypedKeyIsCaught_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    const QString text = m_recovery;
    QString changed = text;
    changed[8] = changed[8] == u'7' ? u'8' : u'7';
    QTest::newRow("one character changed") << changed << u"recovery_key.group_check"_s;
    QString swapped = text;
    int at = 0;
    while (swapped[at] == swapped[at + 1] || swapped[at] == u'-' || swapped[at + 1] == u'-')
        ++at;
    std::swap(swapped[at], swapped[at + 1]);
    // Luhn mod 32 misses one swap ("0Z"); the whole-key group catches that one.
    QTest::newRow("two characters swapped") << swapped << u"recovery_key."_s;
    QStringList groups = text.split(u'-');
    groups.removeAt(9);
    QTest::newRow("group missing") << groups.join(u'-') << u"recovery_key.length"_s;
    const QString other = RecoveryKey::fromStoreKey(randomKey())->text();
    // The manifest beside the backup names the key it was made under.
    QTest::newRow("another store's key") << other << u"restore.other_key"_s;
}

void TestRestore::mistypedKeyIsCaught()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    KeyVault vault(kService);
    QVERIFY(vault.removeKey().ok());
    const QString store = m_dir.filePath(u"typo/pishkhan-store.db"_s);
    auto restored = StoreRestorer(vault).restore(request(m_backup, typed, store));
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().code().startsWith(code), qPrintable(restored.error().code()));
    // Nothing written: no store, no key.
    QVERIFY(!QFile::exists(store));
    QVERIFY(!QFile::exists(store + u".restoring"_s));
    QVERIFY(!vault.readKey()->has_value());
}

void TestRestore::refusesToOverwriteUnlessAsked()
{
    KeyVault vault(kService);
    const QString store = m_dir.filePath(u"again/pishkhan-store.db"_s);
    const StoreRestorer::Request first = request(m_backup, m_recovery, store);
    QVERIFY(StoreRestorer(vault).restore(first).ok());
    auto second = StoreRestorer(vault).restore(first);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code(), u"restore.store_exists"_s);
    // Replacing a store that opens takes one of its administrators.
    StoreRestorer::Request replace = first;
    replace.replaceExisting = true;
    replace.adminUser = u"admin"_s;
    replace.adminPassword = kPassword;
    auto replaced = StoreRestorer(vault).restore(replace);
    QVERIFY2(replaced.ok(), qPrintable(whyNot(replaced)));
    // The old one is moved aside, never deleted.
    QVERIFY(!replaced->movedAsidePath.isEmpty());
    QVERIFY(QFile::exists(replaced->movedAsidePath));
    QVERIFY(vault.removeKey().ok());
}

void TestRestore::refusesABackupUnderAnotherKey()
{
    // Without its manifest, a well-formed key of another store is found out by SQLCipher.
    KeyVault vault(kService);
    const QString alone = m_dir.filePath(u"alone/copy.db"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"alone"_s)));
    QVERIFY(QFile::copy(m_backup, alone));
    const QString other = RecoveryKey::fromStoreKey(randomKey())->text();
    const QString store = m_dir.filePath(u"x/s.db"_s);
    auto restored = StoreRestorer(vault).restore(request(alone, other, store));
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code(), u"restore.wrong_key"_s);
    QVERIFY(!QFile::exists(store));
    // The right key restores that same lone copy.
    auto right = StoreRestorer(vault).restore(request(alone, m_recovery, store));
    QVERIFY2(right.ok(), qPrintable(whyNot(right)));
    QCOMPARE(right->facts.ledgerHeadHash, m_headHash);
    QVERIFY(vault.removeKey().ok());
}

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
