// A key change that a crash interrupted between PRAGMA rekey and the keychain update leaves a
// store that only the pending "<key>.next" entry opens. At start-up that store is finished
// (the pending key becomes the store key, the store opens with every row), not refused as
// "wrong key" and offered for move-aside. The pending entry is removed only when the file is
// proven to be the one its rotation began on; a pending key that belongs to another file (the
// rotated store was moved away, another store is in its place) is neither promoted nor removed:
// it may be the only key of the moved file.
// Runs under tests/support/session.sh --keyring (a private, unlocked gnome-keyring).
#include "ops/KeyRotation.h"
#include "security/InterruptedRotation.h"
#include "security/KeyVault.h"
#include "security/StoreOpener.h"
#include "storage/Database.h"
#include "storage/LocalStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

const QString kService = QStringLiteral("ir.pishkhan.desk.test-interrupted-rekey");
constexpr int kRows = 250;

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString whyNot(const Status& s)
{
    return s ? QString() : s.error().code() + u": "_s + s.error().message();
}

// A store with kRows rows of its own, closed.
void makeStore(const QString& path, const QByteArray& key)
{
    auto store = LocalStore::open(path, key);
    QVERIFY2(store.ok(), qPrintable(whyNot(store.ok() ? Status() : Status(store.error()))));
    Database& db = store->database();
    QVERIFY(db.exec("CREATE TABLE probe (n INTEGER NOT NULL)").ok());
    QVERIFY(db.exec("BEGIN").ok());
    for (int i = 0; i < kRows; ++i)
        QVERIFY(db.exec("INSERT INTO probe (n) VALUES (1)").ok());
    QVERIFY(db.exec("COMMIT").ok());
}

qint64 probeRows(Database& db)
{
    return db.queryInt64("SELECT count(*) FROM probe").valueOr(-1);
}

// The steps of KeyRotation::rotate by hand, stopped where a crash stops them: the rotation id
// in the store and the pending key in the keychain, then (rekeyed) the file re-encrypted,
// while the main entry still holds the old key. Without recorded, the pending entry is the
// bare key an older build wrote.
void crash(const QString& path, KeyVault& vault, const QByteArray& newKey, bool recorded,
           bool rekeyed = true)
{
    const QByteArray oldKey = *vault.readExistingKey();
    auto db = Database::open(path, oldKey);
    QVERIFY(db.ok());
    QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
    if (recorded) {
        auto id = InterruptedRotation::markStore(*db);
        QVERIFY(id.ok());
        QVERIFY(vault.writePendingKey(newKey, *id).ok());
    } else {
        KeyVault pending(vault.service(), KeyVault::pendingKeyName(vault.keyName()));
        QVERIFY(pending.writeKey(newKey).ok());
    }
    if (rekeyed)
        QVERIFY(db->rekey(newKey).ok());
}

} // namespace

class TestInterruptedRekey : public QObject
{
    Q_OBJECT

    KeyVault freshVault()
    {
        return KeyVault(kService, u"store-key-"_s + QUuid::createUuid().toString(QUuid::Id128));
    }

    static std::optional<QByteArray> pendingOf(const KeyVault& vault)
    {
        const auto pending = *vault.readPendingKey();
        return pending ? std::optional<QByteArray>(pending->key) : std::nullopt;
    }

    static void recordedColumn()
    {
        QTest::addColumn<bool>("recorded");
        QTest::newRow("rotation id recorded") << true;
        QTest::newRow("older build: bare key") << false;
    }

private slots:
    void startUpFinishesTheRotation_data() { recordedColumn(); }
    void startUpFinishesTheRotation()
    {
        QFETCH(bool, recorded);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        KeyVault vault = freshVault();
        makeStore(path, *vault.loadOrCreateKey());
        const QByteArray newKey = *KeyVault::generateKey();
        crash(path, vault, newKey, recorded);

        auto store = StoreOpener::open(path, vault);
        QVERIFY2(store.ok(), qPrintable(whyNot(store.ok() ? Status() : Status(store.error()))));
        QCOMPARE(probeRows(store->database()), qint64(kRows));
        QCOMPARE(*vault.readExistingKey(), newKey);
        QVERIFY(!pendingOf(vault).has_value());
    }

    // The rotated store was moved away and another store, which the current key opens, is in
    // its place: the pending key may be the only key of the moved file.
    void pendingKeyOfAnotherFileIsKept_data() { recordedColumn(); }
    void pendingKeyOfAnotherFileIsKept()
    {
        QFETCH(bool, recorded);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        KeyVault vault = freshVault();
        const QByteArray oldKey = *vault.loadOrCreateKey();
        makeStore(path, oldKey);
        const QByteArray newKey = *KeyVault::generateKey();
        crash(path, vault, newKey, recorded);
        QVERIFY(QFile::rename(path, path + u".elsewhere"_s));
        makeStore(path, oldKey);

        {
            auto store = StoreOpener::open(path, vault);
            QVERIFY(store.ok());
            QCOMPARE(probeRows(store->database()), qint64(kRows));
        }
        QCOMPARE(*vault.readExistingKey(), oldKey);
        QCOMPARE(pendingOf(vault), std::optional<QByteArray>(newKey));

        // Asked to finish it by hand, the rotation is not finished either.
        auto finished = KeyRotation(vault).finishInterrupted(path);
        QVERIFY(finished.ok());
        QCOMPARE(*finished, false);
        QCOMPARE(*vault.readExistingKey(), oldKey);
        QCOMPARE(pendingOf(vault), std::optional<QByteArray>(newKey));
        QVERIFY(Database::open(path + u".elsewhere"_s, newKey, OpenMode::ReadOnly).ok());
    }

    // Neither key opens the file in place: refused as it was, both entries kept.
    void pendingKeyOfAnotherUnreadableFileIsKept_data() { recordedColumn(); }
    void pendingKeyOfAnotherUnreadableFileIsKept()
    {
        QFETCH(bool, recorded);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        KeyVault vault = freshVault();
        const QByteArray oldKey = *vault.loadOrCreateKey();
        makeStore(path, oldKey);
        const QByteArray newKey = *KeyVault::generateKey();
        crash(path, vault, newKey, recorded);
        QVERIFY(QFile::rename(path, path + u".elsewhere"_s));
        makeStore(path, *KeyVault::generateKey());
        const QByteArray before = sha256(path);

        auto store = StoreOpener::open(path, vault);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), u"storage.wrong_key"_s);
        QCOMPARE(sha256(path), before);
        QCOMPARE(*vault.readExistingKey(), oldKey);
        QCOMPARE(pendingOf(vault), std::optional<QByteArray>(newKey));
        auto finished = KeyRotation(vault).finishInterrupted(path);
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().code(), u"rekey.unrecoverable"_s);
        QCOMPARE(pendingOf(vault), std::optional<QByteArray>(newKey));
    }

    // A crash before the rekey: the file in place holds the rotation's id and opens with the
    // store key, so the pending key was never used and is dropped.
    void unusedPendingKeyOfThisFileIsDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        KeyVault vault = freshVault();
        const QByteArray oldKey = *vault.loadOrCreateKey();
        makeStore(path, oldKey);
        crash(path, vault, *KeyVault::generateKey(), true, false);

        auto finished = KeyRotation(vault).finishInterrupted(path);
        QVERIFY(finished.ok());
        QCOMPARE(*finished, false);
        QCOMPARE(*vault.readExistingKey(), oldKey);
        QVERIFY(!pendingOf(vault).has_value());
        auto store = StoreOpener::open(path, vault);
        QVERIFY(store.ok());
        QCOMPARE(probeRows(store->database()), qint64(kRows));
    }
};

QTEST_GUILESS_MAIN(TestInterruptedRekey)
#include "tst_interrupted_rekey.moc"
