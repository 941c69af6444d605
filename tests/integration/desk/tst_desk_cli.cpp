// The pishkhan-desk executable as an office's IT person meets it before the counter UI exists:
// --version, creating and reopening the store, and refusing a damaged file.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDeskCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Without a flag pishkhan-desk opens its window; --check-store is the report without one.
    static Run run(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(PISHKHAN_DESK_EXE),
                      args.contains(u"--version"_s) ? args
                                                    : args + QStringList{u"--check-store"_s});
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QByteArray sha256(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void versionNamesEveryComponent()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Pishkhan Desk " PISHKHAN_VERSION), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\nQt 6."_s));
        QVERIFY2(r.out.contains(u"\nSQLCipher 3."_s) || r.out.contains(u"\nSQLCipher 4."_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"\nlibcurl "_s));
        QVERIFY(r.out.contains(u"\nStore schema v"_s));
    }

    void createsThenReopensTheStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Run first = run({u"--data-dir"_s, dir.path()});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.startsWith(u"created new store"_s), qPrintable(first.out));
        QVERIFY(first.out.contains(u"queued=0"_s));

        const Run second = run({u"--data-dir"_s, dir.path()});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith(u"opened existing store"_s), qPrintable(second.out));
    }

    void trainingModeUsesItsOwnStore()
    {
        QTemporaryDir dir;
        QCOMPARE(run({u"--data-dir"_s, dir.path()}).exitCode, 0);
        const Run training = run({u"--data-dir"_s, dir.path(), u"--training"_s});
        QCOMPARE(training.exitCode, 0);
        QVERIFY(training.out.contains(u"training-store.db"_s));
        QVERIFY(training.out.contains(u"(training mode)"_s));
        QVERIFY(QFile::exists(dir.filePath(u"pishkhan-store.db"_s)));
    }

    void damagedStoreIsLeftAloneUntilMovedAside()
    {
        QTemporaryDir dir;
        QCOMPARE(run({u"--data-dir"_s, dir.path()}).exitCode, 0);
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
        }
        const QByteArray before = sha256(path);

        const Run refused = run({u"--data-dir"_s, dir.path()});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(path), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--move-aside"_s));
        QCOMPARE(sha256(path), before);

        const Run moved = run({u"--data-dir"_s, dir.path(), u"--move-aside"_s});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY2(moved.out.contains(u"moved the old store aside"_s), qPrintable(moved.out));
        QVERIFY(moved.out.contains(u"created new store"_s));
        const QStringList aside = QDir(dir.path()).entryList({u"pishkhan-store.db.broken-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(sha256(dir.filePath(aside.first())), before);
    }
};

QTEST_GUILESS_MAIN(TestDeskCli)
#include "tst_desk_cli.moc"
