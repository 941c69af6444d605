// The RAII wrapper over the SQLCipher C API: binds, steps, transactions and errors as values.
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomKey()
{
    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void bindsAndColumnsRoundTrip();
    void namedBindOfUnknownNameFails();
    void transactionRollsBackOnScopeExit();
    void errorsCarrySqliteCode();
    void keyOfWrongSizeIsRefused();
    void reportsCipherVersion();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::bindsAndColumnsRoundTrip()
{
    auto db = Database::open(m_dir.filePath(u"binds.db"_s), randomKey());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
    QVERIFY(db->exec("CREATE TABLE t(i INTEGER, s TEXT, b BLOB, n TEXT)").ok());

    auto insert = db->prepare("INSERT INTO t VALUES(:i, :s, ?3, ?4)");
    QVERIFY(insert.ok());
    QVERIFY(insert->bindInt64(":i", 9'000'000'000'000LL).ok());
    QVERIFY(insert->bindText(":s", u"زهرا\u200cاحمدی"_s).ok());
    QVERIFY(insert->bindBlob(3, QByteArray("\0\1\2", 3)).ok());
    QVERIFY(insert->bindNull(4).ok());
    QVERIFY(insert->execute().ok());
    QCOMPARE(db->changes(), 1);

    // reset() clears bindings: a second run without binds stores NULLs, not stale values.
    QVERIFY(insert->reset().ok());
    QVERIFY(insert->execute().ok());

    auto select = db->prepare("SELECT i, s, b, n FROM t ORDER BY rowid");
    QVERIFY(select.ok());
    auto row = select->step();
    QVERIFY(row.ok() && *row);
    QCOMPARE(select->columnInt64(0), 9'000'000'000'000LL);
    QCOMPARE(select->columnText(1), u"زهرا\u200cاحمدی"_s);
    QCOMPARE(select->columnBlob(2), QByteArray("\0\1\2", 3));
    QVERIFY(select->columnIsNull(3));
    QVERIFY(select->columnText(3).isNull());
    row = select->step();
    QVERIFY(row.ok() && *row);
    QVERIFY(select->columnIsNull(0));
    row = select->step();
    QVERIFY(row.ok() && !*row);
}

void TestDatabase::namedBindOfUnknownNameFails()
{
    auto db = Database::open(m_dir.filePath(u"named.db"_s), randomKey());
    QVERIFY(db.ok());
    auto stmt = db->prepare("SELECT :a");
    QVERIFY(stmt.ok());
    const Status s = stmt->bindInt64(":b", 1);
    QVERIFY(!s.ok());
    QVERIFY(s.error().detail().contains(u":b"_s));
}

void TestDatabase::transactionRollsBackOnScopeExit()
{
    auto db = Database::open(m_dir.filePath(u"tx.db"_s), randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t(x)").ok());
    {
        auto tx = Transaction::begin(*db);
        QVERIFY(tx.ok());
        QVERIFY(db->exec("INSERT INTO t VALUES(1)").ok());
    }
    QCOMPARE(db->queryInt64("SELECT count(*) FROM t").valueOr(-1), 0);
    {
        auto tx = Transaction::begin(*db);
        QVERIFY(tx.ok());
        QVERIFY(db->exec("INSERT INTO t VALUES(1)").ok());
        QVERIFY(tx->commit().ok());
        QVERIFY(!tx->isActive());
    }
    QCOMPARE(db->queryInt64("SELECT count(*) FROM t").valueOr(-1), 1);
}

void TestDatabase::errorsCarrySqliteCode()
{
    auto db = Database::open(m_dir.filePath(u"errors.db"_s), randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t(x PRIMARY KEY)").ok());
    QVERIFY(db->exec("INSERT INTO t VALUES(1)").ok());
    const Status dup = db->exec("INSERT INTO t VALUES(1)");
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code(), u"storage.constraint"_s);
    QCOMPARE(dup.error().nativeCode() & 0xff, 19); // SQLITE_CONSTRAINT
    QVERIFY(dup.error().detail().contains(u"UNIQUE"_s));

    auto bad = db->prepare("SELEKT 1");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().nativeCode(), 1); // SQLITE_ERROR
    QVERIFY(bad.error().detail().contains(u"syntax error"_s));
}

void TestDatabase::keyOfWrongSizeIsRefused()
{
    const QString path = m_dir.filePath(u"shortkey.db"_s);
    auto db = Database::open(path, QByteArray(16, 'k'));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), u"storage.key_invalid"_s);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::reportsCipherVersion()
{
    auto db = Database::open(m_dir.filePath(u"version.db"_s), randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->isEncrypted());
    QVERIFY2(!db->cipherVersion().isEmpty(), "PRAGMA cipher_version answered nothing");
    QVERIFY(db->cipherVersion().at(0).isDigit());
    QCOMPARE(db->queryInt64("PRAGMA cipher_page_size").valueOr(0), 4096);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
