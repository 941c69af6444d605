// Each fault switch does visibly what it says: latency, 503 + Retry-After, drop after commit
// (stored, no answer), connection reset, repeatable by seed; set at start by flags or at run
// time from loopback. Defaults: no faults.
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

#include <curl/curl.h>

using namespace pishkhan::test;

namespace {

const QString kCitizen = QStringLiteral("0650451252");
const QString kMobile = QStringLiteral("09123334455");

QJsonObject none()
{
    return {{QStringLiteral("latency_ms"), 0},
            {QStringLiteral("jitter_ms"), 0},
            {QStringLiteral("error_rate"), 0},
            {QStringLiteral("drop_after_commit_rate"), 0},
            {QStringLiteral("reset_rate"), 0}};
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
    }

    void init() { QCOMPARE(m_h.setFaults(none()).status, 200L); }

    void defaultIsNoFaults()
    {
        const QJsonObject f = m_h.admin().get(QStringLiteral("/admin/v1/faults")).json();
        QCOMPARE(f.value(QStringLiteral("error_rate")).toDouble(), 0.0);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(m_h.api().get(QStringLiteral("/api/v1/time")).status, 200L);
    }

    void latencyDelaysAnswers()
    {
        QCOMPARE(m_h.setFaults(
                        {{QStringLiteral("latency_ms"), 1000}, {QStringLiteral("jitter_ms"), 100}})
                     .status,
                 200L);
        for (int i = 0; i < 3; ++i) {
            const HttpReply r = m_h.api().get(QStringLiteral("/api/v1/time"));
            QCOMPARE(r.status, 200L);
            QVERIFY2(r.elapsedMs >= 990, qPrintable(QString::number(r.elapsedMs)));
        }
        // Admin endpoints are never delayed or broken: well under the injected second even on
        // a loaded or sanitizer-built machine, so the bound tells "delayed" from "slow".
        const qint64 adminMs = m_h.admin().get(QStringLiteral("/admin/v1/clock")).elapsedMs;
        QVERIFY2(adminMs < 900, qPrintable(QString::number(adminMs)));
    }

    void errorRateAnswers503WithRetryAfterAndStoresNothing()
    {
        const QString token = m_h.consent(kCitizen, kMobile, QStringLiteral("property-file"));
        const qint64 before = m_h.count(QStringLiteral("requests"));
        QCOMPARE(m_h.setFaults(
                        {{QStringLiteral("error_rate"), 1.0}, {QStringLiteral("retry_after_s"), 7}})
                     .status,
                 200L);
        const QByteArray key = SandboxHarness::newKey();
        const HttpReply r = m_h.api().post(QStringLiteral("/api/v1/requests"),
                                           m_h.propertyFileRequest(token, kCitizen), key);
        QCOMPARE(r.status, 503L);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
        QCOMPARE(r.problem(), QStringLiteral("service-unavailable"));
        QCOMPARE(m_h.count(QStringLiteral("requests")), before);
        QCOMPARE(m_h.setFaults(none()).status, 200L);
        QCOMPARE(m_h.api()
                     .post(QStringLiteral("/api/v1/requests"),
                           m_h.propertyFileRequest(token, kCitizen), key)
                     .status,
                 201L);
    }

    void dropAfterCommitStoresButNeverAnswers()
    {
        const QString token = m_h.consent(kCitizen, kMobile, QStringLiteral("property-file"));
        const qint64 before = m_h.count(QStringLiteral("requests"));
        QCOMPARE(m_h.setFaults({{QStringLiteral("drop_after_commit_rate"), 1.0}}).status, 200L);
        const QByteArray key = SandboxHarness::newKey();
        const QJsonObject body = m_h.propertyFileRequest(token, kCitizen);
        const HttpReply lost = m_h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(lost.status, 0L);
        QCOMPARE(lost.curlCode, int(CURLE_GOT_NOTHING));
        QCOMPARE(m_h.count(QStringLiteral("requests")), before + 1);
        // The retry under the same key gets the answer the first call never delivered.
        QCOMPARE(m_h.setFaults(none()).status, 200L);
        const HttpReply retry = m_h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(retry.status, 201L);
        QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
        QVERIFY(!retry.json().value(QStringLiteral("tracking_code")).toString().isEmpty());
        QCOMPARE(m_h.count(QStringLiteral("requests")), before + 1);
    }

    void resetBreaksTheConnectionBeforeProcessing()
    {
        const QString token = m_h.consent(kCitizen, kMobile, QStringLiteral("property-file"));
        const qint64 before = m_h.count(QStringLiteral("requests"));
        QCOMPARE(m_h.setFaults({{QStringLiteral("reset_rate"), 1.0}}).status, 200L);
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"),
                           m_h.propertyFileRequest(token, kCitizen), SandboxHarness::newKey());
        QCOMPARE(r.status, 0L);
        QVERIFY2(r.curlCode == CURLE_RECV_ERROR || r.curlCode == CURLE_SEND_ERROR ||
                     r.curlCode == CURLE_GOT_NOTHING,
                 qPrintable(r.describe()));
        QCOMPARE(m_h.count(QStringLiteral("requests")), before);
    }

    void seedMakesRunsRepeatable()
    {
        const auto run = [&] {
            QString pattern;
            for (int i = 0; i < 30; ++i)
                pattern.append(m_h.api().get(QStringLiteral("/api/v1/time")).status == 200 ? u'.'
                                                                                           : u'X');
            return pattern;
        };
        QJsonObject half{{QStringLiteral("error_rate"), 0.5}, {QStringLiteral("seed"), 42}};
        QCOMPARE(m_h.setFaults(half).status, 200L);
        const QString first = run();
        QCOMPARE(m_h.setFaults(half).status, 200L);
        QCOMPARE(run(), first);
        QVERIFY(first.contains(u'X') && first.contains(u'.'));
    }

    void badFaultSettingsAreRefused()
    {
        const HttpReply r = m_h.setFaults({{QStringLiteral("error_rate"), 2}});
        QCOMPARE(r.status, 422L);
        QCOMPARE(r.problem(), QStringLiteral("field-invalid"));
    }

    void flagsSetFaultsAtStart()
    {
        SandboxProcess p({QStringLiteral("--error-rate"), QStringLiteral("1"),
                          QStringLiteral("--retry-after"), QStringLiteral("3"),
                          QStringLiteral("--quiet")});
        QVERIFY2(p.start(), qPrintable(p.startError()));
        auto client = p.client();
        const HttpReply r = client->get(QStringLiteral("/api/v1/time"));
        QCOMPARE(r.status, 503L);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("3"));

        SandboxProcess slow(
            {QStringLiteral("--latency-ms"), QStringLiteral("250"), QStringLiteral("--quiet")});
        QVERIFY2(slow.start(), qPrintable(slow.startError()));
        QVERIFY(slow.client()->get(QStringLiteral("/api/v1/time")).elapsedMs >= 240);
    }

private:
    SandboxHarness m_h;
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
