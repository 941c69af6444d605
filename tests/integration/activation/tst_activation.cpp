// Checks 3 and 5 against a real pishkhan-sandbox over HTTPS (verified certificate + SPKI pin):
//  3. activation through ActivationService -> ApiActivationTransport -> ApiClient/HttpClient
//     (libcurl): the token and private key are in the keychain, the token works, and neither
//     is in the database file or any file under the data and log directories (raw, base64,
//     hex); deactivation wipes them.
//  5. the whole run logs at debug level through LogSink into the log directory; afterwards a
//     byte search of every log finds none of the test citizens' national codes and mobiles,
//     their one-time codes, the activation code or the token.

#include "SandboxHarness.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/AccountService.h"
#include "security/ActivationService.h"
#include "security/ApiActivationTransport.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "security/DeviceIdentity.h"
#include "security/KeyVault.h"
#include "security/LogSink.h"
#include "security/SecretStore.h"
#include "security/SettingsStore.h"
#include "security/StoreOpener.h"
#include "storage/Statement.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "pishkhan.test")

namespace {

const QString kService = u"property-file"_s;
struct Citizen
{
    QString nationalCode;
    QString mobile;
};
const QList<Citizen> kCitizens = {{u"0084575948"_s, u"09120000071"_s},
                                  {u"0499370899"_s, u"09351112233"_s}};

QList<QByteArray> forms(const QByteArray& secret)
{
    return {secret, secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            secret.toHex(), secret.toHex().toUpper()};
}

// Every file under dir, with the needle that was found in it (empty list = clean).
QStringList filesContaining(const QString& dir, const QList<QByteArray>& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << path + u" (unreadable)"_s;
            continue;
        }
        const QByteArray bytes = f.readAll();
        for (const QByteArray& n : needles) {
            if (!n.isEmpty() && bytes.contains(n))
                hits << path + u": "_s + QString::fromLatin1(n.left(6)) + u"…"_s;
        }
    }
    return hits;
}

int countFiles(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestActivation : public QObject
{
    Q_OBJECT
private slots:
    void activateUseDeactivate();
};

void TestActivation::activateUseDeactivate()
{
    test::SandboxHarness sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));

    QTemporaryDir root;
    const QString dataDir = root.filePath(u"data"_s);
    const QString logDir = root.filePath(u"logs"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(LogSink::install(logDir + u"/pishkhan-desk.log"_s, QtDebugMsg));
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    qCInfo(lcTest) << "activation test starting";

    QByteArray token;
    QByteArray seed;
    QString activationCode;
    QStringList otps;
    {
        // The app's objects, as main wires them.
        KeyVault vault(u"ir.pishkhan.test.activation"_s);
        auto store = StoreOpener::open(dataDir + u"/counter.db"_s, vault);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message()));
        Database& db = store->database();
        const SystemClock& systemClock = SystemClock::instance();
        AuditLog audit(db, systemClock);
        AccountService accounts(db, audit, systemClock, 1000);
        SettingsStore settings(db, audit, systemClock);
        QVERIFY(accounts.createFirstAdmin(u"admin"_s, u"Admin"_s, u"Counter-Admin-2026"_s));
        const Session admin = *accounts.login(u"admin"_s, u"Counter-Admin-2026"_s);

        HttpSettings hs;
        hs.baseUrl = sandbox.process().url();
        hs.caFile = sandbox.process().certPath();
        hs.pinnedPublicKey = sandbox.process().pin();
        HttpClient http(hs);
        ApiClient api(http);
        ApiActivationTransport transport(api);
        SecretStore secrets(u"ir.pishkhan.test.activation.device"_s);
        DeviceIdentity identity(secrets);
        QVERIFY(identity.load());
        ActivationService activation(identity, settings, audit, transport);
        QVERIFY(!activation.isActivated()); // training mode only

        // A wrong code is refused and leaves the device as it was.
        {
            bool done = false;
            Status result;
            activation.activate(admin, u"IF-1001"_s, u"0000-0000-0000"_s, {}, [&](Status s) {
                result = s;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
            QVERIFY(!result.ok());
            QVERIFY(!activation.isActivated());
            QVERIFY(!secrets.read(QString::fromLatin1(DeviceIdentity::kTokenEntry))->has_value());
        }

        // GIVEN a one-time activation code from the office's admin endpoint
        activationCode = sandbox.activationCode(u"IF-1001"_s);
        QVERIFY(!activationCode.isEmpty());
        // WHEN the admin activates this counter over HTTPS
        bool done = false;
        Status result;
        activation.activate(admin, u"IF-1001"_s, activationCode, u"counter 1"_s, [&](Status s) {
            result = s;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));

        // THEN the device is activated, with key and token in the keychain
        QVERIFY(activation.isActivated());
        QVERIFY(activation.deviceId().startsWith(u"dev_"_s));
        auto storedToken = secrets.read(QString::fromLatin1(DeviceIdentity::kTokenEntry));
        auto storedSeed = secrets.read(QString::fromLatin1(DeviceIdentity::kPrivateKeyEntry));
        QVERIFY(storedToken.ok() && storedToken->has_value());
        QVERIFY(storedSeed.ok() && storedSeed->has_value());
        token = **storedToken;
        seed = **storedSeed;
        QVERIFY(token.size() >= 16);
        QCOMPARE(seed.size(), 32);
        QCOMPARE(*identity.token(), token);

        // AND the backend knows this key: the token works and it reports our public key
        api.setCredentials(DeviceCredentials{activation.deviceId(), QString::fromUtf8(token)});
        api.setClerkId(admin.username);
        bool gotDevice = false;
        QString registeredKey;
        api.currentDevice([&](ApiReply<QJsonObject> r) {
            if (r)
                registeredKey = r->value(u"public_key"_s).toString();
            gotDevice = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(gotDevice, 30000);
        QCOMPARE(registeredKey, identity.publicKeyBase64());
        const QByteArray message = "day close 1405-01-15";
        QVERIFY(DeviceIdentity::verify(QByteArray::fromBase64(registeredKey.toLatin1()), message,
                                       *identity.sign(message)));

        // A second activation is refused while active.
        bool again = false;
        activation.activate(admin, u"IF-1001"_s, u"1-2-3"_s, {}, [&](Status s) {
            QCOMPARE(s.error().code(), u"device.already_activated"_s);
            again = true;
        });
        QTRY_VERIFY(again);

        // The privacy run: the citizens' one-time codes go through the real client, logging at
        // debug level all the way.
        for (const Citizen& c : kCitizens) {
            bool asked = false;
            QString challengeId;
            api.requestOtp(c.nationalCode, c.mobile, kService, [&](ApiReply<OtpChallenge> r) {
                if (r)
                    challengeId = r->challengeId;
                asked = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(asked, 30000);
            QVERIFY(!challengeId.isEmpty());
            const QString otp = sandbox.lastCode(c.mobile);
            QVERIFY(!otp.isEmpty());
            otps << otp;
            bool verified = false;
            QString consent;
            api.verifyOtp(challengeId, otp, [&](ApiReply<ConsentGrant> r) {
                if (r)
                    consent = r->token;
                verified = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(verified, 30000);
            QVERIFY(!consent.isEmpty());
            // The worst case a careless developer could write: the handler must still mask it.
            qCDebug(lcTest) << "careless line:" << c.nationalCode << c.mobile << "otp" << otp
                            << "token=" << token << "activation_code=" << activationCode;
        }

        // The audit trail records the activation without secrets.
        auto events = audit.read(admin, {{}, {}, {AuditKind::Activation}, {}, 10});
        QCOMPARE(events->size(), 1);
        QVERIFY(!events->first().detail.contains(QString::fromUtf8(token)));
        QVERIFY(!audit.verify()->failure);

        // WHEN the counter is deactivated THEN key and token leave the keychain
        QVERIFY(activation.deactivate(admin));
        QVERIFY(!activation.isActivated());
        QVERIFY(!secrets.read(QString::fromLatin1(DeviceIdentity::kTokenEntry))->has_value());
        QVERIFY(!secrets.read(QString::fromLatin1(DeviceIdentity::kPrivateKeyEntry))->has_value());
        QVERIFY(vault.removeKey()); // the test's store key, not the real one
    }
    qCInfo(lcTest) << "activation test done";
    LogSink::uninstall();
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(countFiles(dataDir) >= 1);
    QVERIFY(countFiles(logDir) >= 1);
    QFile log(logDir + u"/pishkhan-desk.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logBytes = log.readAll();
    QVERIFY2(logBytes.contains("pishkhan.net"), "the HTTP client's debug lines reached the log");
    QVERIFY(logBytes.contains("careless line"));

    // Neither secret anywhere under the data or log directories, in any form.
    QList<QByteArray> secrets = forms(token) + forms(seed);
    QCOMPARE(filesContaining(dataDir, secrets), QStringList());
    QCOMPARE(filesContaining(logDir, secrets), QStringList());

    // No citizen identifier, one-time code or activation code in any log.
    QList<QByteArray> personal;
    for (const Citizen& c : kCitizens)
        personal << forms(c.nationalCode.toUtf8()) << forms(c.mobile.toUtf8())
                 << c.mobile.mid(1).toUtf8();
    for (const QString& otp : otps)
        personal << otp.toUtf8();
    personal << activationCode.toUtf8();
    QString compactCode = activationCode;
    personal << compactCode.remove(u'-').toUtf8();
    QCOMPARE(filesContaining(logDir, personal), QStringList());
}

QTEST_GUILESS_MAIN(TestActivation)
#include "tst_activation.moc"
