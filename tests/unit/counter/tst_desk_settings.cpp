// DeskSettings (the settings screen): the INI round trip, an older file without the backup
// keys, and the checks the settings screen relies on. No display.
#include "counter/DeskSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pishkhan {

class TestDeskSettings : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DeskSettings s;
        s.backendUrl = u"https://api.example.ir"_s;
        s.pinnedKey = u"sha256//"_s + QString(43, u'A') + u'=';
        s.proxy = u"direct"_s;
        s.officeCode = u"IF-1001"_s;
        s.counter = 3;
        s.printer = u"Thermal-80"_s;
        s.language = u"en"_s;
        s.backupDir = dir.filePath(u"backups"_s);
        s.dailyBackup = true;
        s.backupRetention = 30;
        const QString path = dir.filePath(u"desk-settings.ini"_s);
        QVERIFY(s.save(path));
        const DeskSettings back = DeskSettings::load(path);
        // The connection never goes through the file: it lives in the store.
        QVERIFY(back.backendUrl.isEmpty());
        QVERIFY(back.pinnedKey.isEmpty());
        QVERIFY(back.proxy.isEmpty());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("api.example.ir"));
        QCOMPARE(back.counter, 3);
        QCOMPARE(back.printer, s.printer);
        QCOMPARE(back.language, u"en"_s);
        QCOMPARE(back.backupDir, s.backupDir);
        QCOMPARE(back.dailyBackup, true);
        QCOMPARE(back.backupRetention, 30);
        QVERIFY(back.validate());
    }

    // A file written before the backup keys existed reads with the defaults.
    void olderFileReadsDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.ini"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[backend]\nurl=https://api.example.ir\n[office]\ncode=IF-1001\ncounter=2\n"
                   "[counter]\nlanguage=fa\n");
        file.close();
        const DeskSettings s = DeskSettings::load(path);
        QVERIFY(s.backendUrl.isEmpty()); // moved into the store, never read from the file
        QCOMPARE(s.counter, 2);
        QVERIFY(s.backupDir.isEmpty());
        QCOMPARE(s.dailyBackup, false);
        QCOMPARE(s.backupRetention, DeskSettings::kDefaultBackupRetention);
        QVERIFY(s.validate());
    }

    void checks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // empty = accepted

        QTest::newRow("url empty (training)") << u"url"_s << QString() << QString();
        QTest::newRow("url https") << u"url"_s << u"https://api.example.ir"_s << QString();
        QTest::newRow("url https port path")
            << u"url"_s << u"https://api.example.ir:8443/prefix"_s << QString();
        QTest::newRow("url http") << u"url"_s << u"http://api.example.ir"_s
                                  << u"settings.url_insecure"_s;
        QTest::newRow("url no scheme")
            << u"url"_s << u"api.example.ir"_s << u"settings.url_invalid"_s;
        QTest::newRow("url ftp") << u"url"_s << u"ftp://api.example.ir"_s
                                 << u"settings.url_invalid"_s;
        QTest::newRow("url words") << u"url"_s << u"not a url"_s << u"settings.url_invalid"_s;
        QTest::newRow("url user info")
            << u"url"_s << u"https://user:pw@api.example.ir"_s << u"settings.url_invalid"_s;

        const QString good = u"sha256//"_s + QString(43, u'A') + u'=';
        QTest::newRow("pin empty") << u"pin"_s << QString() << QString();
        QTest::newRow("pin good") << u"pin"_s << good << QString();
        QTest::newRow("pin two") << u"pin"_s << good + u';' + good << QString();
        QTest::newRow("pin no prefix")
            << u"pin"_s << QString(43, u'A') + u'=' << u"settings.pin_invalid"_s;
        QTest::newRow("pin short") << u"pin"_s << u"sha256//AAAA"_s << u"settings.pin_invalid"_s;
        QTest::newRow("pin not base64")
            << u"pin"_s << u"sha256//"_s + QString(43, u'!') + u'=' << u"settings.pin_invalid"_s;

        QTest::newRow("proxy system") << u"proxy"_s << QString() << QString();
        QTest::newRow("proxy direct") << u"proxy"_s << u"direct"_s << QString();
        QTest::newRow("proxy http") << u"proxy"_s << u"http://proxy.example.ir:3128"_s << QString();
        QTest::newRow("proxy socks5") << u"proxy"_s << u"socks5://10.0.0.1:1080"_s << QString();
        QTest::newRow("proxy no port")
            << u"proxy"_s << u"http://proxy.example.ir"_s << u"settings.proxy_invalid"_s;
        QTest::newRow("proxy words") << u"proxy"_s << u"my proxy"_s << u"settings.proxy_invalid"_s;

        QTest::newRow("ca missing") << u"ca"_s << u"/nonexistent/ca.pem"_s << u"settings.ca_file"_s;
        QTest::newRow("language de") << u"language"_s << u"de"_s << u"settings.language"_s;
        QTest::newRow("retention 0") << u"retention"_s << u"0"_s << u"settings.backup_retention"_s;
        QTest::newRow("retention 366")
            << u"retention"_s << u"366"_s << u"settings.backup_retention"_s;
        QTest::newRow("retention 365") << u"retention"_s << u"365"_s << QString();
        QTest::newRow("daily without folder")
            << u"daily"_s << QString() << u"settings.backup_folder"_s;
        QTest::newRow("daily with folder") << u"daily"_s << u"/var/backups/pishkhan"_s << QString();
    }

    void checks()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, error);
        DeskSettings s;
        if (field == u"url")
            s.backendUrl = value;
        else if (field == u"pin")
            s.pinnedKey = value;
        else if (field == u"proxy")
            s.proxy = value;
        else if (field == u"ca")
            s.caFile = value;
        else if (field == u"language")
            s.language = value;
        else if (field == u"retention")
            s.backupRetention = value.toInt();
        else if (field == u"daily") {
            s.dailyBackup = true;
            s.backupDir = value;
        }
        const Status ok = s.validate();
        if (error.isEmpty()) {
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message()));
        } else {
            QVERIFY(!ok);
            QCOMPARE(ok.error().code(), error);
            QVERIFY(!ok.error().userMessage().isEmpty());
        }
    }
};

} // namespace pishkhan

QTEST_GUILESS_MAIN(pishkhan::TestDeskSettings)
#include "tst_desk_settings.moc"
