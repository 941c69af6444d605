// A live counter's first administrator is created only in a store that was itself activated
// with the municipality's one-time code. After an unreadable store is moved aside on an
// activated counter, the keychain still holds the device's credentials and the settings its
// office; the new, empty store must not take them as its activation — otherwise whoever is at
// the keyboard makes themselves administrator and the receipt numbers start again. Against a
// pishkhan-sandbox process over TLS; the move-aside is the real pishkhan-desk executable.
#include "SandboxHarness.h"

#include "counter/DeskRuntime.h"
#include "counter/DeskSettings.h"
#include "security/AccountService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using pishkhan::test::SandboxHarness;

namespace {

const QString kPassword = u"Gol-e-Yakh-1404"_s;

qint64 accountCount(DeskRuntime& runtime)
{
    return runtime.database().queryInt64("SELECT count(*) FROM accounts").valueOr(-1);
}

} // namespace

class TestFirstAdminActivation : public QObject
{
    Q_OBJECT

private slots:
    void movedAsideStoreNeedsAFreshActivation()
    {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        DeskSettings live;
        live.backendUrl = sandbox.process().url();
        live.caFile = sandbox.process().certPath();
        live.pinnedKey = sandbox.process().pin();
        live.proxy = u"direct"_s;
        QVERIFY(live.save(QDir(dir.path()).filePath(u"desk-settings.ini"_s)));
        DeskOptions options;
        options.dataDir = dir.path();
        options.training = false;
        options.pbkdf2Iterations = 1000;
        // The connection reaches a new live store the way the first-run dialog hands it over;
        // the settings file never carries the address.
        options.firstRunConnection = live;

        // GIVEN an activated live counter with its administrator.
        QString firstDevice;
        {
            DeskRuntime runtime(options);
            QVERIFY(runtime.open().ok());
            QSignalSpy needed(&runtime, &DeskRuntime::activationNeeded);
            runtime.start();
            QCOMPARE(needed.size(), 1);
            // Not before the activation either.
            auto early = runtime.accounts().createFirstAdmin(u"sara"_s, u"Sara"_s, kPassword);
            QVERIFY(!early.ok());
            QCOMPARE(early.error().code(), u"auth.activation_required"_s);
            runtime.activate(u"IF-1001"_s, sandbox.activationCode(u"IF-1001"_s));
            QTRY_VERIFY_WITH_TIMEOUT(runtime.isReady(), 15000);
            auto admin = runtime.accounts().createFirstAdmin(u"sara"_s, u"Sara"_s, kPassword);
            QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message()));
            firstDevice = runtime.settings().deviceId;
            QVERIFY(!firstDevice.isEmpty());
        }

        // WHEN its store becomes unreadable and is moved aside.
        const QString path = QDir(dir.path()).filePath(u"pishkhan-store.db"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
        }
        QProcess desk;
        desk.start(QStringLiteral(PISHKHAN_DESK_EXE),
                   {u"--data-dir"_s, dir.path(), u"--check-store"_s, u"--move-aside"_s});
        QVERIFY(desk.waitForFinished(30000));
        QCOMPARE(desk.exitCode(), 0);

        // THEN the new store asks for a new activation before anyone becomes administrator.
        DeskRuntime runtime(options);
        QVERIFY(runtime.open().ok());
        QSignalSpy needed(&runtime, &DeskRuntime::activationNeeded);
        runtime.start();
        QCOMPARE(needed.size(), 1);
        QVERIFY(!runtime.isReady());
        auto refused = runtime.accounts().createFirstAdmin(u"mallory"_s, u"Mallory"_s, kPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), u"auth.activation_required"_s);
        QCOMPARE(accountCount(runtime), qint64(0));

        // A fresh one-time code from the municipality activates the new store; then the first
        // administrator can be created.
        runtime.activate(u"IF-1001"_s, sandbox.activationCode(u"IF-1001"_s));
        QTRY_VERIFY_WITH_TIMEOUT(runtime.isReady(), 15000);
        QVERIFY(runtime.settings().deviceId != firstDevice);
        auto admin = runtime.accounts().createFirstAdmin(u"sara"_s, u"Sara"_s, kPassword);
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message()));
        QCOMPARE(accountCount(runtime), qint64(1));
    }
};

QTEST_MAIN(TestFirstAdminActivation)
#include "tst_first_admin_activation.moc"
