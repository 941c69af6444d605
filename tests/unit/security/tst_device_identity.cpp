// The device's Ed25519 identity: key and token only in the keychain, signatures that verify,
// a fresh object finds them again, and deactivation wipes them.

#include "security/DeviceIdentity.h"
#include "security/SecretStore.h"

#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

class TestDeviceIdentity : public QObject
{
    Q_OBJECT
private slots:
    void lifecycle()
    {
        SecretStore secrets(u"ir.pishkhan.test.device"_s);
        DeviceIdentity id(secrets);
        QVERIFY(id.load());
        QVERIFY(!id.isActivated());
        QCOMPARE(id.sign("x").error().code(), u"device.not_activated"_s);
        QCOMPARE(id.token().error().code(), u"device.not_activated"_s);

        // GIVEN a pending key the backend accepted
        auto pub = id.generatePending();
        QVERIFY(pub.ok());
        QCOMPARE(QByteArray::fromBase64(pub->toLatin1()).size(), 32);
        QVERIFY(!id.isActivated()); // nothing stored yet
        QVERIFY(id.commitPending("tok_test_0123456789abcdef"));
        QVERIFY(id.isActivated());
        QCOMPARE(id.publicKeyBase64(), *pub);

        // THEN it signs, and the signature verifies with the registered public key only
        const QByteArray close = R"({"business_date":"1405-01-15","total_rial":1500000})";
        auto sig = id.sign(close);
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), 64);
        QVERIFY(DeviceIdentity::verify(id.publicKey(), close, *sig));
        QByteArray tampered = close;
        tampered[20] = '6';
        QVERIFY(!DeviceIdentity::verify(id.publicKey(), tampered, *sig));
        QVERIFY(!DeviceIdentity::verify(QByteArray(32, 'k'), close, *sig));

        // AND a fresh object (the next app start) finds the same identity in the keychain
        DeviceIdentity again(secrets);
        QVERIFY(again.load());
        QVERIFY(again.isActivated());
        QCOMPARE(again.publicKey(), id.publicKey());
        QCOMPARE(*again.token(), QByteArray("tok_test_0123456789abcdef"));
        QVERIFY(DeviceIdentity::verify(again.publicKey(), close, *again.sign(close)));
        auto seed = secrets.read(QString::fromLatin1(DeviceIdentity::kPrivateKeyEntry));
        QVERIFY(seed.ok() && seed->has_value());
        QCOMPARE((*seed)->size(), 32);

        // WHEN the device is deactivated THEN both entries are gone
        QVERIFY(again.wipe());
        QVERIFY(!again.isActivated());
        QVERIFY(!secrets.read(QString::fromLatin1(DeviceIdentity::kPrivateKeyEntry))->has_value());
        QVERIFY(!secrets.read(QString::fromLatin1(DeviceIdentity::kTokenEntry))->has_value());
        DeviceIdentity third(secrets);
        QVERIFY(third.load());
        QVERIFY(!third.isActivated());
    }

    void discardedPendingLeavesNothing()
    {
        SecretStore secrets(u"ir.pishkhan.test.device2"_s);
        DeviceIdentity id(secrets);
        QVERIFY(id.generatePending().ok());
        id.discardPending();
        QVERIFY(!id.commitPending("tok"));
        QVERIFY(!secrets.read(QString::fromLatin1(DeviceIdentity::kTokenEntry))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_device_identity.moc"
