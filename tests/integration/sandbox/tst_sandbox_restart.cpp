// Restarting the sandbox on the same data directory keeps devices, requests, idempotency
// records, one-time codes, consent tokens, statuses, the clock offset and the TLS pin.
#include "SandboxHarness.h"

#include <QTest>

using namespace pishkhan::test;

class TestSandboxRestart : public QObject
{
    Q_OBJECT

private slots:
    void stateSurvivesRestart()
    {
        SandboxHarness h;
        QVERIFY2(h.start(), qPrintable(h.error()));
        QVERIFY2(h.activate(), qPrintable(h.error()));
        const QString pin = h.process().pin();
        const QString citizen = QStringLiteral("0067749828");
        const QString mobile = QStringLiteral("09127778899");

        const QString token = h.consent(citizen, mobile, QStringLiteral("property-file"));
        QVERIFY(!token.isEmpty());
        const QByteArray key = SandboxHarness::newKey();
        const QJsonObject body = h.propertyFileRequest(token, citizen);
        const HttpReply first = h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(first.status, 201L);
        const QString tracking = first.json().value(QStringLiteral("tracking_code")).toString();
        // A pending one-time code, and an unused consent token.
        const HttpReply pending = h.challenge(citizen, mobile, QStringLiteral("permitted-height"));
        QCOMPARE(pending.status, 201L);
        const QString pendingCode = h.lastCode(mobile);
        const QString unused =
            h.consent(citizen, QStringLiteral("09127778800"), QStringLiteral("land-use-inquiry"));
        QVERIFY(!unused.isEmpty());
        h.advanceClock(30); // the inquiry is now final
        QCOMPARE(h.api()
                     .get(QStringLiteral("/api/v1/requests/") + tracking)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("done"));

        QVERIFY2(h.restart(), qPrintable(h.error()));
        QCOMPARE(h.process().pin(), pin);
        QCOMPARE(h.api().get(QStringLiteral("/api/v1/devices/current")).status, 200L);
        const HttpReply replay = h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(replay.status, 201L);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(h.count(QStringLiteral("requests")), 1);
        const HttpReply status = h.api().get(QStringLiteral("/api/v1/requests/") + tracking);
        QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        // The pending code still verifies, and the two challenges made before the restart still
        // count towards the mobile's limit: one more is allowed, then refused.
        const HttpReply verified = h.api().post(
            QStringLiteral("/api/v1/consents/challenges/") +
                pending.json().value(QStringLiteral("challenge_id")).toString() +
                QStringLiteral("/verify"),
            QJsonObject{{QStringLiteral("code"), pendingCode}}, SandboxHarness::newKey());
        QCOMPARE(verified.status, 201L);
        QCOMPARE(h.challenge(citizen, mobile, QStringLiteral("permitted-height")).status, 201L);
        QCOMPARE(h.challenge(citizen, mobile, QStringLiteral("permitted-height")).status, 429L);
        // The consent issued before the restart is still good for its service.
        QJsonObject landUse = h.propertyFileRequest(unused, citizen);
        landUse.insert(QStringLiteral("service_id"), QStringLiteral("land-use-inquiry"));
        QCOMPARE(h.api()
                     .post(QStringLiteral("/api/v1/requests"), landUse, SandboxHarness::newKey())
                     .status,
                 201L);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRestart)
#include "tst_sandbox_restart.moc"
