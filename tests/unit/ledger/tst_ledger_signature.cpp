// A day close verifies with the device's public key, and any single changed byte of
// the document (or of the signature) makes verification fail. Also the chain fast path is
// byte-for-byte HashChain's encoding.
#include "LedgerTestSupport.h"

#include "ledger/DayCloseDocument.h"
#include "ledger/DayCloseStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestLedgerSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closeVerifiesWithThePublicKey();
    void oneChangedByteFails_data();
    void oneChangedByteFails();
    void otherKeyFails();
    void storedCloseIsTheSignedBytes();
    void fastVerifierAgreesWithHashChain();

private:
    QTemporaryDir m_dir;
    LedgerFixture m_f;
    std::optional<DayClose> m_close;
};

void TestLedgerSignature::initTestCase()
{
    QString err = m_f.open(m_dir.filePath(u"ledger.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_f.clock.set(tehran(2025, 3, 21, 9));
    QVERIFY(m_f.fee(m_f.clerk).ok());
    QVERIFY(
        m_f.fee(m_f.clerk2, u"notary-inquiry"_s, Payment::card(u"87654321"_s, u"111222"_s)).ok());
    auto close = m_f.ledger->closeDay(m_f.supervisor, kPassword, QDate(2025, 3, 21),
                                      {{u"clerk1"_s, u"۸٬۰۰۰"_s}, {u"clerk2"_s, u"0"_s}});
    QVERIFY2(close.ok(), qPrintable(whyNot(close)));
    m_close = *close;
}

void TestLedgerSignature::closeVerifiesWithThePublicKey()
{
    QCOMPARE(m_close->signature.size(), 64);
    QCOMPARE(m_close->publicKey, m_f.signer->publicKey());
    QVERIFY(DayCloseDocument::verify(m_close->document, m_close->signature, m_close->publicKey));
    const QJsonObject doc = QJsonDocument::fromJson(m_close->document).object();
    QCOMPARE(doc.value(u"type"_s).toString(), u"pishkhan.day-close.v1"_s);
    QCOMPARE(doc.value(u"business_date"_s).toString(), u"2025-03-21"_s);
    QCOMPARE(doc.value(u"last_entry_seq"_s).toInteger(), 2);
    QCOMPARE(doc.value(u"totals"_s).toObject().value(u"amount_rials"_s).toInteger(), 170'000);
    QCOMPARE(doc.value(u"totals"_s).toObject().value(u"count"_s).toInteger(), 2);
    // Re-encoding the same close gives the same bytes: the document is canonical.
    QCOMPARE(DayCloseDocument::encode(*m_close), m_close->document);
}

void TestLedgerSignature::oneChangedByteFails_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("inSignature");
    const int size = int(m_close ? m_close->document.size() : 0);
    for (int offset : {0, 1, size / 3, size / 2, size - 2, size - 1})
        QTest::addRow("document byte %d", offset) << offset << false;
    for (int offset : {0, 31, 63})
        QTest::addRow("signature byte %d", offset) << offset << true;
}

void TestLedgerSignature::oneChangedByteFails()
{
    QFETCH(int, offset);
    QFETCH(bool, inSignature);
    QByteArray document = m_close->document;
    QByteArray signature = m_close->signature;
    QByteArray& target = inSignature ? signature : document;
    target[offset] = char(target[offset] ^ 0x01);
    QVERIFY(!DayCloseDocument::verify(document, signature, m_close->publicKey));
}

void TestLedgerSignature::otherKeyFails()
{
    auto other = Ed25519KeySigner::generate();
    QVERIFY(other.ok());
    QVERIFY(!DayCloseDocument::verify(m_close->document, m_close->signature, other->publicKey()));
}

void TestLedgerSignature::storedCloseIsTheSignedBytes()
{
    auto stored = DayCloseStore(m_f.store->database()).find(1, QDate(2025, 3, 21));
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->document, m_close->document);
    QVERIFY(
        DayCloseDocument::verify((*stored)->document, (*stored)->signature, (*stored)->publicKey));
}

void TestLedgerSignature::fastVerifierAgreesWithHashChain()
{
    // Every stored hash is HashChain::computeHashHex over canonicalFields(), and the fast path
    // accepts exactly those.
    auto head = m_f.ledger->store().head();
    QVERIFY(head.ok());
    QString prev = HashChain::genesisHex();
    for (qint64 seq = 1; seq <= head->seq; ++seq) {
        auto e = m_f.ledger->store().entry(seq);
        QVERIFY(e.ok() && e->has_value());
        QCOMPARE((*e)->prevHash, prev);
        QCOMPARE(HashChain::computeHashHex(prev, (*e)->canonicalFields()), (*e)->hash);
        QCOMPARE((*e)->canonicalFields().size(), LedgerEntry::kFieldCount);
        prev = (*e)->hash;
    }
    auto fast = m_f.ledger->store().verifyChain();
    auto reference = m_f.ledger->store().verifyChainReference();
    QVERIFY(fast.ok() && reference.ok());
    QVERIFY(!fast->failure && !reference->failure);
    QCOMPARE(fast->entriesChecked, reference->entriesChecked);
    QCOMPARE(fast->lastHashHex, reference->lastHashHex);
    QCOMPARE(fast->lastHashHex, head->hash);
}

QTEST_GUILESS_MAIN(TestLedgerSignature)
#include "tst_ledger_signature.moc"
