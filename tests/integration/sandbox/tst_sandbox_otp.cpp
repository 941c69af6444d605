// One-time codes and consent tokens: expiry, burn after three wrong tries, the per-mobile rate
// limit, and the token's binding, single use and lifetime — all on the sandbox clock.
#include "SandboxHarness.h"

#include <QFile>
#include <QTest>

using namespace pishkhan::test;

namespace {

const QString kCitizen = QStringLiteral("0084575948");
const QString kService = QStringLiteral("property-file");

QString verifyPath(const HttpReply& challenge)
{
    return QStringLiteral("/api/v1/consents/challenges/") +
           challenge.json().value(QStringLiteral("challenge_id")).toString() +
           QStringLiteral("/verify");
}

QJsonObject code(const QString& c)
{
    return {{QStringLiteral("code"), c}};
}

QString wrong(const QString& right)
{
    return right == QStringLiteral("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
}

} // namespace

class TestSandboxOtp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
    }

    void codeGoesToPhoneNotToResponse()
    {
        const QString mobile = QStringLiteral("09120000001");
        const HttpReply c = m_h.challenge(kCitizen, QStringLiteral("+98 912 000 0001"), kService);
        QCOMPARE(c.status, 201L);
        QCOMPARE(c.json().value(QStringLiteral("code_length")).toInt(), 6);
        QCOMPARE(c.json().value(QStringLiteral("attempts_left")).toInt(), 3);
        const QString sent = m_h.lastCode(mobile);
        QCOMPARE(sent.size(), 6);
        QVERIFY(!c.body.contains(sent.toLatin1()));
        const QDateTime expires = QDateTime::fromString(
            c.json().value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        const QDateTime now = QDateTime::fromString(m_h.admin()
                                                        .get(QStringLiteral("/api/v1/time"))
                                                        .json()
                                                        .value(QStringLiteral("now"))
                                                        .toString(),
                                                    Qt::ISODate);
        QVERIFY(qAbs(now.secsTo(expires) - 120) <= 2);
        // The training-mode inbox shows the message for this mobile.
        const HttpReply inbox = m_h.admin().get(QStringLiteral("/admin/v1/sms?mobile=09120000001"));
        QVERIFY(inbox.body.contains(sent.toLatin1()));
        // The clerk may type the code in Persian digits.
        QString persian;
        for (const QChar d : sent)
            persian.append(QChar(char16_t(0x06F0 + d.digitValue())));
        const HttpReply ok = m_h.api().post(verifyPath(c), code(persian), SandboxHarness::newKey());
        QCOMPARE(ok.status, 201L);
        QVERIFY(ok.json()
                    .value(QStringLiteral("consent_token"))
                    .toString()
                    .startsWith(QStringLiteral("ct_")));
    }

    void expiresAfterTwoMinutes()
    {
        const QString mobile = QStringLiteral("09120000002");
        const HttpReply c = m_h.challenge(kCitizen, mobile, kService);
        QCOMPARE(c.status, 201L);
        m_h.advanceClock(121);
        const HttpReply r =
            m_h.api().post(verifyPath(c), code(m_h.lastCode(mobile)), SandboxHarness::newKey());
        QCOMPARE(r.status, 410L);
        QCOMPARE(r.problem(), QStringLiteral("otp-challenge-expired"));
    }

    void burnsAfterThreeWrongTries()
    {
        const QString mobile = QStringLiteral("09120000003");
        const HttpReply c = m_h.challenge(kCitizen, mobile, kService);
        const QString right = m_h.lastCode(mobile);
        HttpReply r = m_h.api().post(verifyPath(c), code(wrong(right)), SandboxHarness::newKey());
        QCOMPARE(r.status, 422L);
        QCOMPARE(r.problem(), QStringLiteral("otp-code-wrong"));
        QCOMPARE(r.json().value(QStringLiteral("attempts_left")).toInt(), 2);
        r = m_h.api().post(verifyPath(c), code(wrong(right)), SandboxHarness::newKey());
        QCOMPARE(r.json().value(QStringLiteral("attempts_left")).toInt(), 1);
        r = m_h.api().post(verifyPath(c), code(wrong(right)), SandboxHarness::newKey());
        QCOMPARE(r.status, 410L);
        QCOMPARE(r.problem(), QStringLiteral("otp-challenge-burned"));
        r = m_h.api().post(verifyPath(c), code(right), SandboxHarness::newKey());
        QCOMPARE(r.status, 410L);
        QCOMPARE(r.problem(), QStringLiteral("otp-challenge-burned"));
    }

    void verifiedChallengeCannotBeVerifiedAgain()
    {
        const QString mobile = QStringLiteral("09120000004");
        const HttpReply c = m_h.challenge(kCitizen, mobile, kService);
        const QString right = m_h.lastCode(mobile);
        QCOMPARE(m_h.api().post(verifyPath(c), code(right), SandboxHarness::newKey()).status, 201L);
        const HttpReply again =
            m_h.api().post(verifyPath(c), code(right), SandboxHarness::newKey());
        QCOMPARE(again.status, 409L);
        QCOMPARE(again.problem(), QStringLiteral("otp-challenge-used"));
    }

    void threeChallengesPerMobilePerTenMinutes()
    {
        const QString mobile = QStringLiteral("09120000005");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_h.challenge(kCitizen, mobile, kService).status, 201L);
        const HttpReply limited = m_h.challenge(kCitizen, mobile, kService);
        QCOMPARE(limited.status, 429L);
        QCOMPARE(limited.problem(), QStringLiteral("otp-rate-limited"));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 600,
                 limited.headers.value("retry-after").constData());
        // Another mobile is not affected.
        QCOMPARE(m_h.challenge(kCitizen, QStringLiteral("09120000006"), kService).status, 201L);
        m_h.advanceClock(601);
        QCOMPARE(m_h.challenge(kCitizen, mobile, kService).status, 201L);
    }

    void consentTokenIsSingleUseAndBound()
    {
        const QString token = m_h.consent(kCitizen, QStringLiteral("09120000007"), kService);
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_h.api()
                     .post(QStringLiteral("/api/v1/requests"),
                           m_h.propertyFileRequest(token, kCitizen), SandboxHarness::newKey())
                     .status,
                 201L);
        const HttpReply replay =
            m_h.api().post(QStringLiteral("/api/v1/requests"),
                           m_h.propertyFileRequest(token, kCitizen), SandboxHarness::newKey());
        QCOMPARE(replay.status, 409L);
        QCOMPARE(replay.problem(), QStringLiteral("consent-token-used"));

        const QString other = m_h.consent(kCitizen, QStringLiteral("09120000008"), kService);
        const HttpReply wrongCitizen = m_h.api().post(
            QStringLiteral("/api/v1/requests"),
            m_h.propertyFileRequest(other, QStringLiteral("0963695398")), SandboxHarness::newKey());
        QCOMPARE(wrongCitizen.status, 422L);
        QCOMPARE(wrongCitizen.problem(), QStringLiteral("consent-token-mismatch"));
        QJsonObject wrongService = m_h.propertyFileRequest(other, kCitizen);
        wrongService.insert(QStringLiteral("service_id"), QStringLiteral("permitted-height"));
        const HttpReply ws = m_h.api().post(QStringLiteral("/api/v1/requests"), wrongService,
                                            SandboxHarness::newKey());
        QCOMPARE(ws.problem(), QStringLiteral("consent-token-mismatch"));
    }

    void consentTokenExpiresAfterItsPeriod()
    {
        const QString token = m_h.consent(kCitizen, QStringLiteral("09120000009"), kService);
        QVERIFY(!token.isEmpty());
        m_h.advanceClock(24 * 3600 + 1);
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"),
                           m_h.propertyFileRequest(token, kCitizen), SandboxHarness::newKey());
        QCOMPARE(r.status, 422L);
        QCOMPARE(r.problem(), QStringLiteral("consent-token-expired"));
        QVERIFY(!r.json().value(QStringLiteral("title_fa")).toString().isEmpty());
    }

private:
    SandboxHarness m_h;
};

QTEST_GUILESS_MAIN(TestSandboxOtp)
#include "tst_sandbox_otp.moc"
