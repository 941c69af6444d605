// The consent is not part of a request's identity (docs/api.md §3, §4.6-§4.8): a request sent
// again under its key with a renewed consent token is the same request — alone (token in the
// Consent-Token header or, for older clients, the body member) and inside a batch — never a
// second request and never idempotency-key-reused; a request refused for an expired consent is
// stored once with the renewed one. And the consent calls themselves are retry-safe: a
// challenge or verify whose answer was dropped after commit, repeated under its key, gets the
// first answer (the same challenge, the same consent token) instead of a second SMS or
// otp-challenge-used.
#include "SandboxHarness.h"

#include <curl/curl.h>

#include <QJsonArray>
#include <QTest>

using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCitizen = u"0084575948"_s;
const QString kService = u"property-file"_s;

QJsonObject noFaults()
{
    return {{u"drop_after_commit_rate"_s, 0}, {u"error_rate"_s, 0}, {u"reset_rate"_s, 0}};
}

} // namespace

class TestSandboxConsentRenewal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
    }

    void init() { QCOMPARE(m_h.setFaults(noFaults()).status, 200L); }

    void singleRequestWithRenewedTokenIsTheSameRequest_data()
    {
        QTest::addColumn<bool>("inHeader");
        QTest::newRow("Consent-Token header") << true;
        QTest::newRow("consent_token member (older clients)") << false;
    }

    void singleRequestWithRenewedTokenIsTheSameRequest()
    {
        QFETCH(bool, inHeader);
        const QString first = consent();
        const QString renewed = consent();
        QVERIFY(!first.isEmpty() && !renewed.isEmpty());
        const QByteArray key = SandboxHarness::newKey();
        const auto send = [&](const QString& token) {
            QJsonObject body = m_h.propertyFileRequest(token, kCitizen);
            HttpClient::Headers headers;
            if (inHeader) {
                body.remove(u"consent_token"_s);
                headers.append({QByteArrayLiteral("Consent-Token"), token.toLatin1()});
            }
            return m_h.api().post(u"/api/v1/requests"_s, body, key, headers);
        };
        const qint64 requests = m_h.count(u"requests"_s);
        const qint64 used = m_h.count(u"consents_used"_s);
        const HttpReply stored = send(first);
        QCOMPARE(stored.status, 201L);
        const HttpReply again = send(renewed);
        QVERIFY2(again.status == 201L, qPrintable(again.describe()));
        QCOMPARE(again.body, stored.body);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(m_h.count(u"requests"_s), requests + 1);
        QCOMPARE(m_h.count(u"consents_used"_s), used + 1); // the renewed token is not used up
        // Another body under the key is still another request.
        QJsonObject other = m_h.propertyFileRequest(renewed, kCitizen);
        other.insert(u"fee_rials"_s, 90000);
        QCOMPARE(m_h.api().post(u"/api/v1/requests"_s, other, key).problem(),
                 u"idempotency-key-reused"_s);
    }

    void headerAndMemberMustAgree()
    {
        const QString token = consent();
        QVERIFY(!token.isEmpty());
        const HttpReply r = m_h.api().post(
            u"/api/v1/requests"_s, m_h.propertyFileRequest(token, kCitizen),
            SandboxHarness::newKey(), {{QByteArrayLiteral("Consent-Token"), "ct_other"}});
        QCOMPARE(r.status, 422L);
        QCOMPARE(r.problem(), u"field-invalid"_s);
        QCOMPARE(r.json().value(u"field"_s).toString(), u"/consent_token"_s);
    }

    void batchItemWithRenewedTokenIsTheSameRequest()
    {
        const QString first = consent();
        const QString renewed = consent();
        QVERIFY(!first.isEmpty() && !renewed.isEmpty());
        const QString itemKey = QString::fromLatin1(SandboxHarness::newKey());
        const auto batch = [&](const QString& token) {
            QJsonObject item = m_h.propertyFileRequest(token, kCitizen);
            item.insert(u"idempotency_key"_s, itemKey);
            return m_h.api().post(u"/api/v1/requests/batch"_s,
                                  QJsonObject{{u"items"_s, QJsonArray{item}}},
                                  SandboxHarness::newKey()); // a fresh header key per attempt
        };
        const qint64 requests = m_h.count(u"requests"_s);
        const HttpReply stored = batch(first);
        QCOMPARE(stored.status, 200L);
        const QJsonObject firstResult =
            stored.json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(firstResult.value(u"status"_s).toInt(), 201);
        const HttpReply again = batch(renewed);
        QCOMPARE(again.status, 200L);
        const QJsonObject result = again.json().value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(result.value(u"status"_s).toInt(), 200);
        QCOMPARE(result.value(u"request"_s).toObject().value(u"tracking_code"_s),
                 firstResult.value(u"request"_s).toObject().value(u"tracking_code"_s));
        QCOMPARE(m_h.count(u"requests"_s), requests + 1);
        // The same request sent alone, with the renewed token in the header: still the same.
        QJsonObject alone = m_h.propertyFileRequest(renewed, kCitizen);
        alone.remove(u"consent_token"_s);
        const HttpReply single =
            m_h.api().post(u"/api/v1/requests"_s, alone, itemKey.toLatin1(),
                           {{QByteArrayLiteral("Consent-Token"), renewed.toLatin1()}});
        QCOMPARE(single.status, 200L);
        QCOMPARE(single.json().value(u"tracking_code"_s),
                 firstResult.value(u"request"_s).toObject().value(u"tracking_code"_s));
        QCOMPARE(m_h.count(u"requests"_s), requests + 1);
    }

    void refusedForExpiredConsentThenStoredOnceWithTheRenewedOne()
    {
        const QString first = consent();
        QVERIFY(!first.isEmpty());
        m_h.advanceClock(25 * 3600);
        const QByteArray key = SandboxHarness::newKey();
        QJsonObject body = m_h.propertyFileRequest(first, kCitizen);
        body.remove(u"consent_token"_s);
        const qint64 requests = m_h.count(u"requests"_s);
        const HttpReply expired =
            m_h.api().post(u"/api/v1/requests"_s, body, key, {{"Consent-Token", first.toLatin1()}});
        QCOMPARE(expired.problem(), u"consent-token-expired"_s);
        const QString renewed = consent();
        QVERIFY(!renewed.isEmpty());
        const HttpReply stored = m_h.api().post(u"/api/v1/requests"_s, body, key,
                                                {{"Consent-Token", renewed.toLatin1()}});
        QVERIFY2(stored.status == 201L, qPrintable(stored.describe()));
        QCOMPARE(m_h.count(u"requests"_s), requests + 1);
        const HttpReply status = m_h.api().get(u"/api/v1/requests/status?idempotency_keys="_s +
                                               QString::fromLatin1(key));
        QCOMPARE(status.json().value(u"requests"_s).toArray().size(), 1);
    }

    void challengeAnswerLostIsReplayedNotSentTwice()
    {
        const QString mobile = u"09126660001"_s;
        const QByteArray key = SandboxHarness::newKey();
        const QJsonObject body{
            {u"national_code"_s, kCitizen}, {u"mobile"_s, mobile}, {u"service_id"_s, kService}};
        QCOMPARE(m_h.setFaults({{u"drop_after_commit_rate"_s, 1.0}}).status, 200L);
        const HttpReply lost = m_h.api().post(u"/api/v1/consents/challenges"_s, body, key);
        QCOMPARE(lost.curlCode, int(CURLE_GOT_NOTHING));
        QCOMPARE(m_h.setFaults(noFaults()).status, 200L);
        const QString code = m_h.lastCode(mobile);
        QCOMPARE(code.size(), 6);
        const HttpReply retry = m_h.api().post(u"/api/v1/consents/challenges"_s, body, key);
        QCOMPARE(retry.status, 201L);
        QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
        const HttpReply inbox = m_h.admin().get(u"/admin/v1/sms?mobile="_s + mobile);
        QCOMPARE(inbox.json().value(u"messages"_s).toArray().size(), 1); // one SMS
        QCOMPARE(m_h.lastCode(mobile), code);
    }

    void verifyAnswerLostIsReplayedNotBurned()
    {
        const QString mobile = u"09126660002"_s;
        const HttpReply challenge = m_h.challenge(kCitizen, mobile, kService);
        QCOMPARE(challenge.status, 201L);
        const QString path = u"/api/v1/consents/challenges/"_s +
                             challenge.json().value(u"challenge_id"_s).toString() + u"/verify"_s;
        const QJsonObject body{{u"code"_s, m_h.lastCode(mobile)}};
        const QByteArray key = SandboxHarness::newKey();
        const qint64 consents = m_h.count(u"consents"_s);
        QCOMPARE(m_h.setFaults({{u"drop_after_commit_rate"_s, 1.0}}).status, 200L);
        const HttpReply lost = m_h.api().post(path, body, key);
        QCOMPARE(lost.curlCode, int(CURLE_GOT_NOTHING));
        QCOMPARE(m_h.setFaults(noFaults()).status, 200L);
        QCOMPARE(m_h.count(u"consents"_s), consents + 1); // verified and stored
        // A new key meets a verified challenge; the first key gets the token back.
        const HttpReply fresh = m_h.api().post(path, body, SandboxHarness::newKey());
        QCOMPARE(fresh.problem(), u"otp-challenge-used"_s);
        const HttpReply retry = m_h.api().post(path, body, key);
        QCOMPARE(retry.status, 201L);
        QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
        const QString token = retry.json().value(u"consent_token"_s).toString();
        QVERIFY(token.startsWith(u"ct_"_s));
        QCOMPARE(m_h.count(u"consents"_s), consents + 1);
        // And the replayed token is the one the backend stored: it takes a request.
        QCOMPARE(m_h.api()
                     .post(u"/api/v1/requests"_s, m_h.propertyFileRequest(token, kCitizen),
                           SandboxHarness::newKey())
                     .status,
                 201L);
    }

private:
    // A fresh consent on a mobile of its own (3 codes per mobile per 10 minutes).
    QString consent()
    {
        return m_h.consent(kCitizen, u"0912555%1"_s.arg(++m_mobile, 4, 10, QChar(u'0')), kService);
    }

    SandboxHarness m_h;
    int m_mobile = 0;
};

QTEST_GUILESS_MAIN(TestSandboxConsentRenewal)
#include "tst_sandbox_consent_renewal.moc"
