// pishkhan-desk --move-aside is the way past a store that cannot be opened, and nothing else:
// a store that opens normally is refused with its reason and left byte-for-byte as it was (on
// an activated counter, moving a readable store aside would hand whoever is at the keyboard an
// empty store to make themselves administrator of); a store that fails to open (not a
// database, wrong key) is renamed, its bytes kept, and a new store started. A store that needs
// the pending key of an interrupted key change is finished instead of moved.
// Runs the real executable in a private keyring session.
#include "security/KeyVault.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PISHKHAN_DESK_EXE), args);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// What the data folder holds, with each file's hash: a refusal must leave all of it alone.
QMap<QString, QByteArray> folder(const QString& dir)
{
    QMap<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files))
        files.insert(name, sha256(QDir(dir).filePath(name)));
    return files;
}

KeyVault storeVault()
{
    return KeyVault(KeyVault::defaultService(), KeyVault::defaultKeyName());
}

} // namespace

class TestDeskMoveAside : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Every case starts with no store key, as on a new PC.
        KeyVault vault = storeVault();
        QVERIFY(vault.removeKey().ok());
        QVERIFY(KeyVault(vault.service(), vault.keyName() + u".next"_s).removeKey().ok());
    }

    void readableStoreIsNotMovedAside_data()
    {
        QTest::addColumn<bool>("window");
        QTest::newRow("--check-store --move-aside") << false;
        QTest::newRow("--move-aside (window)") << true;
    }

    void readableStoreIsNotMovedAside()
    {
        QFETCH(bool, window);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A live counter's settings, so the window run opens the live store.
        {
            QFile ini(dir.filePath(u"desk-settings.ini"_s));
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[backend]\nurl=https://127.0.0.1:9/\n");
        }
        QCOMPARE(run({u"--data-dir"_s, dir.path(), u"--check-store"_s}).exitCode, 0);
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        QVERIFY(QFile::exists(path));
        const QMap<QString, QByteArray> before = folder(dir.path());

        QStringList args{u"--data-dir"_s, dir.path(), u"--move-aside"_s};
        if (!window)
            args << u"--check-store"_s;
        const Run refused = run(args);
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains(u"opens normally"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QDir::toNativeSeparators(path)), qPrintable(refused.err));
        // Nothing renamed, nothing written (a log file may appear; the store files may not
        // change).
        QMap<QString, QByteArray> after = folder(dir.path());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QVERIFY(QDir(dir.path()).entryList({u"*.broken-*"_s}).isEmpty());
    }

    void unreadableStoreIsMovedAsideIntact_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("not a database") << u"garbage"_s;
        QTest::newRow("wrong key in the keychain") << u"wrong-key"_s;
    }

    void unreadableStoreIsMovedAsideIntact()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        QCOMPARE(run({u"--data-dir"_s, dir.path(), u"--check-store"_s}).exitCode, 0);
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        if (damage == u"garbage"_s) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, 'x'));
        } else {
            KeyVault vault = storeVault();
            auto other = KeyVault::generateKey();
            QVERIFY(other.ok());
            QVERIFY(vault.writeKey(*other).ok());
        }
        const QByteArray before = sha256(path);

        const Run moved = run({u"--data-dir"_s, dir.path(), u"--check-store"_s, u"--move-aside"_s});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY2(moved.out.contains(u"moved the old store aside"_s), qPrintable(moved.out));
        QVERIFY(moved.out.contains(u"created new store"_s));
        const QStringList aside = QDir(dir.path()).entryList({u"pishkhan-store.db.broken-*"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(sha256(dir.filePath(aside.first())), before);
    }

    // A key change interrupted between the rekey and the keychain update: the store needs the
    // pending key. That is a store to finish, not one to move aside.
    void interruptedKeyChangeIsFinishedNotMovedAside()
    {
        QTemporaryDir dir;
        QCOMPARE(run({u"--data-dir"_s, dir.path(), u"--check-store"_s}).exitCode, 0);
        const QString path = dir.filePath(u"pishkhan-store.db"_s);
        KeyVault vault = storeVault();
        const QByteArray oldKey = *vault.readExistingKey();
        const QByteArray newKey = *KeyVault::generateKey();
        // The steps of a rotation done by hand, stopped where a crash would stop it. The
        // pending entry has the format of a build that did not record which store it was for.
        QVERIFY(KeyVault(vault.service(), vault.keyName() + u".next"_s).writeKey(newKey).ok());
        {
            auto db = Database::open(path, oldKey);
            QVERIFY(db.ok());
            QVERIFY(db->exec("PRAGMA journal_mode = DELETE").ok());
            QVERIFY(db->rekey(newKey).ok());
        }
        const QByteArray before = sha256(path);

        const Run refused =
            run({u"--data-dir"_s, dir.path(), u"--check-store"_s, u"--move-aside"_s});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains(u"opens normally"_s), qPrintable(refused.err));
        QCOMPARE(sha256(path), before);
        QVERIFY(QDir(dir.path()).entryList({u"*.broken-*"_s}).isEmpty());
        QCOMPARE(*vault.readExistingKey(), newKey);
        QVERIFY(!KeyVault(vault.service(), vault.keyName() + u".next"_s).readKey()->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDeskMoveAside)
#include "tst_desk_move_aside.moc"
