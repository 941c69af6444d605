// The scheduled daily backup of the desk settings. With the setting off nothing is
// written; with it on, the first check writes a backup that opens with the store's key, a
// second check the same day writes nothing, and over several days the folder keeps only the
// retention count. A training counter (in-process sandbox, private keychain) provides the store.
#include "counter/DeskRuntime.h"
#include "ops/BackupSchedule.h"
#include "ops/DailyBackup.h"
#include "sandbox/SandboxTrainingBackend.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

class TestDailyBackup : public QObject
{
    Q_OBJECT

private slots:
    void backsUpOncePerDayAndKeepsTheRetentionCount()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"usb-stick"_s);
        DeskOptions options;
        options.dataDir = dir.filePath(u"data"_s);
        options.training = true;
        options.trainingBackend = std::make_shared<sandbox::SandboxTrainingBackend>();
        options.pbkdf2Iterations = 1000;
        DeskRuntime runtime(options);
        QVERIFY(runtime.open().ok());
        DailyBackup daily(runtime);
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 t0 = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

        // Off by default: nothing, not even the folder.
        auto off = daily.runIfDue(t0);
        QVERIFY(off.ok() && !off->has_value());
        QVERIFY(!QDir(folder).exists());

        DeskSettings s = runtime.settings();
        s.dailyBackup = true;
        s.backupDir = folder;
        s.backupRetention = 2;
        QVERIFY(runtime.saveSettings(s).ok());

        auto first = daily.runIfDue(t0);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));
        QVERIFY(first->has_value());
        // The copy is encrypted under the store key: it opens with it and holds the schema.
        Result<Database> copy =
            Database::open((*first)->filePath, *runtime.readStoreKey(), OpenMode::ReadOnly);
        QVERIFY(copy.ok());
        QVERIFY(*copy->queryInt64("PRAGMA user_version") > 0);
        QVERIFY(!Database::open((*first)->filePath, QByteArray(32, 'x'), OpenMode::ReadOnly).ok());

        auto sameDay = daily.runIfDue(t0 + 3600 * 1000);
        QVERIFY(sameDay.ok() && !sameDay->has_value());

        for (int d = 1; d <= 3; ++d) {
            auto next = daily.runIfDue(t0 + d * day);
            QVERIFY(next.ok() && next->has_value());
        }
        const QList<BackupSchedule::BackupFile> kept = BackupSchedule::list(folder, true);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.first().takenAt, t0 + 3 * day); // the newest survive
    }
};

QTEST_GUILESS_MAIN(TestDailyBackup)
#include "tst_daily_backup.moc"
