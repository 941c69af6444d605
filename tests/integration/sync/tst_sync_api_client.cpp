// ApiClient against the sandbox: every typed call of docs/api.md decodes the real answers, and
// failures are sorted the way the sync engine reacts to them.
#include "SyncFixture.h"
#include "TestDevice.h"

#include "net/ApiClient.h"
#include "net/HttpClient.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// Runs one async call and waits for its answer.
template<typename T, typename Call>
ApiReply<T> await(Call call)
{
    std::optional<ApiReply<T>> out;
    call([&](ApiReply<T> r) { out.emplace(std::move(r)); });
    SyncFixture::waitFor([&] { return out.has_value(); }, 15'000);
    if (!out)
        return ApiError(ApiError::Kind::Transport, Error(u"test.timeout"_s, "timeout"));
    return std::move(*out);
}

} // namespace

class TestSyncApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void activation();
    void consentSubmitStatus();
    void dayCloseUploadAndOfficeView();
    void failuresAreSorted();

private:
    std::unique_ptr<SyncFixture> m_f;
    std::unique_ptr<pishkhan::HttpClient> m_http;
    std::unique_ptr<ApiClient> m_api;
    TestDevice m_device;
    QString m_deviceId;
};

void TestSyncApiClient::initTestCase()
{
    m_f = std::make_unique<SyncFixture>(QStringList{u"--quiet"_s});
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
    m_http = std::make_unique<pishkhan::HttpClient>(m_f->httpSettings());
    m_api = std::make_unique<ApiClient>(*m_http);
}

void TestSyncApiClient::activation()
{
    const QString code = m_f->sandbox().activationCode(u"IF-1002"_s);
    QVERIFY(!code.isEmpty());
    const QString key = QString::fromLatin1(m_device.publicKey().toBase64());
    auto r = await<Activation>([&](auto done) {
        m_api->activateDevice(u"IF-1002"_s, code, key, u"clerk.api"_s, done, u"counter 2"_s);
    });
    QVERIFY2(r.ok(), qPrintable(r.error().code()));
    QVERIFY(r->deviceId.startsWith(u"dev_"_s));
    QVERIFY(!r->token.isEmpty());
    QCOMPARE(r->officeCode, u"IF-1002"_s);
    QCOMPARE(r->officeDistrict, 7);
    m_deviceId = r->deviceId;
    m_api->setCredentials({r->deviceId, r->token});
    m_api->setClerkId(u"clerk.api"_s);

    auto device = await<QJsonObject>([&](auto done) { m_api->currentDevice(done); });
    QVERIFY(device.ok());
    QCOMPARE(device->value(u"device_id"_s).toString(), m_deviceId);
    auto time = await<ServerTime>([&](auto done) { m_api->serverTime(done); });
    QVERIFY(time.ok());
    QVERIFY(qAbs(time->epochMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);

    // A used activation code is refused with the backend's Persian reason.
    auto again = await<Activation>(
        [&](auto done) { m_api->activateDevice(u"IF-1002"_s, code, key, u"clerk.api"_s, done); });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), ApiError::Kind::Refused);
    QCOMPARE(again.error().code(), u"api.problem.activation-code-invalid"_s);
    QVERIFY(!again.error().messageFa().isEmpty());
}

void TestSyncApiClient::consentSubmitStatus()
{
    const QString nc = SyncFixture::nationalCode(9);
    const QString mobile = SyncFixture::mobile(900);
    auto challenge = await<OtpChallenge>(
        [&](auto done) { m_api->requestOtp(nc, mobile, u"property-file"_s, done); });
    QVERIFY2(challenge.ok(), qPrintable(challenge.error().code()));
    QCOMPARE(challenge->codeLength, 6);
    QVERIFY(challenge->mobileMasked.contains(u'*'));
    const QString code = m_f->sandbox().lastCode(mobile);
    QCOMPARE(code.size(), 6);
    auto wrong = await<ConsentGrant>([&](auto done) {
        m_api->verifyOtp(challenge->challengeId, code == u"000000"_s ? u"111111"_s : u"000000"_s,
                         done);
    });
    QCOMPARE(wrong.error().code(), u"api.problem.otp-code-wrong"_s);
    auto grant = await<ConsentGrant>(
        [&](auto done) { m_api->verifyOtp(challenge->challengeId, code, done); });
    QVERIFY(grant.ok());
    QVERIFY(grant->expiresAtMs > QDateTime::currentMSecsSinceEpoch() + 23 * 3600'000LL);

    QJsonObject body = m_f->sandbox().propertyFileRequest(grant->token, nc);
    const QString key = ApiClient::newIdempotencyKey();
    auto first = await<SubmitAnswer>([&](auto done) { m_api->submit(key, body, done); });
    QVERIFY2(first.ok(), qPrintable(first.error().code() + u' ' + first.error().messageEn()));
    QCOMPARE(first->httpStatus, 201);
    QCOMPARE(first->idempotencyKey, key);
    auto replay = await<SubmitAnswer>([&](auto done) { m_api->submit(key, body, done); });
    QVERIFY(replay.ok());
    QCOMPARE(replay->trackingCode, first->trackingCode);

    auto status =
        await<StatusAnswer>([&](auto done) { m_api->status({key}, {first->trackingCode}, done); });
    QVERIFY(status.ok());
    QVERIFY(!status->requests.isEmpty());
    QCOMPARE(status->requests.first().trackingCode, first->trackingCode);
    QCOMPARE(status->requests.first().status, u"received"_s);
}

void TestSyncApiClient::dayCloseUploadAndOfficeView()
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QByteArray close =
        QJsonDocument(
            QJsonObject{{u"device_id"_s, m_deviceId},
                        {u"business_date"_s, date},
                        {u"last_entry_seq"_s, 3},
                        {u"last_entry_hash"_s, QString(64, u'a')},
                        {u"closed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {u"totals"_s, QJsonObject{{u"count"_s, 3}, {u"amount_rials"_s, 240000}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray signature = m_device.sign(close);
    const QString key = ApiClient::newIdempotencyKey();
    auto ack =
        await<DayCloseAck>([&](auto done) { m_api->uploadDayClose(close, signature, key, done); });
    QVERIFY2(ack.ok(), qPrintable(ack.error().code() + u' ' + ack.error().messageEn()));
    QCOMPARE(ack->httpStatus, 201);
    QCOMPARE(ack->signature.size(), 64);
    QCOMPARE(ack->ackDocument.value(u"received_up_to_entry"_s).toInt(), 3);
    auto view = await<QJsonObject>([&](auto done) { m_api->officeDayCloses(date, done); });
    QVERIFY(view.ok());
    QCOMPARE(view->value(u"office_code"_s).toString(), u"IF-1002"_s);
    QVERIFY(view->value(u"closed_counters"_s).toInt() >= 1);
}

void TestSyncApiClient::failuresAreSorted()
{
    ApiClient anonymous(*m_http);
    anonymous.setClerkId(u"clerk.api"_s);
    auto noCredentials = await<QJsonObject>([&](auto done) { anonymous.currentDevice(done); });
    QCOMPARE(noCredentials.error().kind(), ApiError::Kind::Unauthorized);
    anonymous.setCredentials({m_deviceId, u"wrong"_s});
    auto wrongToken = await<QJsonObject>([&](auto done) { anonymous.currentDevice(done); });
    QCOMPARE(wrongToken.error().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(wrongToken.error().code(), u"api.problem.auth-invalid"_s);

    (void)m_f->sandbox().setFaults({{u"error_rate"_s, 1.0}});
    auto busy = await<ServerTime>([&](auto done) { m_api->serverTime(done); });
    (void)m_f->sandbox().setFaults({{u"error_rate"_s, 0.0}});
    QCOMPARE(busy.error().kind(), ApiError::Kind::Unavailable);
    QVERIFY(busy.error().isRetryable());
    QVERIFY(busy.error().retryAfterMs() >= 1000);
}

QTEST_GUILESS_MAIN(TestSyncApiClient)
#include "tst_sync_api_client.moc"
