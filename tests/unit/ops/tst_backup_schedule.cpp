// When the daily backup is due, and which old backups retention removes.
#include "ops/BackupSchedule.h"
#include "ops/StoreBackup.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

qint64 tehran(int y, int m, int d, int hh, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(QByteArrayLiteral("Asia/Tehran")))
        .toMSecsSinceEpoch();
}

void touch(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}

} // namespace

class TestBackupSchedule : public QObject
{
    Q_OBJECT

private slots:
    void isDue_data();
    void isDue();
    void listsNewestFirstAndPrunes();
};

void TestBackupSchedule::isDue_data()
{
    QTest::addColumn<int>("hour");
    QTest::addColumn<qint64>("last"); // -1 = none
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("due");
    const qint64 now = tehran(2025, 3, 22, 10);
    QTest::newRow("never backed up") << 0 << qint64(-1) << now << true;
    QTest::newRow("earlier today") << 0 << tehran(2025, 3, 22, 8) << now << false;
    QTest::newRow("yesterday evening") << 0 << tehran(2025, 3, 21, 23, 30) << now << true;
    // 00:30 Tehran is still the previous day in UTC: the office's day counts, not UTC's.
    QTest::newRow("just after local midnight")
        << 0 << tehran(2025, 3, 21, 23, 50) << tehran(2025, 3, 22, 0, 30) << true;
    QTest::newRow("before the set hour") << 18 << tehran(2025, 3, 21, 19) << now << false;
    QTest::newRow("after the set hour") << 9 << tehran(2025, 3, 21, 19) << now << true;
    QTest::newRow("last one dated in the future") << 0 << now + 3 * 3600 * 1000 << now << true;
    QTest::newRow("a few minutes ahead (clock drift)") << 0 << now + 5 * 60 * 1000 << now << false;
}

void TestBackupSchedule::isDue()
{
    QFETCH(int, hour);
    QFETCH(qint64, last);
    QFETCH(qint64, now);
    QFETCH(bool, due);
    const BackupSchedule schedule(hour, QTimeZone(QByteArrayLiteral("Asia/Tehran")));
    QCOMPARE(schedule.isDue(last < 0 ? std::nullopt : std::optional<qint64>(last), now), due);
}

void TestBackupSchedule::listsNewestFirstAndPrunes()
{
    QTemporaryDir dir;
    const qint64 base = tehran(2025, 3, 1, 12);
    QList<QString> made;
    for (int day = 0; day < 6; ++day) {
        const QString path =
            dir.filePath(StoreBackup::fileNameFor(base + day * 86'400'000LL, false));
        touch(path);
        touch(path.chopped(3) + u".json"_s);
        made += path;
    }
    touch(dir.filePath(StoreBackup::fileNameFor(base, true))); // training: another series
    touch(dir.filePath(u"notes.db"_s));                        // not ours: never touched

    const auto files = BackupSchedule::list(dir.path());
    QCOMPARE(files.size(), 6);
    QCOMPARE(files.first().path, made.last());
    QCOMPARE(files.first().takenAt, base + 5 * 86'400'000LL);
    QCOMPARE(BackupSchedule::lastBackupAt(dir.path()), std::optional<qint64>(files[0].takenAt));

    const auto removed = BackupSchedule::prune(dir.path(), 4);
    QVERIFY(removed.ok());
    QCOMPARE(removed->size(), 2);
    QVERIFY(!QFile::exists(made[0]) && !QFile::exists(made[0].chopped(3) + u".json"_s));
    QVERIFY(!QFile::exists(made[1]));
    for (int i = 2; i < 6; ++i)
        QVERIFY(QFile::exists(made[i]) && QFile::exists(made[i].chopped(3) + u".json"_s));
    QVERIFY(QFile::exists(dir.filePath(StoreBackup::fileNameFor(base, true))));
    QVERIFY(QFile::exists(dir.filePath(u"notes.db"_s)));
    // keep < 1 still keeps the newest.
    QVERIFY(BackupSchedule::prune(dir.path(), 0).ok());
    QCOMPARE(BackupSchedule::list(dir.path()).size(), 1);
}

QTEST_GUILESS_MAIN(TestBackupSchedule)
#include "tst_backup_schedule.moc"
