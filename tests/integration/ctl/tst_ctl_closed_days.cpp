// `pishkhanctl ledger verify` against a consistent rewrite of a closed day: the ledger's
// triggers dropped, an amount changed, the whole chain recomputed so the plain chain walk holds.
// The command still exits 1 and names the day (Jalali and ISO), because the day's last entry no
// longer matches the close the counter signed and the municipality acknowledged.
#include "../../unit/ledger/LedgerTestSupport.h"
#include "ProcessRun.h"
#include "security/BackendSigningKeys.h"
#include "security/KeyVault.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

using Run = pishkhan::test::ProcessRun;

// Runs pishkhanctl; the password goes to its stdin, read via fd 0.
Run ctl(const QStringList& args, const QString& password)
{
    return Run::run(QStringLiteral(PISHKHANCTL_EXE), args, password.toUtf8());
}

} // namespace

class TestCtlClosedDays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closedDaysHold();
    void consistentRewriteIsNamedByItsDay();

private:
    QStringList verify(bool json = false) const
    {
        QStringList args{u"ledger"_s, u"verify"_s, u"--data-dir"_s,    m_data,
                         u"--user"_s, u"super1"_s, u"--password-fd"_s, u"0"_s};
        if (json)
            args << u"--json"_s;
        return args;
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_store;
    QByteArray m_key;
    qint64 m_secondDayLastSeq = 0;
};

void TestCtlClosedDays::initTestCase()
{
    m_data = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(m_data));
    m_store = QDir(m_data).filePath(u"pishkhan-store.db"_s);
    KeyVault vault; // the entry pishkhan-desk uses (this is a private keychain)
    auto key = vault.loadOrCreateKey();
    QVERIFY2(key.ok(), qPrintable(whyNot(key)));
    m_key = *key;

    LedgerFixture f;
    const QString opened = f.open(m_store, m_key);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    auto server = Ed25519KeySigner::generate();
    QVERIFY(server.ok());
    const QString keyId = BackendSigningKeys::keyIdOf(server->publicKey());
    // Recorded as at activation.
    auto recorded = BackendSigningKeys(f.store->database(), *f.audit)
                        .record(server->publicKey(), keyId, u"activation"_s);
    QVERIFY2(recorded.ok() && *recorded, qPrintable(whyNot(recorded)));
    // Two closed days (1404/01/01 and 1404/01/02), each acknowledged by the municipality.
    for (int d = 21; d <= 22; ++d) {
        f.clock.set(tehran(2025, 3, d, 9));
        QVERIFY(f.fee(f.clerk).ok());
        QVERIFY(f.fee(f.clerk).ok());
        auto close = f.ledger->closeDay(f.supervisor, kPassword, QDate(2025, 3, d),
                                        {{u"clerk1"_s, u"16000"_s}});
        QVERIFY2(close.ok(), qPrintable(whyNot(close)));
        QByteArray signature;
        const QByteArray bytes = signedAck(*server, *close, &signature);
        auto ack = CloseAcknowledgement::fromBytes(bytes, signature, keyId);
        QVERIFY(ack.ok());
        QVERIFY(f.ledger->recordCloseAcknowledgement(*ack, server->publicKey()).ok());
        m_secondDayLastSeq = close->lastEntrySeq;
    }
    f.clock.set(tehran(2025, 3, 23, 9));
    QVERIFY(f.fee(f.clerk).ok());
}

void TestCtlClosedDays::closedDaysHold()
{
    const Run r = ctl(verify(), kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY2(r.out.contains(u"closed days: 2 match"_s), r.describe().constData());
    const Run j = ctl(verify(true), kPassword);
    QVERIFY2(j.code == 0, j.describe().constData());
    QCOMPARE(j.json().value(u"closed_days_checked"_s).toInt(), 2);
    QCOMPARE(j.json().value(u"acknowledgements_checked"_s).toInt(), 2);
}

void TestCtlClosedDays::consistentRewriteIsNamedByItsDay()
{
    {
        LedgerFixture f;
        QVERIFY(f.open(m_store, m_key, false).isEmpty());
        const QString rewritten = rewriteAmountConsistently(f.store->database(), f.ledger->store(),
                                                            m_secondDayLastSeq, 10'000);
        QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
        auto chain = f.ledger->store().verifyChain();
        QVERIFY(chain.ok() && !chain->failure); // the plain walk is fooled
    }
    Run r = ctl(verify(), kPassword);
    QVERIFY2(r.code == 1, r.describe().constData());
    QVERIFY2(r.err.contains(u"closed day 1404/01/02 (2025-03-22)"_s), r.describe().constData());
    r = ctl(verify(true), kPassword);
    QVERIFY2(r.code == 1, r.describe().constData());
    QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
    QCOMPARE(r.json().value(u"table"_s).toString(), u"day_close"_s);
    QCOMPARE(r.json().value(u"first_bad_day"_s).toString(), u"2025-03-22"_s);
    QCOMPARE(r.json().value(u"closed_days_checked"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCtlClosedDays)
#include "tst_ctl_closed_days.moc"
