// A wrong key, a file that is not a database, a plaintext SQLite file and truncated
// stores are refused with an error naming the file, and the file (and its -wal) stays
// byte-for-byte as it was. moveAside() is the one way to start a new store after that.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    for (char& c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A closed store holding some rows, several pages long.
bool makeStore(const QString& path, const QByteArray& key, int rows = 100)
{
    auto store = LocalStore::open(path, key);
    if (!store)
        return false;
    OutboxStore outbox(store->database());
    for (int i = 0; i < rows; ++i)
        if (!outbox.enqueue(sampleEntry(), 1000 + i).ok())
            return false;
    return true;
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void wrongKeyLeavesClosedStoreUntouched();
    void wrongKeyLeavesCrashedStoreAndWalUntouched();
    void badFileIsRefusedAndKept_data();
    void badFileIsRefusedAndKept();
    void moveAsideMovesCompanionsAndNeverOverwrites();
    void moveAsideOfMissingFileFails();

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString nextPath() { return m_dir.filePath(u"bad-%1/store.db"_s.arg(++m_serial)); }
};

void TestBadFiles::wrongKeyLeavesClosedStoreUntouched()
{
    const QString path = nextPath();
    const QByteArray key = randomKey();
    QVERIFY(makeStore(path, key));
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QByteArray before = fileHash(path);

    auto wrong = LocalStore::open(path, randomKey());
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code(), u"storage.wrong_key"_s);
    QVERIFY2(wrong.error().message().contains(path), qPrintable(wrong.error().message()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(fileHash(path + u"-wal"_s), QByteArrayLiteral("<missing>"));

    auto right = LocalStore::open(path, key);
    QVERIFY(right.ok());
    QCOMPARE(right->database().queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 100);
}

void TestBadFiles::wrongKeyLeavesCrashedStoreAndWalUntouched()
{
    // GIVEN a store as a crash leaves it: committed rows still only in the -wal. Copying the
    // files of an open store is exactly that state.
    const QString livePath = nextPath();
    const QString path = nextPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray key = randomKey();
    {
        auto store = LocalStore::open(livePath, key);
        QVERIFY(store.ok());
        OutboxStore outbox(store->database());
        for (int i = 0; i < 50; ++i)
            QVERIFY(outbox.enqueue(sampleEntry(), 1000 + i).ok());
        QVERIFY(QFileInfo(livePath + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(livePath, path));
        QVERIFY(QFile::copy(livePath + u"-wal"_s, path + u"-wal"_s));
    }
    const QByteArray dbBefore = fileHash(path);
    const QByteArray walBefore = fileHash(path + u"-wal"_s);

    // WHEN it is opened with another key
    auto wrong = LocalStore::open(path, randomKey());

    // THEN it is refused and neither file changed: no checkpoint, no WAL reset
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code(), u"storage.wrong_key"_s);
    QVERIFY(wrong.error().message().contains(path));
    QCOMPARE(fileHash(path), dbBefore);
    QCOMPARE(fileHash(path + u"-wal"_s), walBefore);

    // and the right key still recovers every committed row from the WAL
    auto right = LocalStore::open(path, key);
    QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : describeError(right.error())));
    QCOMPARE(right->database().queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 50);
}

void TestBadFiles::badFileIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("random bytes, not whole pages")
        << u"random-odd"_s << u"storage.not_a_database"_s;
    // Whole pages of noise look exactly like an encrypted file under another key.
    QTest::newRow("random bytes, whole pages") << u"random-pages"_s << u"storage.wrong_key"_s;
    QTest::newRow("text file") << u"text"_s << u"storage.not_a_database"_s;
    QTest::newRow("plaintext SQLite") << u"plain"_s << u"storage.plaintext_database"_s;
    // Page 1 still decrypts, so the key is right; quick_check finds the missing pages.
    QTest::newRow("truncated mid-page") << u"truncated-odd"_s << u"storage.corrupt"_s;
    QTest::newRow("truncated to whole pages") << u"truncated-pages"_s << u"storage.corrupt"_s;
}

void TestBadFiles::badFileIsRefusedAndKept()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedCode);
    const QString path = nextPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QByteArray key = randomKey();

    // GIVEN a bad file where the store should be
    if (kind == u"random-odd"_s) {
        QVERIFY(writeFile(path, randomBytes(10'000)));
    } else if (kind == u"random-pages"_s) {
        QVERIFY(writeFile(path, randomBytes(3 * 4096)));
    } else if (kind == u"text"_s) {
        QVERIFY(writeFile(path, "Isfahan counter notes\nnot a database\n"));
    } else if (kind == u"plain"_s) {
        auto plain = Database::open(path, QByteArray());
        QVERIFY(plain.ok());
        QVERIFY(plain->exec("CREATE TABLE t(x); INSERT INTO t VALUES(1);").ok());
    } else {
        QVERIFY(makeStore(path, key, 300));
        QFile file(path);
        QVERIFY(file.size() > 4 * 4096);
        QVERIFY(file.resize(kind == u"truncated-odd"_s ? 5000 : 2 * 4096));
    }
    const QByteArray before = fileHash(path);

    // WHEN the store is opened
    auto store = LocalStore::open(path, key);

    // THEN a clear error names the file, the file is unchanged and not replaced
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), expectedCode);
    QVERIFY2(store.error().message().contains(path), qPrintable(store.error().message()));
    QVERIFY(!store.error().userMessage().isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(fileHash(path + u"-wal"_s), QByteArrayLiteral("<missing>"));
    QCOMPARE(fileHash(path + u"-shm"_s), QByteArrayLiteral("<missing>"));

    // and a second attempt is refused the same way: nothing was "repaired" in between
    auto again = LocalStore::open(path, key);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), expectedCode);

    // WHEN the file is moved aside THEN a new store starts and the bad file is kept as it was
    const QDateTime when(QDate(2024, 3, 20), QTime(8, 30, 5), Qt::UTC);
    auto moved = LocalStore::moveAside(path, when);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : describeError(moved.error())));
    QCOMPARE(*moved, path + u".broken-20240320T083005Z"_s);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(fileHash(*moved), before);
    auto fresh = LocalStore::open(path, key);
    QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : describeError(fresh.error())));
    QCOMPARE(fresh->report().outcome, StoreReport::Outcome::Created);
}

void TestBadFiles::moveAsideMovesCompanionsAndNeverOverwrites()
{
    const QString path = nextPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QDateTime when(QDate(2024, 3, 20), QTime(8, 30, 5), Qt::UTC);
    QVERIFY(writeFile(path, "first"));
    QVERIFY(writeFile(path + u"-wal"_s, "wal"));
    QVERIFY(writeFile(path + u"-shm"_s, "shm"));
    auto first = LocalStore::moveAside(path, when);
    QVERIFY(first.ok());
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    QCOMPARE(fileHash(*first + u"-wal"_s),
             QCryptographicHash::hash("wal", QCryptographicHash::Sha256).toHex());
    QVERIFY(QFile::exists(*first + u"-shm"_s));

    // Same second, second failure: a new name, the first evidence kept.
    QVERIFY(writeFile(path, "second"));
    auto second = LocalStore::moveAside(path, when);
    QVERIFY(second.ok());
    QVERIFY(*second != *first);
    QCOMPARE(fileHash(*first),
             QCryptographicHash::hash("first", QCryptographicHash::Sha256).toHex());
    QCOMPARE(fileHash(*second),
             QCryptographicHash::hash("second", QCryptographicHash::Sha256).toHex());
}

void TestBadFiles::moveAsideOfMissingFileFails()
{
    auto moved = LocalStore::moveAside(nextPath());
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code(), u"storage.move_aside_failed"_s);
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_bad_files.moc"
