// A 4xx validation reply moves the request to needs-attention with the backend's
// Persian reason; fixed and resubmitted, it goes under the same idempotency key.
// A consent that expires while its request waits in the queue moves the request to
// needs-attention with a clear reason, and it is not retried forever — both when the PC's
// clock sees the expiry and when only the backend's clock does.
#include "SyncFixture.h"

#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestSyncNeedsAttention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validationRefusalThenResubmitUnderSameKey();
    void consentExpiredInQueueLocally();
    void consentExpiredOnBackendClock();
    void unauthorizedPausesAndAsksForActivation();

private:
    std::unique_ptr<SyncFixture> m_f;
};

void TestSyncNeedsAttention::initTestCase()
{
    m_f = std::make_unique<SyncFixture>();
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
}

void TestSyncNeedsAttention::validationRefusalThenResubmitUnderSameKey()
{
    // GIVEN a queued request whose district the backend does not know
    const QString nc = SyncFixture::nationalCode(1);
    const auto consents = m_f->mintConsents(1, nc, 100);
    QVERIFY2(consents.size() == 1, qPrintable(m_f->error()));
    OutboxEntry bad = SyncFixture::propertyFileEntry(consents.first(), nc, 99);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(bad, SystemClock::instance().nowMs()));

    // WHEN the engine sends it
    auto rig = m_f->makeRig(SyncConfig{});
    QSignalSpy attention(rig.engine.get(), &SyncEngine::requestNeedsAttention);
    QVERIFY(rig.engine->start());
    QVERIFY(attention.wait(10'000));

    // THEN it needs attention, with the backend's Persian sentence
    const QString districtUnknownFa = u"منطقه شهرداری نامعتبر است"_s;
    QCOMPARE(attention.first().at(0).toString(), bad.requestId);
    QCOMPARE(attention.first().at(1).toString(), districtUnknownFa);
    auto row = outbox.find(bad.requestId);
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->state, OutboxState::NeedsAttention);
    QCOMPARE((*row)->lastErrorCode, u"api.problem.district-unknown"_s);
    QCOMPARE((*row)->lastErrorMessageFa, districtUnknownFa);
    QVERIFY(SyncFixture::waitFor([&] { return rig.engine->snapshot().needsAttention == 1; }, 5000));
    QCOMPARE(m_f->sandbox().count(u"requests"_s), 0);

    // WHEN the clerk fixes the district and resubmits
    OutboxEntry fixed = SyncFixture::propertyFileEntry(consents.first(), nc, 6);
    QVERIFY(outbox.resubmit(bad.requestId, SystemClock::instance().nowMs(), fixed.payload));
    QSignalSpy accepted(rig.engine.get(), &SyncEngine::requestAccepted);
    rig.engine->syncNow();
    QVERIFY(accepted.wait(10'000));

    // THEN it is accepted under the same idempotency key (the 4xx bound nothing)
    row = outbox.find(bad.requestId);
    QCOMPARE((*row)->state, OutboxState::Accepted);
    const auto server = m_f->sandboxTrackingCodes({bad.requestId});
    QCOMPARE(server.value(bad.requestId), (*row)->trackingCode);
    QCOMPARE(m_f->sandbox().count(u"requests"_s), 1);
    rig.engine->stop();
}

void TestSyncNeedsAttention::consentExpiredInQueueLocally()
{
    // GIVEN a request whose consent expires in a second, and a backend that cannot be reached
    const QString nc = SyncFixture::nationalCode(2);
    const auto consents = m_f->mintConsents(1, nc, 200);
    QVERIFY(consents.size() == 1);
    SyncFixture::Consent consent = consents.first();
    consent.expiresAtMs = SystemClock::instance().nowMs() + 1'000;
    OutboxEntry e = SyncFixture::propertyFileEntry(consent, nc);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(e, SystemClock::instance().nowMs()));
    HttpSettings offline = m_f->httpSettings();
    offline.baseUrl = u"https://127.0.0.1:1"_s; // nothing listens there
    SyncConfig config;
    config.backoff = BackoffPolicy(100, 300);
    auto rig = m_f->makeRig(config, offline);
    QSignalSpy attention(rig.engine.get(), &SyncEngine::stateChanged);

    // WHEN the engine keeps retrying past the expiry
    QVERIFY(rig.engine->start());
    QVERIFY(SyncFixture::waitFor(
        [&] {
            auto r = outbox.find(e.requestId);
            return r && r->has_value() && (*r)->state == OutboxState::NeedsAttention;
        },
        10'000));

    // THEN it needs attention with a clear reason, and no further attempt is made
    auto row = outbox.find(e.requestId);
    QCOMPARE((*row)->lastErrorCode, u"consent.expired"_s);
    QVERIFY((*row)->lastErrorMessageFa.contains(u"رضایت"_s));
    const int attempts = (*row)->attemptCount;
    QVERIFY(attempts >= 1);
    QTest::qWait(1'000);
    row = outbox.find(e.requestId);
    QCOMPARE((*row)->state, OutboxState::NeedsAttention);
    QCOMPARE((*row)->attemptCount, attempts);
    QCOMPARE(rig.engine->snapshot().connectivity, SyncSnapshot::Connectivity::Offline);
    rig.engine->stop();
}

void TestSyncNeedsAttention::consentExpiredOnBackendClock()
{
    // GIVEN a queued request whose consent the backend considers expired (its clock is 25 h
    // ahead) while this PC still thinks it valid
    const QString nc = SyncFixture::nationalCode(3);
    const auto consents = m_f->mintConsents(1, nc, 300);
    QVERIFY(consents.size() == 1);
    SyncFixture::Consent consent = consents.first();
    consent.expiresAtMs = SystemClock::instance().nowMs() + 86'400'000;
    OutboxEntry e = SyncFixture::propertyFileEntry(consent, nc);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(e, SystemClock::instance().nowMs()));
    m_f->sandbox().advanceClock(25 * 3600);

    // WHEN the engine sends it
    auto rig = m_f->makeRig(SyncConfig{});
    QSignalSpy attention(rig.engine.get(), &SyncEngine::requestNeedsAttention);
    QVERIFY(rig.engine->start());
    QVERIFY(attention.wait(10'000));

    // THEN the backend's refusal lands in needs-attention with its Persian reason
    auto row = outbox.find(e.requestId);
    QCOMPARE((*row)->state, OutboxState::NeedsAttention);
    QCOMPARE((*row)->lastErrorCode, u"api.problem.consent-token-expired"_s);
    QVERIFY((*row)->lastErrorMessageFa.startsWith(u"مهلت رضایت شهروند گذشته است"_s));
    rig.engine->stop();
}

void TestSyncNeedsAttention::unauthorizedPausesAndAsksForActivation()
{
    // GIVEN a queued request and a device the backend has revoked
    const QString nc = SyncFixture::nationalCode(4);
    const auto consents = m_f->mintConsents(1, nc, 400);
    QVERIFY(consents.size() == 1);
    OutboxEntry e = SyncFixture::propertyFileEntry(consents.first(), nc);
    OutboxStore outbox(m_f->db());
    QVERIFY(outbox.enqueue(e, SystemClock::instance().nowMs()));
    auto rig = m_f->makeRig(SyncConfig{});
    rig.api->setCredentials({m_f->credentials().deviceId, u"not-the-token"_s});
    QSignalSpy activation(rig.engine.get(), &SyncEngine::activationRequired);

    // WHEN the engine tries to sync
    QVERIFY(rig.engine->start());
    QVERIFY(activation.wait(10'000));

    // THEN it pauses, asks for re-activation and keeps the request queued. Another call (the
    // catalogue or clock check) may meet the 401 first while the batch is still in flight, so
    // the row is allowed to finish its round trip before it must be back in the queue.
    QCOMPARE(rig.engine->snapshot().connectivity, SyncSnapshot::Connectivity::NeedsActivation);
    QTRY_COMPARE_WITH_TIMEOUT(outbox.find(e.requestId)->value().state, OutboxState::Queued, 10'000);

    // AND with valid credentials again it resumes and sends
    rig.api->setCredentials(m_f->credentials());
    QSignalSpy accepted(rig.engine.get(), &SyncEngine::requestAccepted);
    rig.engine->resumeAfterActivation();
    QVERIFY(accepted.wait(10'000));
    QCOMPARE(outbox.find(e.requestId)->value().state, OutboxState::Accepted);
    rig.engine->stop();
}

QTEST_GUILESS_MAIN(TestSyncNeedsAttention)
#include "tst_sync_needs_attention.moc"
