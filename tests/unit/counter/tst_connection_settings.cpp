// Settings an attacker cannot redirect: a live counter's backend address, pin, CA file and
// proxy live in the encrypted store, change only with ChangeSettings and an audit event, are
// moved out of the INI file once and ignored there afterwards; a live address needs a pin; a
// CA file adds to the system's CAs.
#include "../security/SecurityTestSupport.h"

#include "counter/ConnectionSettingsStore.h"
#include "counter/DeskSettings.h"
#include "net/CaBundle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPin = u"sha256//"_s + QString::fromLatin1(QByteArray(32, 'k').toBase64());
const QString kEvilPin = u"sha256//"_s + QString::fromLatin1(QByteArray(32, 'e').toBase64());

void writeAttackerIni(const QString& path)
{
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(u"backend/url"_s, u"https://evil.example"_s);
    ini.setValue(u"backend/pin"_s, kEvilPin);
    ini.setValue(u"backend/ca_file"_s, u"/tmp/evil-ca.pem"_s);
    ini.setValue(u"backend/proxy"_s, u"http://evil.example:3128"_s);
    ini.setValue(u"counter/printer"_s, u"Thermal-80"_s);
    ini.sync();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Counter
{
    SecurityFixture f;
    std::unique_ptr<ConnectionSettingsStore> connection;

    bool open()
    {
        if (!f.open())
            return false;
        connection = std::make_unique<ConnectionSettingsStore>(*f.settings);
        return true;
    }
    QString iniPath() const { return f.dir.filePath(u"desk-settings.ini"_s); }

    // The whole settings table and the audit trail's length: "unchanged" means these match.
    QString footprint()
    {
        auto stmt = f.db().prepare("SELECT key || '=' || value FROM settings ORDER BY key");
        QStringList rows;
        if (stmt)
            rows = stmt->collect([](const Row& r) { return r.text(0); }).valueOr({});
        return rows.join(u'\n') + u"\naudit="_s +
               QString::number(f.db().queryInt64("SELECT COUNT(*) FROM audit_events").valueOr(-1));
    }

    DeskSettings effective()
    {
        DeskSettings s = DeskSettings::load(iniPath());
        if (!connection->migrateFromIni(iniPath()))
            qWarning("migration failed");
        if (!connection->load(s))
            qWarning("load failed");
        return s;
    }
};

DeskSettings liveSettings(const QString& url)
{
    DeskSettings s;
    s.backendUrl = url;
    s.pinnedKey = kPin;
    s.proxy = u"direct"_s;
    return s;
}

} // namespace

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void iniCannotRedirectTheCounter()
    {
        Counter c;
        QVERIFY(c.open());
        QVERIFY(c.connection->migrateFromIni(c.iniPath())); // a counter already migrated
        QVERIFY(c.connection->save(c.f.adminSession(), liveSettings(u"https://api.example.ir"_s)));

        // WHEN someone with file access points the INI at their server
        writeAttackerIni(c.iniPath());
        QCOMPARE(DeskSettings::load(c.iniPath()).backendUrl, QString());
        const QString before = c.footprint();
        const DeskSettings used = c.effective();

        // THEN the counter still uses the stored connection, and the file forgets the attempt
        QCOMPARE(used.backendUrl, u"https://api.example.ir"_s);
        QCOMPARE(used.pinnedKey, kPin);
        QCOMPARE(used.proxy, u"direct"_s);
        QVERIFY(used.caFile.isEmpty());
        QCOMPARE(used.printer, u"Thermal-80"_s); // display preferences stay in the file
        QCOMPARE(c.footprint(), before);
        QVERIFY(!fileBytes(c.iniPath()).contains("evil"));
    }

    void oldIniIsMigratedOnce()
    {
        Counter c;
        QVERIFY(c.open());
        {
            QSettings ini(c.iniPath(), QSettings::IniFormat);
            ini.setValue(u"backend/url"_s, u"https://api.example.ir"_s);
            ini.setValue(u"backend/pin"_s, kPin);
            ini.setValue(u"backend/proxy"_s, u"direct"_s);
            ini.sync();
        }
        QVERIFY(DeskSettings::load(c.iniPath()).liveBackend); // an old file says live by its URL
        const DeskSettings migrated = c.effective();
        QCOMPARE(migrated.backendUrl, u"https://api.example.ir"_s);
        QCOMPARE(migrated.pinnedKey, kPin);
        QVERIFY(!fileBytes(c.iniPath()).contains("api.example.ir"));
        QVERIFY(DeskSettings::load(c.iniPath()).liveBackend); // and still says live afterwards
        QCOMPARE(c.f.db()
                     .queryInt64("SELECT COUNT(*) FROM audit_events WHERE kind = "
                                 "'settings_changed' AND detail LIKE '%ini_migration%'")
                     .valueOr(-1),
                 qint64(4)); // url, pin, proxy and the marker

        // Written back into the file later, the values are ignored.
        writeAttackerIni(c.iniPath());
        const QString before = c.footprint();
        QCOMPARE(c.effective().backendUrl, u"https://api.example.ir"_s);
        QCOMPARE(c.footprint(), before);
    }

    void changeWithoutPermissionIsRefused_data()
    {
        QTest::addColumn<int>("role"); // -1 = logged out
        QTest::newRow("clerk") << int(Role::Clerk);
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("logged out") << -1;
    }

    void changeWithoutPermissionIsRefused()
    {
        QFETCH(int, role);
        Counter c;
        QVERIFY(c.open());
        QVERIFY(c.connection->save(c.f.adminSession(), liveSettings(u"https://api.example.ir"_s)));
        const Session who = role < 0 ? Session{} : c.f.sessionFor(Role(role));
        const QString before = c.footprint();
        const Status s = c.connection->save(who, liveSettings(u"https://evil.example"_s));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), u"auth.forbidden"_s);
        QCOMPARE(c.footprint(), before);
    }

    void changeWithPermissionIsAudited()
    {
        Counter c;
        QVERIFY(c.open());
        const Session admin = c.f.adminSession();
        QVERIFY(c.connection->save(admin, liveSettings(u"https://api.example.ir"_s)));
        QVERIFY(c.connection->save(admin, liveSettings(u"https://api2.example.ir"_s)));
        auto detail = c.f.db().queryText(
            "SELECT detail FROM audit_events WHERE kind = 'settings_changed' AND subject = "
            "'backend.url' ORDER BY seq DESC LIMIT 1");
        QVERIFY(detail.ok());
        QVERIFY2(detail->contains(u"https://api.example.ir"_s) &&
                     detail->contains(u"https://api2.example.ir"_s),
                 qPrintable(*detail));
        QCOMPARE(c.f.db()
                     .queryText("SELECT username FROM audit_events WHERE subject = 'backend.url' "
                                "ORDER BY seq DESC LIMIT 1")
                     .valueOr({}),
                 u"admin"_s);
    }

    void liveWithoutPinIsRefused()
    {
        Counter c;
        QVERIFY(c.open());
        const Session admin = c.f.adminSession();
        DeskSettings noPin = liveSettings(u"https://api.example.ir"_s);
        noPin.pinnedKey.clear();
        const QString before = c.footprint();
        const Status s = c.connection->save(admin, noPin);
        QVERIFY(!s);
        QCOMPARE(s.error().code(), u"settings.pin_required"_s);
        QCOMPARE(c.footprint(), before);
        QCOMPARE(ConnectionSettingsStore::checkLive(noPin).error().code(),
                 u"settings.pin_required"_s);
        QVERIFY(ConnectionSettingsStore::checkLive(DeskSettings{})); // training: no address
    }

    void caFileAddsToTheSystemStore()
    {
        const QString system = CaBundle::systemBundlePath();
        if (system.isEmpty() || !QFile::exists(system))
            QSKIP("this libcurl has no default CA bundle");
        const QByteArray systemPem = fileBytes(system);
        QVERIFY(CaBundle::certificateCount(systemPem) > 10);
        // The office's CA: any one certificate will do.
        const qsizetype end = systemPem.indexOf("-----END CERTIFICATE-----");
        const qsizetype begin = systemPem.lastIndexOf("-----BEGIN CERTIFICATE-----", end);
        QTemporaryDir dir;
        const QString officeCa = dir.filePath(u"office-ca.pem"_s);
        {
            QFile f(officeCa);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(systemPem.mid(begin, end - begin + 25) + '\n');
        }
        auto bundle = CaBundle::combined(system, officeCa);
        QVERIFY(bundle.ok());
        QVERIFY(bundle->startsWith(systemPem.trimmed()));
        QCOMPARE(CaBundle::certificateCount(*bundle), CaBundle::certificateCount(systemPem) + 1);

        // A file without a certificate is refused rather than silently trusted as nothing.
        const QString empty = dir.filePath(u"empty.pem"_s);
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a certificate\n");
        }
        auto refused = CaBundle::combined(system, empty);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), u"net.ca_file"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connection_settings.moc"
