// Opening the store with the key from the keychain, as the app does at start-up.
// Runs under tests/support/session.sh --keyring (a private, unlocked gnome-keyring).
#include "StorageTestSupport.h"
#include "security/KeyVault.h"
#include "security/StoreOpener.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestStoreOpener : public QObject
{
    Q_OBJECT

private slots:
    void firstRunCreatesKeyAndStoreLaterRunsReopen();
    void missingKeyForExistingStoreIsRefused();
    void otherKeyInKeychainIsRefusedAndFileKept();

private:
    static KeyVault freshVault()
    {
        return KeyVault(u"ir.pishkhan.desk.test"_s,
                        u"store-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    QTemporaryDir m_dir;
};

void TestStoreOpener::firstRunCreatesKeyAndStoreLaterRunsReopen()
{
    const QString path = m_dir.filePath(u"first/store.db"_s);
    KeyVault vault = freshVault();
    QVERIFY(!vault.readKey()->has_value());
    {
        auto store = StoreOpener::open(path, vault);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
        QCOMPARE(store->report().outcome, StoreReport::Outcome::Created);
        OutboxStore outbox(store->database());
        QVERIFY(outbox.enqueue(sampleEntry(), 1).ok());
    }
    auto key = vault.readKey();
    QVERIFY(key.ok() && key->has_value());
    QCOMPARE((*key)->size(), 32);

    // The next start of the app: a new vault object on the same entry.
    KeyVault nextRun(vault.service(), vault.keyName());
    auto store = StoreOpener::open(path, nextRun);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    QCOMPARE(store->report().outcome, StoreReport::Outcome::Opened);
    QCOMPARE(store->database().queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 1);
    QCOMPARE(*nextRun.readKey().value(), **key);
    QVERIFY(nextRun.removeKey().ok());
}

void TestStoreOpener::missingKeyForExistingStoreIsRefused()
{
    const QString path = m_dir.filePath(u"missing/store.db"_s);
    KeyVault vault = freshVault();
    QVERIFY(StoreOpener::open(path, vault).ok());
    QVERIFY(vault.removeKey().ok());
    const QByteArray before = fileHash(path);

    auto store = StoreOpener::open(path, vault);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), u"keychain.key_missing"_s);
    QVERIFY(store.error().message().contains(path));
    // No new key was made up for the old file.
    QVERIFY(!vault.readKey()->has_value());
    QCOMPARE(fileHash(path), before);
}

void TestStoreOpener::otherKeyInKeychainIsRefusedAndFileKept()
{
    const QString path = m_dir.filePath(u"other/store.db"_s);
    KeyVault vault = freshVault();
    QVERIFY(StoreOpener::open(path, vault).ok());
    QVERIFY(vault.writeKey(randomKey()).ok());
    const QByteArray before = fileHash(path);

    auto store = StoreOpener::open(path, vault);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), u"storage.wrong_key"_s);
    QVERIFY(store.error().message().contains(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(vault.removeKey().ok());
}

QTEST_GUILESS_MAIN(TestStoreOpener)
#include "tst_store_opener.moc"
