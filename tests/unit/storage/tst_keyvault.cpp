// The store key in the system keychain: generated once, read back on every later run.
// Runs under tests/support/session.sh --keyring (a private, unlocked gnome-keyring).
#include "security/KeyVault.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using namespace pishkhan;
using namespace Qt::StringLiterals;

class TestKeyVault : public QObject
{
    Q_OBJECT

private slots:
    void firstRunGeneratesSecondRunReads();
    void missingEntryIsNotAnError();
    void separateNamesAreSeparateKeys();
    void generatedKeysAreRandom();

private:
    // A fresh entry per test, so no test sees another's key.
    static KeyVault freshVault()
    {
        return KeyVault(u"ir.pishkhan.desk.test"_s,
                        u"store-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
};

void TestKeyVault::firstRunGeneratesSecondRunReads()
{
    KeyVault vault = freshVault();
    bool created = false;
    auto first = vault.loadOrCreateKey(&created);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
    QVERIFY(created);
    QCOMPARE(first->size(), 32);

    // A second vault object on the same entry is what the next start of the app does.
    KeyVault again(vault.service(), vault.keyName());
    auto second = again.loadOrCreateKey(&created);
    QVERIFY(second.ok());
    QVERIFY(!created);
    QCOMPARE(*second, *first);

    QVERIFY(again.removeKey().ok());
    auto gone = again.readKey();
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
}

void TestKeyVault::missingEntryIsNotAnError()
{
    KeyVault vault = freshVault();
    auto key = vault.readKey();
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message()));
    QVERIFY(!key->has_value());
    QVERIFY(vault.removeKey().ok());
}

void TestKeyVault::separateNamesAreSeparateKeys()
{
    KeyVault a = freshVault();
    KeyVault b = freshVault();
    auto ka = a.loadOrCreateKey();
    auto kb = b.loadOrCreateKey();
    QVERIFY(ka.ok() && kb.ok());
    QVERIFY(*ka != *kb);
    QVERIFY(a.removeKey().ok());
    QVERIFY(b.removeKey().ok());
}

void TestKeyVault::generatedKeysAreRandom()
{
    auto k1 = KeyVault::generateKey();
    auto k2 = KeyVault::generateKey();
    QVERIFY(k1.ok() && k2.ok());
    QCOMPARE(k1->size(), 32);
    QVERIFY(*k1 != *k2);
    QVERIFY(*k1 != QByteArray(32, '\0'));
}

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
