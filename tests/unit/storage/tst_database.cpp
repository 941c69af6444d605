// The RAII wrapper over the SQLCipher C API: binds, steps, transactions and errors as values.
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomKey()
{
    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

// The bind values the data-driven tests name, one of each kind SqlValue converts from.
SqlValue valueOfKind(const QString& kind)
{
    if (kind == u"int64"_s)
        return qint64(9'000'000'000'000LL);
    if (kind == u"int"_s)
        return -7;
    if (kind == u"text"_s)
        return u"زهرا\u200cاحمدی"_s;
    if (kind == u"emptyText"_s)
        return u""_s;
    if (kind == u"blob"_s)
        return QByteArray("\0\1\2", 3);
    if (kind == u"nullText"_s)
        return QString();
    if (kind == u"nullopt"_s)
        return std::nullopt;
    if (kind == u"optionalInt"_s)
        return std::optional<qint64>(42);
    if (kind == u"emptyOptional"_s)
        return std::optional<QString>();
    return {};
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
    void bindAllPositional_data();
    void bindAllPositional();
    void bindAllNamed_data();
    void bindAllNamed();
    void bindAllStopsAtTheFirstFailure();
    void executeWithValuesIsReadyToRunAgain();
    void collectReadsEveryRow();
    void firstReadsOneRowOrNone();
    void forEachRowStopsOnAFailedVisit();
    void rawColumnsReadWithoutACopy();
    void allAnswersTheFirstFailure();
    void cachedStatementIsKeyedByText();

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
    QVERIFY(Database::libraryVersion().startsWith(u"3."_s));
}

void TestDatabase::bindAllPositional_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("qint64") << u"int64"_s << u"integer"_s << u"9000000000000"_s;
    QTest::newRow("int") << u"int"_s << u"integer"_s << u"-7"_s;
    QTest::newRow("text") << u"text"_s << u"text"_s << u"زهرا\u200cاحمدی"_s;
    QTest::newRow("empty text is not NULL") << u"emptyText"_s << u"text"_s << u""_s;
    QTest::newRow("blob") << u"blob"_s << u"blob"_s << QString::fromLatin1("\0\1\2", 3);
    QTest::newRow("null QString") << u"nullText"_s << u"null"_s << QString();
    QTest::newRow("nullopt") << u"nullopt"_s << u"null"_s << QString();
    QTest::newRow("optional with a value") << u"optionalInt"_s << u"integer"_s << u"42"_s;
    QTest::newRow("empty optional") << u"emptyOptional"_s << u"null"_s << QString();
}

void TestDatabase::bindAllPositional()
{
    QFETCH(QString, kind);
    QFETCH(QString, type);
    QFETCH(QString, text);
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    auto stmt = db->prepare("SELECT typeof(?1), CAST(?1 AS TEXT), ?2");
    QVERIFY(stmt.ok());
    QVERIFY(stmt->bindAll({valueOfKind(kind), 5}).ok());
    auto row =
        stmt->first([](const Row& r) { return std::make_tuple(r.text(0), r.text(1), r.int64(2)); });
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE(std::get<0>(**row), type);
    QCOMPARE(std::get<1>(**row), text);
    QCOMPARE(std::get<2>(**row), 5);
}

void TestDatabase::bindAllNamed_data()
{
    bindAllPositional_data();
}

void TestDatabase::bindAllNamed()
{
    QFETCH(QString, kind);
    QFETCH(QString, type);
    QFETCH(QString, text);
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t(v, n INTEGER)").ok());
    auto insert = db->prepare("INSERT INTO t VALUES(:v, :n)");
    QVERIFY(insert.ok());
    QVERIFY(insert->execute({{":n", 5}, {":v", valueOfKind(kind)}}).ok());

    auto select = db->prepare("SELECT typeof(v), CAST(v AS TEXT), n FROM t");
    QVERIFY(select.ok());
    auto row = select->first(
        [](const Row& r) { return std::make_tuple(r.text(0), r.text(1), r.int64(2)); });
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE(std::get<0>(**row), type);
    QCOMPARE(std::get<1>(**row), text);
    QCOMPARE(std::get<2>(**row), 5);
}

void TestDatabase::bindAllStopsAtTheFirstFailure()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    auto named = db->prepare("SELECT :a, :b");
    QVERIFY(named.ok());
    const Status unknown = named->bindAll({{":a", 1}, {":nope", 2}, {":b", 3}});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().detail().contains(u":nope"_s));
    // :b came after the failure and was left unbound.
    auto row = named->first([](const Row& r) { return std::make_pair(r.int64(0), r.isNull(1)); });
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->first, 1);
    QVERIFY((*row)->second);

    auto positional = db->prepare("SELECT ?1, ?2");
    QVERIFY(positional.ok());
    QVERIFY(!positional->bindAll({1, 2, 3}).ok()); // there is no ?3
}

void TestDatabase::executeWithValuesIsReadyToRunAgain()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t(i INTEGER, s TEXT)").ok());
    auto insert = db->prepare("INSERT INTO t VALUES(?, ?)");
    QVERIFY(insert.ok());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(insert->execute({i, QString::number(i * 10)}).ok());
    // The bindings were cleared after each run: a bare run stores NULLs.
    QVERIFY(insert->execute().ok());
    QVERIFY(insert->reset().ok());
    QCOMPARE(db->queryInt64("SELECT count(*) FROM t").valueOr(-1), 4);
    QCOMPARE(db->queryInt64("SELECT count(*) FROM t WHERE i IS NULL AND s IS NULL").valueOr(-1), 1);

    // A failed run is reported and still leaves the statement ready for the next one.
    QVERIFY(db->exec("CREATE UNIQUE INDEX t_i ON t(i)").ok());
    const Status duplicate = insert->execute({1, u"again"_s});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code(), u"storage.constraint"_s);
    QVERIFY(insert->execute({4, u"40"_s}).ok());
    QCOMPARE(db->queryInt64("SELECT count(*) FROM t").valueOr(-1), 5);
}

void TestDatabase::collectReadsEveryRow()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t(i INTEGER, s TEXT);"
                     "INSERT INTO t VALUES(1, 'a'), (2, NULL), (3, 'c');")
                .ok());
    auto stmt = db->prepare("SELECT i, s FROM t WHERE i >= ? ORDER BY i");
    QVERIFY(stmt.ok());
    QVERIFY(stmt->bindAll({2}).ok());
    auto rows = stmt->collect([](const Row& r) { return std::make_pair(r.int64(0), r.text(1)); });
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).first, 2);
    QVERIFY(rows->at(0).second.isNull());
    QCOMPARE(rows->at(1), std::make_pair(qint64(3), u"c"_s));

    // An explicit element type converts what the reader returns; no rows is an empty list.
    auto none = db->prepare("SELECT i FROM t WHERE i > 9");
    QVERIFY(none.ok());
    auto empty = none->collect<QString>([](const Row& r) { return r.text(0); });
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestDatabase::firstReadsOneRowOrNone()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t(i INTEGER); INSERT INTO t VALUES(NULL), (7);").ok());
    auto stmt = db->prepare("SELECT i FROM t ORDER BY i");
    QVERIFY(stmt.ok());
    auto nullRow = stmt->first([](const Row& r) { return r.optionalInt64(0); });
    QVERIFY(nullRow.ok() && nullRow->has_value());
    QVERIFY(!(*nullRow)->has_value());
    auto seven = stmt->first([](const Row& r) { return r.optionalInt64(0); });
    QVERIFY(seven.ok() && seven->has_value());
    QCOMPARE(**seven, std::optional<qint64>(7));
    auto done = stmt->first([](const Row& r) { return r.int64(0); });
    QVERIFY(done.ok());
    QVERIFY(!done->has_value());
}

void TestDatabase::forEachRowStopsOnAFailedVisit()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    auto stmt = db->prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < 10) SELECT i FROM n");
    QVERIFY(stmt.ok());
    int visited = 0;
    const Status s = stmt->forEachRow([&visited](const Row& r) -> Status {
        ++visited;
        if (r.int64(0) == 3)
            return Error(u"test.stop"_s, "stop");
        return {};
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), u"test.stop"_s);
    QCOMPARE(visited, 3);
}

void TestDatabase::rawColumnsReadWithoutACopy()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    auto stmt = db->prepare("SELECT -12, 'ab', NULL, x'00ff'");
    QVERIFY(stmt.ok());
    auto row = stmt->step();
    QVERIFY(row.ok() && *row);
    const Statement::RawColumn integer = stmt->rawColumn(0);
    QVERIFY(integer.isInteger);
    QCOMPARE(integer.integer, -12);
    const Statement::RawColumn text = stmt->rawColumn(1);
    QVERIFY(!text.isInteger);
    QCOMPARE(text.text, QByteArrayView("ab"));
    const Statement::RawColumn null = stmt->rawColumn(2);
    QVERIFY(!null.isInteger);
    QVERIFY(null.text.isNull());
    QCOMPARE(stmt->rawColumn(3).text, QByteArrayView("\0\xff", 2));
    QCOMPARE(stmt->columnUtf8(0), QByteArrayView("-12"));
    QVERIFY(stmt->columnUtf8(2).isNull());
}

void TestDatabase::allAnswersTheFirstFailure()
{
    const Status ok;
    const Status first = Error(u"test.first"_s, "first");
    const Status second = Error(u"test.second"_s, "second");
    QVERIFY(all().ok());
    QVERIFY(all(ok, ok).ok());
    QCOMPARE(all(ok, first, second).error().code(), u"test.first"_s);
    QCOMPARE(all(second, first).error().code(), u"test.second"_s);
}

void TestDatabase::cachedStatementIsKeyedByText()
{
    auto db = Database::open(u":memory:"_s, randomKey());
    QVERIFY(db.ok());
    // Two buffers with the same text: one statement.
    const QByteArray one("SELECT 1");
    const QByteArray same("SELECT 1");
    QVERIFY(one.constData() != same.constData());
    const Statement* firstLease = nullptr;
    {
        auto lease = db->cached(one.constData());
        QVERIFY(lease.ok());
        firstLease = &**lease;
    }
    {
        auto lease = db->cached(same.constData());
        QVERIFY(lease.ok());
        QCOMPARE(&**lease, firstLease);
    }
    // One buffer whose text changed: a different statement that runs the new text.
    QByteArray buffer("SELECT 1");
    {
        auto lease = db->cached(buffer.constData());
        QVERIFY(lease.ok());
        QCOMPARE(&**lease, firstLease);
    }
    buffer[7] = '2';
    {
        auto lease = db->cached(buffer.constData());
        QVERIFY(lease.ok());
        QVERIFY(&**lease != firstLease);
        auto value = (*lease)->first([](const Row& r) { return r.int64(0); });
        QVERIFY(value.ok() && value->has_value());
        QCOMPARE(**value, 2);
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
