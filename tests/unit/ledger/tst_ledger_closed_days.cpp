// A closed day proves itself: someone holding the store key drops the ledger's triggers,
// changes an amount and recomputes the whole hash chain, so the plain chain walk holds again.
// The closed-day check still names the day, because the hash of its last entry is in the close
// the counter signed and in the acknowledgement the municipality signed.
#include "LedgerTestSupport.h"

#include "ledger/ClosedDayVerifier.h"
#include "ledger/DayCloseStore.h"
#include "security/BackendSigningKeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestLedgerClosedDays : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void untouchedDaysHold();
    void anAcknowledgementNeedsTheRecordedKey();
    void consistentRewriteNamesTheDay_data();
    void consistentRewriteNamesTheDay();

private:
    // Closes the fixture's current day and stores the municipality's signed acknowledgement.
    QString closeAndAcknowledge(QDate day);

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<LedgerFixture> m_f;
    std::optional<Ed25519KeySigner> m_server;
    QHash<QString, QByteArray> m_serverKeys;
    QList<qint64> m_lastSeqOfDay;
};

QString TestLedgerClosedDays::closeAndAcknowledge(QDate day)
{
    auto close =
        m_f->ledger->closeDay(m_f->supervisor, kPassword, day, {{u"clerk1"_s, u"16000"_s}});
    if (!close)
        return describe(close.error());
    QByteArray signature;
    const QByteArray bytes = signedAck(*m_server, *close, &signature);
    auto ack = CloseAcknowledgement::fromBytes(bytes, signature,
                                               BackendSigningKeys::keyIdOf(m_server->publicKey()));
    if (!ack)
        return describe(ack.error());
    if (Status s = m_f->ledger->recordCloseAcknowledgement(*ack, m_server->publicKey()); !s)
        return describe(s.error());
    m_lastSeqOfDay.append(close->lastEntrySeq);
    return {};
}

void TestLedgerClosedDays::init()
{
    m_dir.emplace();
    m_f = std::make_unique<LedgerFixture>();
    const QString opened = m_f->open(m_dir->filePath(u"ledger.db"_s), randomKey());
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    auto server = Ed25519KeySigner::generate();
    QVERIFY(server.ok());
    m_server.emplace(std::move(*server));
    m_serverKeys = {{BackendSigningKeys::keyIdOf(m_server->publicKey()), m_server->publicKey()}};
    m_lastSeqOfDay.clear();
    // Two closed and acknowledged days (1404/01/01 and 1404/01/02), a third still open.
    for (int d = 21; d <= 22; ++d) {
        m_f->clock.set(tehran(2025, 3, d, 9));
        QVERIFY(m_f->fee(m_f->clerk).ok());
        QVERIFY(m_f->fee(m_f->clerk).ok());
        const QString closed = closeAndAcknowledge(QDate(2025, 3, d));
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }
    m_f->clock.set(tehran(2025, 3, 23, 9));
    QVERIFY(m_f->fee(m_f->clerk).ok());
}

void TestLedgerClosedDays::cleanup()
{
    m_f.reset();
    m_server.reset();
    m_dir.reset();
}

void TestLedgerClosedDays::untouchedDaysHold()
{
    auto report = ClosedDayVerifier(m_f->store->database()).verify(m_serverKeys);
    QVERIFY2(report.ok(), qPrintable(whyNot(report)));
    QVERIFY2(!report->broken, qPrintable(report->broken ? report->broken->message() : QString()));
    QCOMPARE(report->daysChecked, 2);
    QCOMPARE(report->acknowledgementsChecked, 2);
}

void TestLedgerClosedDays::anAcknowledgementNeedsTheRecordedKey()
{
    // Another key (or none) cannot vouch for the municipality's acknowledgement.
    auto other = Ed25519KeySigner::generate();
    QVERIFY(other.ok());
    const QString id = BackendSigningKeys::keyIdOf(m_server->publicKey());
    for (const QHash<QString, QByteArray>& keys :
         {QHash<QString, QByteArray>{}, QHash<QString, QByteArray>{{id, other->publicKey()}}}) {
        auto report = ClosedDayVerifier(m_f->store->database()).verify(keys);
        QVERIFY(report.ok());
        QVERIFY(report->broken.has_value());
        QCOMPARE(report->brokenDay, QDate(2025, 3, 21));
        QCOMPARE(report->broken->code(), u"ledger.closed_day_mismatch"_s);
    }
}

void TestLedgerClosedDays::consistentRewriteNamesTheDay_data()
{
    QTest::addColumn<int>("dayIndex");         // which closed day's entry is rewritten
    QTest::addColumn<bool>("alsoStoredClose"); // the stored close's columns are rewritten too
    QTest::addColumn<QDate>("namedDay");
    QTest::addColumn<QString>("jalali");
    QTest::newRow("an amount of the first closed day")
        << 0 << false << QDate(2025, 3, 21) << u"1404/01/01"_s;
    QTest::newRow("an amount of the second closed day")
        << 1 << false << QDate(2025, 3, 22) << u"1404/01/02"_s;
    QTest::newRow("the second day, its stored close and acknowledgement columns too")
        << 1 << true << QDate(2025, 3, 22) << u"1404/01/02"_s;
}

void TestLedgerClosedDays::consistentRewriteNamesTheDay()
{
    QFETCH(int, dayIndex);
    QFETCH(bool, alsoStoredClose);
    QFETCH(QDate, namedDay);
    QFETCH(QString, jalali);
    Database& db = m_f->store->database();
    const qint64 seq = m_lastSeqOfDay.at(dayIndex);

    // WHEN one fee of a closed day is rewritten and the chain recomputed from there on
    const QString rewritten = rewriteAmountConsistently(db, m_f->ledger->store(), seq, 10'000);
    QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
    if (alsoStoredClose) {
        auto hash = db.prepare("SELECT hash FROM ledger_entry WHERE seq = ?");
        QVERIFY(hash.ok());
        QVERIFY(hash->bindAll({seq}).ok());
        auto newHash = hash->first([](const Row& row) { return row.text(0); });
        QVERIFY(newHash.ok() && newHash->has_value());
        QVERIFY(db.exec("DROP TRIGGER day_close_no_update; "
                        "DROP TRIGGER close_upload_ack_final")
                    .ok());
        auto close =
            db.prepare("UPDATE day_close SET last_entry_hash = ? WHERE last_entry_seq = ?");
        QVERIFY(close.ok());
        QVERIFY(close->execute({**newHash, seq}).ok());
        auto ack = db.prepare(
            "UPDATE close_upload SET ack_last_entry_hash = ? WHERE received_up_to_entry = ?");
        QVERIFY(ack.ok());
        QVERIFY(ack->execute({**newHash, seq}).ok());
    }

    // THEN the plain chain walk is fooled ...
    auto chain = m_f->ledger->store().verifyChain();
    QVERIFY(chain.ok());
    QVERIFY(!chain->failure.has_value());

    // ... and the closed-day check names the rewritten day, in both calendars
    auto report = ClosedDayVerifier(db).verify(m_serverKeys);
    QVERIFY2(report.ok(), qPrintable(whyNot(report)));
    QVERIFY(report->broken.has_value());
    QCOMPARE(report->brokenDay, namedDay);
    QCOMPARE(report->daysChecked, dayIndex);
    QCOMPARE(report->broken->code(), u"ledger.closed_day_mismatch"_s);
    const QString detail = report->broken->detail();
    QVERIFY2(detail.contains(jalali + u" ("_s + namedDay.toString(Qt::ISODate) + u')'),
             qPrintable(detail));
}

QTEST_GUILESS_MAIN(TestLedgerClosedDays)
#include "tst_ledger_closed_days.moc"
