// HashChain: the documented canonical encoding, byte for byte, and a verifier that names the
// first entry whose content or link does not match.

#include "storage/Database.h"
#include "storage/HashChain.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

QList<HashChain::Entry> buildChain(int n)
{
    QList<HashChain::Entry> out;
    QString prev = HashChain::genesisHex();
    for (int i = 1; i <= n; ++i) {
        HashChain::Entry e;
        e.sequence = i;
        e.fields = {HashChain::field(qint64(i)), HashChain::field(u"fee"_s),
                    HashChain::field(qint64(100000 + i)), HashChain::field(u"خدمت"_s)};
        e.prevHashHex = prev;
        e.hashHex = HashChain::computeHashHex(prev, e.fields);
        prev = e.hashHex;
        out.append(e);
    }
    return out;
}

} // namespace

class TestHashChain : public QObject
{
    Q_OBJECT
private slots:
    void genesisIsThirtyTwoZeroBytes()
    {
        QCOMPARE(HashChain::genesis(), QByteArray(32, '\0'));
        QCOMPARE(HashChain::genesisHex(), QString(64, u'0'));
    }

    void encodingIsTheDocumentedBytes()
    {
        // "PKHC1" | prev (32 bytes) | u32be(2) | u32be(1) "a" | u32be(2) "bc"
        const QByteArray prev(32, '\x11');
        QByteArray expected = "PKHC1" + prev;
        expected += QByteArray::fromHex("00000002") + QByteArray::fromHex("00000001") + "a" +
                    QByteArray::fromHex("00000002") + "bc";
        QCOMPARE(HashChain::encode(prev, {"a", "bc"}), expected);
        QCOMPARE(HashChain::computeHash(prev, {"a", "bc"}),
                 QCryptographicHash::hash(expected, QCryptographicHash::Sha256));
        // Length prefixes keep field boundaries: ("ab","c") is another entry.
        QVERIFY(HashChain::computeHash(prev, {"a", "bc"}) !=
                HashChain::computeHash(prev, {"ab", "c"}));
        // The empty field and a missing field differ too.
        QVERIFY(HashChain::computeHash(prev, {"a"}) != HashChain::computeHash(prev, {"a", ""}));
    }

    void knownAnswer()
    {
        // Pinned so a change of the encoding cannot go unnoticed (stored chains would break).
        const QString hash = HashChain::computeHashHex(HashChain::genesisHex(),
                                                       {HashChain::field(qint64(1)), "login"});
        const QByteArray bytes = "PKHC1" + QByteArray(32, '\0') +
                                 QByteArray::fromHex("0000000200000001") + "1" +
                                 QByteArray::fromHex("00000005") + "login";
        QCOMPARE(hash, QString::fromLatin1(
                           QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(hash.size(), 64);
    }

    void intactChainVerifies()
    {
        QVERIFY(!HashChain::verify(buildChain(50)).has_value());
        QVERIFY(!HashChain::verify({}).has_value());
    }

    void findsTheFirstBrokenEntry_data()
    {
        QTest::addColumn<int>("editAt");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("expectedSeq");
        QTest::addColumn<int>("expectedReason");
        const int hash = int(HashChain::Break::HashMismatch);
        const int link = int(HashChain::Break::PrevLinkMismatch);
        QTest::newRow("field of first") << 0 << u"field"_s << 1 << hash;
        QTest::newRow("field in middle") << 24 << u"field"_s << 25 << hash;
        QTest::newRow("field of last") << 49 << u"field"_s << 50 << hash;
        QTest::newRow("recomputed hash breaks next link") << 24 << u"rehash"_s << 26 << link;
        QTest::newRow("removed entry") << 24 << u"remove"_s << 26 << link;
        QTest::newRow("swapped entries") << 24 << u"swap"_s << 26 << link;
        QTest::newRow("prev link edited") << 10 << u"prev"_s << 11 << link;
    }

    void findsTheFirstBrokenEntry()
    {
        QFETCH(int, editAt);
        QFETCH(QString, what);
        QFETCH(int, expectedSeq);
        QFETCH(int, expectedReason);
        QList<HashChain::Entry> chain = buildChain(50);
        if (what == u"field") {
            chain[editAt].fields[2] = HashChain::field(qint64(1));
        } else if (what == u"rehash") {
            // An editor who also recomputes the entry's own hash still breaks the next link.
            chain[editAt].fields[2] = HashChain::field(qint64(1));
            chain[editAt].hashHex =
                HashChain::computeHashHex(chain[editAt].prevHashHex, chain[editAt].fields);
        } else if (what == u"remove") {
            chain.removeAt(editAt);
        } else if (what == u"swap") {
            chain.swapItemsAt(editAt, editAt + 1);
        } else if (what == u"prev") {
            chain[editAt].prevHashHex = HashChain::genesisHex();
        }
        const auto failure = HashChain::verify(chain);
        QVERIFY(failure.has_value());
        QCOMPARE(failure->sequence, qint64(expectedSeq));
        QCOMPARE(int(failure->reason), expectedReason);
        QVERIFY(HashChain::brokenError(u"ledger"_s, *failure)
                    .detail()
                    .contains(QString::number(expectedSeq)));
    }

    void verifiesRowsFromAStatement()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"c.db"_s), {});
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t (seq INTEGER PRIMARY KEY, v TEXT, prev TEXT, h TEXT)"));
        for (const HashChain::Entry& e : buildChain(5)) {
            auto ins = db->prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
            QVERIFY(ins.ok());
            QVERIFY(ins->bindInt64(1, e.sequence));
            QVERIFY(ins->bindBlob(2, e.fields.join('|')));
            QVERIFY(ins->bindText(3, e.prevHashHex));
            QVERIFY(ins->bindText(4, e.hashHex));
            QVERIFY(ins->execute());
        }
        auto readRow = [](const Statement& s) {
            HashChain::Entry e;
            e.sequence = s.columnInt64(0);
            e.fields = s.columnBlob(1).split('|');
            e.prevHashHex = s.columnText(2);
            e.hashHex = s.columnText(3);
            return e;
        };
        {
            auto stmt = db->prepare("SELECT * FROM t ORDER BY seq");
            QVERIFY(stmt.ok());
            auto report = HashChain::verify(*stmt, readRow);
            QVERIFY(report.ok());
            QVERIFY(!report->failure);
            QCOMPARE(report->entriesChecked, qint64(5));
        }
        QVERIFY(db->exec("UPDATE t SET v = replace(v, '100003', '100009') WHERE seq = 3"));
        auto stmt = db->prepare("SELECT * FROM t ORDER BY seq");
        QVERIFY(stmt.ok());
        auto report = HashChain::verify(*stmt, readRow);
        QVERIFY(report.ok());
        QVERIFY(report->failure.has_value());
        QCOMPARE(report->failure->sequence, qint64(3));
        QCOMPARE(report->entriesChecked, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestHashChain)
#include "tst_hash_chain.moc"
