// OutboxStore::renewConsent and the list of requests whose consent must be renewed: which
// states may take a new consent (and what each refusal says), that the request keeps its id,
// goes back to the queue and becomes due, and that a refused renewal changes nothing.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/OutboxResult.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pishkhan::OutboxState)

namespace {
constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kDay = 86'400'000;
const QString kNewToken = u"ct_renewed"_s;
} // namespace

class TestOutboxConsentRenewal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void renewByState_data();
    void renewByState();
    void refusedRenewalChangesNothing_data();
    void refusedRenewalChangesNothing();
    void mandateRowNeedsNoConsent();
    void listsExpiredAndRefusedConsents_data();
    void listsExpiredAndRefusedConsents();
    void renewedRequestIsClaimedAgainWithItsId();

private:
    // A row driven to `state` (consent valid for a day unless expiresAt is given).
    OutboxEntry rowIn(OutboxState state, qint64 expiresAt = kT0 + kDay,
                      const QString& lastErrorCode = u"api.problem.consent-token-expired"_s);
    OutboxEntry reread(const QString& requestId);

    QTemporaryDir m_dir;
    std::optional<LocalStore> m_store;
    std::optional<OutboxStore> m_outbox;
    int m_serial = 0;
};

void TestOutboxConsentRenewal::init()
{
    auto store = LocalStore::open(m_dir.filePath(u"renew-%1.db"_s.arg(++m_serial)), randomKey());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    m_store.emplace(std::move(*store));
    m_outbox.emplace(m_store->database());
}

void TestOutboxConsentRenewal::cleanup()
{
    m_outbox.reset();
    m_store.reset();
}

OutboxEntry TestOutboxConsentRenewal::rowIn(OutboxState state, qint64 expiresAt,
                                            const QString& lastErrorCode)
{
    OutboxEntry e = sampleEntry();
    e.consentExpiresAt = expiresAt;
    if (!m_outbox->enqueue(e, kT0))
        qFatal("enqueue failed");
    if (state == OutboxState::Queued)
        return reread(e.requestId);
    if (state == OutboxState::Withdrawn) {
        if (!m_outbox->withdraw(e.requestId, kT0))
            qFatal("withdraw failed");
        return reread(e.requestId);
    }
    auto claimed = m_outbox->claim(e.requestId, kT0);
    if (!claimed || !claimed->has_value())
        qFatal("claim failed");
    OutboxResult r;
    switch (state) {
    case OutboxState::Sending:
        return reread(e.requestId);
    case OutboxState::Accepted:
        r = OutboxResult::accepted(e.requestId, u"1404-KTD-000001"_s);
        break;
    case OutboxState::Rejected:
        r = OutboxResult::rejected(e.requestId, u"rejected"_s, u"rejected"_s, u"رد شد"_s);
        break;
    default:
        r = OutboxResult::needsAttention(e.requestId, lastErrorCode, u"refused"_s, u"رد شد"_s);
        break;
    }
    if (!m_outbox->recordResults({r}, kT0))
        qFatal("record failed");
    return reread(e.requestId);
}

OutboxEntry TestOutboxConsentRenewal::reread(const QString& requestId)
{
    auto found = m_outbox->find(requestId);
    if (!found || !found->has_value())
        qFatal("row vanished");
    return **found;
}

void TestOutboxConsentRenewal::renewByState_data()
{
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<OutboxState>("after");
    QTest::newRow("queued, consent expired")
        << OutboxState::Queued << kT0 + 1 << OutboxState::Queued;
    QTest::newRow("queued, consent still valid")
        << OutboxState::Queued << kT0 + kDay << OutboxState::Queued;
    QTest::newRow("needs attention, refused as expired")
        << OutboxState::NeedsAttention << kT0 + kDay << OutboxState::Queued;
    QTest::newRow("needs attention, expired in the queue")
        << OutboxState::NeedsAttention << kT0 + 1 << OutboxState::Queued;
}

void TestOutboxConsentRenewal::renewByState()
{
    QFETCH(OutboxState, state);
    QFETCH(qint64, expiresAt);
    QFETCH(OutboxState, after);
    const OutboxEntry before = rowIn(state, expiresAt);
    const qint64 now = kT0 + 2 * kDay;
    const Status s = m_outbox->renewConsent(before.requestId, kNewToken, now + kDay, now);
    QVERIFY2(s.ok(), qPrintable(s ? QString() : describeError(s.error())));
    const OutboxEntry r = reread(before.requestId);
    QCOMPARE(r.requestId, before.requestId);
    QCOMPARE(r.state, after);
    QCOMPARE(r.consentToken, kNewToken);
    QCOMPARE(r.consentExpiresAt, now + kDay);
    QCOMPARE(r.payload, before.payload); // the request itself is untouched
    QVERIFY(r.nextAttemptAt <= now);     // due at once
    QVERIFY(r.lastErrorCode.isEmpty());
    QCOMPARE(r.attemptCount, 0);
    QVERIFY(!OutboxStore::needsConsentRenewal(r, now));
    auto pending = m_outbox->consentsToRenew(now);
    QVERIFY(pending.ok());
    QVERIFY(pending->isEmpty());
}

void TestOutboxConsentRenewal::refusedRenewalChangesNothing_data()
{
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("validFor");
    QTest::addColumn<QString>("code");
    QTest::newRow("accepted") << OutboxState::Accepted << kNewToken << kDay
                              << u"consent.renew_after_accepted"_s;
    QTest::newRow("rejected after acceptance")
        << OutboxState::Rejected << kNewToken << kDay << u"consent.renew_after_accepted"_s;
    QTest::newRow("being sent") << OutboxState::Sending << kNewToken << kDay
                                << u"consent.renew_while_sending"_s;
    QTest::newRow("withdrawn") << OutboxState::Withdrawn << kNewToken << kDay
                               << u"consent.renew_withdrawn"_s;
    QTest::newRow("empty token") << OutboxState::NeedsAttention << QString() << kDay
                                 << u"consent.renew_invalid"_s;
    QTest::newRow("token already expired")
        << OutboxState::NeedsAttention << kNewToken << qint64(0) << u"consent.renew_invalid"_s;
}

void TestOutboxConsentRenewal::refusedRenewalChangesNothing()
{
    QFETCH(OutboxState, state);
    QFETCH(QString, token);
    QFETCH(qint64, validFor);
    QFETCH(QString, code);
    const OutboxEntry before = rowIn(state);
    const qint64 now = kT0 + 1000;
    const Status s = m_outbox->renewConsent(before.requestId, token, now + validFor, now);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), code);
    QVERIFY(!s.error().userMessage().isEmpty());
    const OutboxEntry r = reread(before.requestId);
    QCOMPARE(r.state, before.state);
    QCOMPARE(r.consentToken, before.consentToken);
    QCOMPARE(r.consentExpiresAt, before.consentExpiresAt);
    QCOMPARE(r.updatedAt, before.updatedAt);
    QCOMPARE(r.trackingCode, before.trackingCode);

    const Status missing =
        m_outbox->renewConsent(OutboxStore::newRequestId(), kNewToken, now + kDay, now);
    QCOMPARE(missing.error().code(), u"outbox.not_found"_s);
}

void TestOutboxConsentRenewal::mandateRowNeedsNoConsent()
{
    OutboxEntry e = sampleEntry();
    e.consentToken.clear();
    e.consentExpiresAt = kT0 + 1;
    e.mandateNumber = u"M-1"_s;
    e.organisationId = u"10101010101"_s;
    QVERIFY(m_outbox->enqueue(e, kT0));
    const Status s = m_outbox->renewConsent(e.requestId, kNewToken, kT0 + kDay, kT0 + 10);
    QCOMPARE(s.error().code(), u"consent.renew_not_needed"_s);
    auto pending = m_outbox->consentsToRenew(kT0 + 10);
    QVERIFY(pending.ok() && pending->isEmpty());
}

void TestOutboxConsentRenewal::listsExpiredAndRefusedConsents_data()
{
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<bool>("listed");
    const qint64 soon = kT0 + 1;
    const qint64 later = kT0 + kDay;
    QTest::newRow("queued, expired") << OutboxState::Queued << soon << QString() << true;
    QTest::newRow("queued, valid") << OutboxState::Queued << later << QString() << false;
    QTest::newRow("queued, no consent needed")
        << OutboxState::Queued << qint64(0) << QString() << false;
    QTest::newRow("refused: expired")
        << OutboxState::NeedsAttention << later << u"api.problem.consent-token-expired"_s << true;
    QTest::newRow("refused: used")
        << OutboxState::NeedsAttention << later << u"api.problem.consent-token-used"_s << true;
    QTest::newRow("refused: unknown")
        << OutboxState::NeedsAttention << later << u"api.problem.consent-token-invalid"_s << true;
    QTest::newRow("refused: another citizen's")
        << OutboxState::NeedsAttention << later << u"api.problem.consent-token-mismatch"_s << true;
    QTest::newRow("expired here") << OutboxState::NeedsAttention << later << u"consent.expired"_s
                                  << true;
    QTest::newRow("refused for a field, consent expired")
        << OutboxState::NeedsAttention << soon << u"api.problem.district-unknown"_s << true;
    QTest::newRow("refused for a field, consent valid")
        << OutboxState::NeedsAttention << later << u"api.problem.district-unknown"_s << false;
    QTest::newRow("accepted, consent expired since")
        << OutboxState::Accepted << soon << QString() << false;
    QTest::newRow("withdrawn, consent expired")
        << OutboxState::Withdrawn << soon << QString() << false;
}

void TestOutboxConsentRenewal::listsExpiredAndRefusedConsents()
{
    QFETCH(OutboxState, state);
    QFETCH(qint64, expiresAt);
    QFETCH(QString, lastError);
    QFETCH(bool, listed);
    const OutboxEntry other = rowIn(OutboxState::Queued, kT0 + kDay); // never listed
    const OutboxEntry e = rowIn(state, expiresAt, lastError);
    const qint64 now = kT0 + 60'000;
    auto pending = m_outbox->consentsToRenew(now);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), listed ? 1 : 0);
    if (listed)
        QCOMPARE(pending->first().requestId, e.requestId);
    QCOMPARE(OutboxStore::needsConsentRenewal(e, now), listed);
    QVERIFY(!OutboxStore::needsConsentRenewal(other, now));
}

void TestOutboxConsentRenewal::renewedRequestIsClaimedAgainWithItsId()
{
    // GIVEN a queued request whose consent expired: the claim moves it to needs attention
    const OutboxEntry e = rowIn(OutboxState::Queued, kT0 + 1);
    const qint64 now = kT0 + 10'000;
    auto claimed = m_outbox->claimBatch(10, now);
    QVERIFY(claimed.ok() && claimed->isEmpty());
    QCOMPARE(reread(e.requestId).state, OutboxState::NeedsAttention);
    QCOMPARE(reread(e.requestId).lastErrorCode, u"consent.expired"_s);
    // WHEN its consent is renewed
    QVERIFY(m_outbox->renewConsent(e.requestId, kNewToken, now + kDay, now));
    // THEN the next claim takes it, same id, new token
    claimed = m_outbox->claimBatch(10, now);
    QVERIFY(claimed.ok());
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->first().requestId, e.requestId);
    QCOMPARE(claimed->first().consentToken, kNewToken);
}

QTEST_GUILESS_MAIN(TestOutboxConsentRenewal)
#include "tst_outbox_consent_renewal.moc"
