// Key rotation. Afterwards the old key no longer opens the store, the new one does,
// the keychain holds the new one, the data is unchanged; only an admin may, and not while
// another connection (the app) has the store open. A crash between the rekey and the keychain
// update is finished by finishInterrupted().
#include "../ledger/LedgerTestSupport.h"
#include "ops/KeyRotation.h"
#include "ops/RecoveryKey.h"
#include "security/InterruptedRotation.h"
#include "security/KeyVault.h"
#include "storage/Statement.h"

#include "OpsTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kService = QStringLiteral("ir.pishkhan.desk.test-rekey");

const char* const kLedgerSql = "SELECT seq, request_id, amount_rials, hash FROM ledger_entry "
                               "ORDER BY seq";
const char* const kOutboxSql = "SELECT request_id, state, payload FROM outbox ORDER BY request_id";

} // namespace

class TestRekey : public QObject
{
    Q_OBJECT

private slots:
    void rotatesTheKey();
    void onlyAnAdminMay();
    void refusedWhileTheAppHasTheStoreOpen();
    void finishesAnInterruptedRotation();
};

void TestRekey::rotatesTheKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pishkhan-store.db"_s);
    KeyVault vault(kService);
    auto oldKey = vault.loadOrCreateKey();
    QVERIFY(oldKey.ok());

    auto f = std::make_unique<LedgerFixture>();
    QString failed = f->open(path, *oldKey);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (int i = 0; i < 30; ++i)
        QVERIFY(f->fee(f->clerk).ok());
    const QStringList ledgerBefore = rows(f->store->database(), kLedgerSql);
    const QStringList outboxBefore = rows(f->store->database(), kOutboxSql);

    KeyRotation rotation(vault);
    auto recovery = rotation.rotate(f->admin, f->store->database(), *f->audit);
    QVERIFY2(recovery.ok(), qPrintable(whyNot(recovery)));
    const QByteArray newKey = recovery->storeKey();
    QVERIFY(newKey != *oldKey);
    QCOMPARE(RecoveryKey::parse(recovery->text())->storeKey(), newKey);
    QCOMPARE(**vault.readKey(), newKey);
    QVERIFY(
        !KeyVault(kService, KeyRotation::pendingKeyName(vault.keyName())).readKey()->has_value());
    // The connection that rotated goes on working, back in WAL.
    QCOMPARE(f->store->database().queryText("PRAGMA journal_mode").valueOr(QString()), u"wal"_s);
    QVERIFY(f->fee(f->clerk).ok());
    f.reset(); // close the store

    auto withOld = Database::open(path, *oldKey, OpenMode::ReadOnly);
    QVERIFY(!withOld.ok());
    QCOMPARE(withOld.error().code(), u"storage.wrong_key"_s);

    LedgerFixture reopened;
    failed = reopened.open(path, newKey, false);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    Database& db = reopened.store->database();
    QCOMPARE(db.queryText("PRAGMA integrity_check").valueOr(QString()), u"ok"_s);
    QCOMPARE(rows(db, kLedgerSql).mid(0, ledgerBefore.size()), ledgerBefore);
    QStringList outboxAfter = rows(db, kOutboxSql);
    QCOMPARE(outboxAfter.size(), outboxBefore.size() + 1);
    auto verified = reopened.ledger->verifyChain(reopened.supervisor);
    QVERIFY(verified.ok() && !verified->failure);
    // The rotation is in the audit trail, which still verifies.
    QCOMPARE(
        db.queryInt64("SELECT count(*) FROM audit_events WHERE subject = 'store_key'").valueOr(0),
        qint64(1));
    auto audit = reopened.audit->verify();
    QVERIFY(audit.ok() && !audit->failure);
    QVERIFY(vault.removeKey().ok());
}

void TestRekey::onlyAnAdminMay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pishkhan-store.db"_s);
    KeyVault vault(kService);
    auto key = vault.loadOrCreateKey();
    QVERIFY(key.ok());
    LedgerFixture f;
    QVERIFY(f.open(path, *key).isEmpty());
    KeyRotation rotation(vault);
    for (const Session& who : {f.clerk, f.supervisor, Session{}}) {
        auto refused = rotation.rotate(who, f.store->database(), *f.audit);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), u"auth.forbidden"_s);
    }
    QCOMPARE(**vault.readKey(), *key);
    QVERIFY(Database::open(path, *key, OpenMode::ReadOnly).ok());
    QVERIFY(vault.removeKey().ok());
}

void TestRekey::refusedWhileTheAppHasTheStoreOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pishkhan-store.db"_s);
    KeyVault vault(kService);
    auto key = vault.loadOrCreateKey();
    QVERIFY(key.ok());
    LedgerFixture f;
    QVERIFY(f.open(path, *key).isEmpty());
    QVERIFY(f.fee(f.clerk).ok());
    auto app = LocalStore::open(path, *key); // "the app"
    QVERIFY(app.ok());
    QVERIFY(app->database().queryInt64("SELECT count(*) FROM outbox").ok());

    auto refused = KeyRotation(vault).rotate(f.admin, f.store->database(), *f.audit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), u"rekey.store_in_use"_s);
    // Nothing changed: same key, both connections still work.
    QCOMPARE(**vault.readKey(), *key);
    QVERIFY(app->database().queryInt64("SELECT count(*) FROM outbox").ok());
    QVERIFY(f.fee(f.clerk).ok());
    QVERIFY(vault.removeKey().ok());
}

void TestRekey::finishesAnInterruptedRotation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pishkhan-store.db"_s);
    KeyVault vault(kService);
    auto oldKey = vault.loadOrCreateKey();
    QVERIFY(oldKey.ok());
    {
        LedgerFixture f;
        QVERIFY(f.open(path, *oldKey).isEmpty());
        QVERIFY(f.fee(f.clerk).ok());
    }
    KeyVault pending(kService, KeyRotation::pendingKeyName(vault.keyName()));
    KeyRotation rotation(vault);

    // Crash before the rekey: a stale pending key is dropped, the store keeps its key. Written
    // as rotate() writes it, with the rotation id it also records in the store; a pending key
    // without that proof could belong to another file and would be kept.
    {
        auto db = Database::open(path, *oldKey);
        QVERIFY(db.ok());
        auto id = InterruptedRotation::markStore(*db);
        QVERIFY(id.ok());
        QVERIFY(vault.writePendingKey(randomKey(), *id).ok());
    }
    auto nothing = rotation.finishInterrupted(path);
    QVERIFY2(nothing.ok(), qPrintable(whyNot(nothing)));
    QCOMPARE(*nothing, false);
    QVERIFY(!pending.readKey()->has_value());

    // Crash after the rekey, before the keychain moved: simulate by rekeying by hand.
    const QByteArray newKey = randomKey();
    QVERIFY(pending.writeKey(newKey).ok());
    {
        auto db = Database::open(path, *oldKey);
        QVERIFY(db.ok());
        QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
        const QByteArray rekey = "PRAGMA rekey = \"x'" + newKey.toHex() + "'\"";
        QVERIFY(db->exec(rekey.constData()).ok());
    }
    QVERIFY(!Database::open(path, *oldKey, OpenMode::ReadOnly).ok());
    auto promoted = rotation.finishInterrupted(path);
    QVERIFY2(promoted.ok(), qPrintable(whyNot(promoted)));
    QCOMPARE(*promoted, true);
    QCOMPARE(**vault.readKey(), newKey);
    QVERIFY(!pending.readKey()->has_value());
    QVERIFY(LocalStore::open(path, newKey).ok());
    QVERIFY(vault.removeKey().ok());
}

QTEST_GUILESS_MAIN(TestRekey)
#include "tst_rekey.moc"
