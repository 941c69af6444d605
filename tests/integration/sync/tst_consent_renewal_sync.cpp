// Consent renewal end to end against a real pishkhan-sandbox over HTTPS on loopback, through the
// product's client (ApiClient, SyncEngine, OutboxStore, ConsentRenewal):
//  - a request queued while offline outlives its consent on the backend's clock; the send is
//    refused (consent-token-expired) and lands in needs-attention; a new code is asked for the
//    same citizen, read from the sandbox's SMS inbox (admin endpoint), verified, and the SAME
//    request (same id = idempotency key) is sent and accepted; the sandbox holds exactly one
//    request under that key;
//  - a request whose first send was stored but whose answer was lost, and whose consent then
//    expired on this PC, is renewed and sent again: the backend answers it as the same request
//    (same tracking code, never a second one, never idempotency-key-reused);
//  - the one-time code calls are retry-safe: a challenge and a verify whose answers the sandbox
//    drops after commit are repeated by ApiClient under their first keys, and get the same
//    challenge and the same consent token back — no second SMS, no burned code.
#include "SyncFixture.h"

#include "counter/ConsentRenewal.h"
#include "counter/DeskServeBackend.h"
#include "net/ApiClient.h"
#include "net/ApiError.h"
#include "net/HttpClient.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// The consent half of the product's ServeBackend over ApiClient, failures in the clerk's words
// exactly as DeskServeBackend gives them (the fee half is not needed to renew a consent).
class ApiConsentBackend : public ServeBackend
{
public:
    explicit ApiConsentBackend(ApiClient& api)
        : m_api(api)
    {}
    void requestOtp(const QString& nationalCode, const QString& mobile, const QString& serviceId,
                    std::function<void(Answer<OtpIssued>)> done) override
    {
        m_api.requestOtp(nationalCode, mobile, serviceId, [done](ApiReply<OtpChallenge> r) {
            Answer<OtpIssued> a;
            if (!r)
                a.failure = DeskServeBackend::failureFrom(r.error());
            else
                a.value = OtpIssued{r->challengeId, r->expiresAtMs, r->codeLength, r->mobileMasked};
            done(a);
        });
    }
    void verifyOtp(const QString& challengeId, const QString& code,
                   std::function<void(Answer<ConsentIssued>)> done) override
    {
        m_api.verifyOtp(challengeId, code, [done](ApiReply<ConsentGrant> r) {
            Answer<ConsentIssued> a;
            if (!r)
                a.failure = DeskServeBackend::failureFrom(r.error());
            else
                a.value = ConsentIssued{r->token, r->expiresAtMs};
            done(a);
        });
    }
    void requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                           const QString& mobile, const QString& serviceId,
                           std::function<void(Answer<OtpIssued>)> done) override
    {
        m_api.requestCompanyOtp(
            legalEntityId, nationalCode, mobile, serviceId, [done](ApiReply<OtpChallenge> r) {
                Answer<OtpIssued> a;
                if (!r)
                    a.failure = DeskServeBackend::failureFrom(r.error());
                else
                    a.value =
                        OtpIssued{r->challengeId, r->expiresAtMs, r->codeLength, r->mobileMasked};
                done(a);
            });
    }
    void verifyEngineer(const QString&, const QString&,
                        std::function<void(Answer<EngineerVerified>)> done) override
    {
        done({}); // a renewal never asks
    }
    Answer<Committed> commit(const CommitRequest&) override { return {}; }
    void sendNow(const QString&, std::function<void(SendOutcome)>) override {}

private:
    ApiClient& m_api;
};

QJsonObject noFaults()
{
    return {{u"drop_after_commit_rate"_s, 0}, {u"error_rate"_s, 0}, {u"reset_rate"_s, 0}};
}

} // namespace

class TestConsentRenewalSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void expiredOnBackendWhileQueuedOfflineIsRenewedAndAcceptedOnce();
    void storedButAnswerLostThenRenewedIsTheSameRequest();
    void lostChallengeAndVerifyAnswersAreReplayed();

private:
    // The SMS the sandbox "sent" to this mobile most recently, through the admin endpoint.
    QString smsCode(const QString& mobile);
    // Challenge -> SMS inbox -> verify through ConsentRenewal; true once renewed.
    bool renew(ConsentRenewal& renewal, const QString& requestId);
    OutboxEntry row(const QString& id);

    std::unique_ptr<SyncFixture> m_f;
};

void TestConsentRenewalSync::initTestCase()
{
    m_f = std::make_unique<SyncFixture>(QStringList{u"--quiet"_s});
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
}

void TestConsentRenewalSync::init()
{
    QCOMPARE(m_f->sandbox().setFaults(noFaults()).status, 200L);
}

QString TestConsentRenewalSync::smsCode(const QString& mobile)
{
    const HttpReply inbox = m_f->sandbox().admin().get(u"/admin/v1/sms?mobile="_s + mobile);
    const QJsonArray messages = inbox.json().value(u"messages"_s).toArray();
    if (messages.isEmpty())
        return {};
    // Newest first or last: take the one with the latest time.
    QJsonObject newest;
    for (const QJsonValue& m : messages)
        if (newest.isEmpty() ||
            m.toObject().value(u"at"_s).toString() >= newest.value(u"at"_s).toString())
            newest = m.toObject();
    static const QRegularExpression sixDigits(u"([0-9]{6})"_s);
    return sixDigits.match(newest.value(u"text"_s).toString()).captured(1);
}

OutboxEntry TestConsentRenewalSync::row(const QString& id)
{
    OutboxStore outbox(m_f->db());
    auto r = outbox.find(id);
    if (!r || !r->has_value())
        qFatal("row %s missing", qPrintable(id));
    return **r;
}

bool TestConsentRenewalSync::renew(ConsentRenewal& renewal, const QString& requestId)
{
    const Status chosen = renewal.choose(requestId);
    if (!chosen) {
        qWarning() << "choose:" << chosen.error().code();
        return false;
    }
    QSignalSpy sent(&renewal, &ConsentRenewal::codeSent);
    QSignalSpy renewed(&renewal, &ConsentRenewal::renewed);
    QSignalSpy failed(&renewal, &ConsentRenewal::failed);
    if (!renewal.sendCode() ||
        !SyncFixture::waitFor([&] { return !sent.isEmpty() || !failed.isEmpty(); }, 15'000) ||
        sent.isEmpty()) {
        qWarning() << "send code:" << renewal.lastFailure().code;
        return false;
    }
    const QString code = smsCode(row(requestId).mobile);
    if (code.isEmpty() || !renewal.verify(code))
        return false;
    if (!SyncFixture::waitFor([&] { return !renewed.isEmpty() || !failed.isEmpty(); }, 15'000) ||
        renewed.isEmpty()) {
        qWarning() << "verify:" << renewal.lastFailure().code;
        return false;
    }
    return renewed.first().at(0).toString() == requestId;
}

void TestConsentRenewalSync::expiredOnBackendWhileQueuedOfflineIsRenewedAndAcceptedOnce()
{
    // GIVEN a request queued while the backend cannot be reached
    const QString nc = SyncFixture::nationalCode(11);
    const auto consents = m_f->mintConsents(1, nc, 1100);
    QVERIFY2(consents.size() == 1, qPrintable(m_f->error()));
    const OutboxEntry e = SyncFixture::propertyFileEntry(consents.first(), nc);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(e, SystemClock::instance().nowMs()));
    {
        HttpSettings offline = m_f->httpSettings();
        offline.baseUrl = u"https://127.0.0.1:1"_s; // nothing listens there
        auto offlineRig = m_f->makeRig(SyncConfig{}, offline);
        QVERIFY(offlineRig.engine->start());
        QVERIFY(SyncFixture::waitFor([&] { return row(e.requestId).attemptCount >= 1; }, 10'000));
        offlineRig.engine->stop();
        QVERIFY(SyncFixture::waitFor([&] { return row(e.requestId).state == OutboxState::Queued; },
                                     10'000));
    }
    // AND its consent expires on the backend's clock while it waits
    m_f->sandbox().advanceClock(25 * 3600);
    const qint64 requestsBefore = m_f->sandbox().count(u"requests"_s);

    // WHEN the network is back: the send is refused for the expired consent
    auto rig = m_f->makeRig(SyncConfig{});
    QSignalSpy attention(rig.engine.get(), &SyncEngine::requestNeedsAttention);
    QVERIFY(rig.engine->start());
    QVERIFY(attention.wait(15'000));
    QCOMPARE(row(e.requestId).state, OutboxState::NeedsAttention);
    QCOMPARE(row(e.requestId).lastErrorCode, u"api.problem.consent-token-expired"_s);
    auto pending = ConsentRenewal::pending(m_f->db(), SystemClock::instance().nowMs());
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().requestId, e.requestId);

    // AND the clerk renews the consent with a new code the citizen reads out
    ApiConsentBackend backend(*rig.api);
    ConsentRenewal renewal(
        m_f->db(), backend, [] { return SystemClock::instance().nowMs(); },
        [&rig] { rig.engine->syncNow(); });
    QSignalSpy accepted(rig.engine.get(), &SyncEngine::requestAccepted);
    QVERIFY(renew(renewal, e.requestId));
    QVERIFY(row(e.requestId).consentToken != e.consentToken);

    // THEN the same request goes out and is accepted, once
    QVERIFY(SyncFixture::waitFor([&] { return row(e.requestId).state == OutboxState::Accepted; },
                                 15'000));
    const OutboxEntry done = row(e.requestId);
    QCOMPARE(done.requestId, e.requestId);
    const auto server = m_f->sandboxTrackingCodes({e.requestId});
    QCOMPARE(server.size(), 1);
    QCOMPARE(server.value(e.requestId), done.trackingCode);
    QCOMPARE(m_f->sandbox().count(u"requests"_s), requestsBefore + 1);
    // An accepted request takes no new consent.
    QCOMPARE(renewal.choose(e.requestId).error().code(), u"consent.renew_after_accepted"_s);
    QCOMPARE(outbox
                 .renewConsent(e.requestId, u"ct_late"_s, SystemClock::instance().nowMs() + 60'000,
                               SystemClock::instance().nowMs())
                 .error()
                 .code(),
             u"consent.renew_after_accepted"_s);
    rig.engine->stop();
}

void TestConsentRenewalSync::storedButAnswerLostThenRenewedIsTheSameRequest()
{
    // GIVEN a request whose first send the backend stored but whose answer was lost
    const QString nc = SyncFixture::nationalCode(12);
    const auto consents = m_f->mintConsents(1, nc, 1200);
    QVERIFY2(consents.size() == 1, qPrintable(m_f->error()));
    SyncFixture::Consent consent = consents.first();
    consent.expiresAtMs = SystemClock::instance().nowMs() + 3'000; // this PC's view
    const OutboxEntry e = SyncFixture::propertyFileEntry(consent, nc);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(e, SystemClock::instance().nowMs()));
    const qint64 requestsBefore = m_f->sandbox().count(u"requests"_s);
    QCOMPARE(m_f->sandbox().setFaults({{u"drop_after_commit_rate"_s, 1.0}}).status, 200L);
    SyncConfig config;
    config.backoff = BackoffPolicy(200, 400);
    auto rig = m_f->makeRig(config);
    QVERIFY(rig.engine->start());
    QVERIFY(SyncFixture::waitFor(
        [&] { return m_f->sandbox().count(u"requests"_s) == requestsBefore + 1; }, 15'000));

    // AND its consent then expires on this PC while the answers stay lost
    QVERIFY(SyncFixture::waitFor(
        [&] {
            const OutboxEntry r = row(e.requestId);
            return r.state == OutboxState::NeedsAttention &&
                   r.lastErrorCode == u"consent.expired"_s;
        },
        20'000));
    rig.engine->stop();
    QCOMPARE(m_f->sandbox().setFaults(noFaults()).status, 200L);

    // WHEN the clerk renews it and it is sent again
    auto online = m_f->makeRig(SyncConfig{});
    ApiConsentBackend backend(*online.api);
    ConsentRenewal renewal(
        m_f->db(), backend, [] { return SystemClock::instance().nowMs(); },
        [&online] { online.engine->syncNow(); });
    QVERIFY(renew(renewal, e.requestId));
    QVERIFY(online.engine->start());

    // THEN the backend answers it as the request it already has: same tracking code, one request
    QVERIFY(SyncFixture::waitFor([&] { return row(e.requestId).state == OutboxState::Accepted; },
                                 15'000));
    const auto server = m_f->sandboxTrackingCodes({e.requestId});
    QCOMPARE(server.value(e.requestId), row(e.requestId).trackingCode);
    QCOMPARE(m_f->sandbox().count(u"requests"_s), requestsBefore + 1);
    online.engine->stop();
}

void TestConsentRenewalSync::lostChallengeAndVerifyAnswersAreReplayed()
{
    pishkhan::HttpClient http(m_f->httpSettings());
    ApiClient api(http);
    api.setCredentials(m_f->credentials());
    api.setClerkId(u"clerk.sync"_s);
    const QString nc = SyncFixture::nationalCode(13);
    const QString mobile = SyncFixture::mobile(1300);
    const auto smsCount = [&] {
        return m_f->sandbox()
            .admin()
            .get(u"/admin/v1/sms?mobile="_s + mobile)
            .json()
            .value(u"messages"_s)
            .toArray()
            .size();
    };

    // A challenge whose answer is dropped after commit: the clerk asks again.
    QCOMPARE(m_f->sandbox().setFaults({{u"drop_after_commit_rate"_s, 1.0}}).status, 200L);
    std::optional<ApiReply<OtpChallenge>> challenge;
    api.requestOtp(nc, mobile, u"property-file"_s,
                   [&](ApiReply<OtpChallenge> r) { challenge = r; });
    QVERIFY(SyncFixture::waitFor([&] { return challenge.has_value(); }, 15'000));
    QVERIFY(!challenge->ok());
    QVERIFY(challenge->error().isRetryable());
    QCOMPARE(api.unansweredConsentCalls(), 1);
    QCOMPARE(smsCount(), 1);
    QCOMPARE(m_f->sandbox().setFaults(noFaults()).status, 200L);
    challenge.reset();
    api.requestOtp(nc, mobile, u"property-file"_s,
                   [&](ApiReply<OtpChallenge> r) { challenge = r; });
    QVERIFY(SyncFixture::waitFor([&] { return challenge.has_value(); }, 15'000));
    QVERIFY2(challenge->ok(), qPrintable(challenge->ok() ? QString() : challenge->error().code()));
    QCOMPARE(smsCount(), 1); // replayed: no second code was sent
    QCOMPARE(api.unansweredConsentCalls(), 0);
    const QString challengeId = challenge->value().challengeId;
    const QString code = smsCode(mobile);
    QCOMPARE(code.size(), 6);

    // A verify whose answer is dropped after commit: the code is verified at the backend, and
    // the clerk's second try gets the same token instead of otp-challenge-used.
    const qint64 consentsBefore = m_f->sandbox().count(u"consents"_s);
    QCOMPARE(m_f->sandbox().setFaults({{u"drop_after_commit_rate"_s, 1.0}}).status, 200L);
    std::optional<ApiReply<ConsentGrant>> grant;
    api.verifyOtp(challengeId, code, [&](ApiReply<ConsentGrant> r) { grant = r; });
    QVERIFY(SyncFixture::waitFor([&] { return grant.has_value(); }, 15'000));
    QVERIFY(!grant->ok());
    QVERIFY(grant->error().kind() == ApiError::Kind::Transport);
    QCOMPARE(m_f->sandbox().count(u"consents"_s), consentsBefore + 1);
    QCOMPARE(m_f->sandbox().setFaults(noFaults()).status, 200L);
    grant.reset();
    api.verifyOtp(challengeId, code, [&](ApiReply<ConsentGrant> r) { grant = r; });
    QVERIFY(SyncFixture::waitFor([&] { return grant.has_value(); }, 15'000));
    QVERIFY2(grant->ok(), qPrintable(grant->ok() ? QString() : grant->error().code()));
    QVERIFY(grant->value().token.startsWith(u"ct_"_s));
    QCOMPARE(m_f->sandbox().count(u"consents"_s), consentsBefore + 1);

    // The replayed token is the live one: a request goes out with it.
    SyncFixture::Consent c{grant->value().token, grant->value().expiresAtMs, mobile};
    const OutboxEntry e = SyncFixture::propertyFileEntry(c, nc);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(e, SystemClock::instance().nowMs()));
    auto rig = m_f->makeRig(SyncConfig{});
    QVERIFY(rig.engine->start());
    QVERIFY(SyncFixture::waitFor([&] { return row(e.requestId).state == OutboxState::Accepted; },
                                 15'000));
    rig.engine->stop();
}

QTEST_GUILESS_MAIN(TestConsentRenewalSync)
#include "tst_consent_renewal_sync.moc"
