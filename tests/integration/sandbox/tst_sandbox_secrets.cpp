// The sandbox's own secrets and controls, against a real pishkhan-sandbox process:
//  - its idempotency cache (kept to replay answers byte for byte) holds no bearer token and no
//    consent token in plain text, though the activation and consent answers carry them; a
//    retry with the same key still gets the very same answer;
//  - its admin endpoints (activation codes, the SMS inbox, the clock) refuse a caller without
//    the admin token printed at start, and change nothing for it.

#include "SandboxHarness.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNationalCode = u"0084575948"_s;
const QString kMobile = u"09120000071"_s;

// The sandbox's files (database, WAL, anything else) except the SMS log: the citizen's phone,
// which only this process's own runs write to, is not a cache.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() == u"sms.log"_s)
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace

class TestSandboxSecrets : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_h = std::make_unique<SandboxHarness>();
        QVERIFY2(m_h->start(), qPrintable(m_h->error()));
        QVERIFY(!m_h->process().adminToken().isEmpty());
    }

    void idempotencyCacheKeepsNoTokens()
    {
        // GIVEN an activated device (its bearer token came in the activation answer) and a
        // consent token from the verify answer, both POSTs with an idempotency key
        QVERIFY2(m_h->activate(), qPrintable(m_h->error()));
        const QByteArray bearer = m_h->token().toLatin1();
        QVERIFY(bearer.size() >= 20);
        const HttpReply c = m_h->challenge(kNationalCode, kMobile, u"property-file"_s);
        QCOMPARE(c.status, 201L);
        const QString path = u"/api/v1/consents/challenges/"_s +
                             c.json().value(u"challenge_id"_s).toString() + u"/verify"_s;
        const QJsonObject body{{u"code"_s, m_h->lastCode(kMobile)}};
        const QByteArray key = SandboxHarness::newKey();
        const HttpReply verified = m_h->api().post(path, body, key);
        QCOMPARE(verified.status, 201L);
        const QByteArray consent = verified.json().value(u"consent_token"_s).toString().toLatin1();
        QVERIFY(consent.size() >= 20);

        // WHEN the same verify is retried with the same key
        const HttpReply replay = m_h->api().post(path, body, key);
        // THEN the answer is the same, from the cache
        QCOMPARE(replay.status, 201L);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replay.json().value(u"consent_token"_s).toString().toLatin1(), consent);
        // ... and another device's credentials cannot read it back from the cache
        const QByteArray otherBearer = "Bearer " + QByteArray(bearer).replace(4, 4, "XXXX");
        const HttpReply stolen = m_h->api().post(path, body, key, {{"Authorization", otherBearer}});
        QVERIFY(stolen.status == 401 || stolen.status == 422);
        QVERIFY(!stolen.body.contains(consent));

        // AND the sandbox's files hold neither token in plain text
        const QString dir = QFileInfo(m_h->process().smsLogPath()).absolutePath();
        m_h->process().stop(); // the WAL checkpointed into the database file too
        QCOMPARE(filesContaining(dir, bearer), QStringList());
        QCOMPARE(filesContaining(dir, consent), QStringList());
    }

    void adminEndpointsNeedTheToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("activation code") << QByteArray("POST") << u"/admin/v1/activation-codes"_s
                                         << QByteArray(R"({"office_code":"IF-1001"})");
        QTest::newRow("sms inbox") << QByteArray("GET") << u"/admin/v1/sms"_s << QByteArray();
        QTest::newRow("clock") << QByteArray("POST") << u"/admin/v1/clock"_s
                               << QByteArray(R"({"advance_seconds":3600})");
        QTest::newRow("stats") << QByteArray("GET") << u"/admin/v1/stats"_s << QByteArray();
    }

    void adminEndpointsNeedTheToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QByteArray token = m_h->process().adminToken().toLatin1();
        const auto state = [this] {
            const QJsonObject stats = m_h->admin().get(u"/admin/v1/stats"_s).json();
            return QJsonObject{{u"counts"_s, stats.value(u"counts"_s)},
                               {u"offset_ms"_s, stats[u"clock"_s][u"offset_ms"_s]},
                               {u"faults"_s, stats.value(u"faults"_s)}};
        };
        const QJsonObject before = state();
        QVERIFY(before.value(u"counts"_s).isObject());

        auto plain = m_h->process().client(); // loopback, but no admin token
        for (const QByteArray& wrong :
             {QByteArray(), QByteArray("adm_wrong"), QByteArray(token + 'x')}) {
            HttpClient::Headers headers;
            if (!wrong.isEmpty())
                headers.append({"X-Admin-Token", wrong});
            const HttpReply refused =
                method == "GET" ? plain->get(path, headers) : plain->post(path, body, {}, headers);
            QCOMPARE(refused.status, 401L);
            QCOMPARE(refused.problem(), u"admin-token-invalid"_s);
        }
        // Nothing changed for the refused calls.
        QCOMPARE(state(), before);

        // With the token it works.
        const HttpClient::Headers withToken{{"X-Admin-Token", token}};
        const HttpReply ok =
            method == "GET" ? plain->get(path, withToken) : plain->post(path, body, {}, withToken);
        QVERIFY2(ok.status >= 200 && ok.status < 300, qPrintable(ok.describe()));
    }

    void cleanup() { m_h.reset(); }

private:
    std::unique_ptr<SandboxHarness> m_h;
};

QTEST_GUILESS_MAIN(TestSandboxSecrets)
#include "tst_sandbox_secrets.moc"
