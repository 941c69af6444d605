// ConsentRenewal without a display, against a scripted backend and a real encrypted store:
// which requests may be renewed, the code sent to the same citizen for the same service, the
// backend's refusals (wrong code, expired, too many codes) leaving the request as it was, the
// new token stored on the same request id, which goes back to the queue, and a request that
// was accepted meanwhile refused with consent.renew_after_accepted.
#include "counter/ConsentRenewal.h"
#include "storage/LocalStore.h"
#include "storage/OutboxResult.h"
#include "storage/OutboxStore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kDay = 86'400'000;

// Answers later (never inside the call), as the product's backend does.
class ScriptedConsentBackend : public ServeBackend
{
public:
    QString otpFailure;    // code of a refused challenge, empty = sent
    QString verifyFailure; // code of a refused verify, empty = the code decides
    QString expectedCode = u"123456"_s;
    int challenges = 0;
    int verifies = 0;
    QString lastNationalCode, lastMobile, lastServiceId, lastCode, lastLegalEntityId;
    std::function<void()> beforeVerifyAnswer;

    void requestOtp(const QString& nationalCode, const QString& mobile, const QString& serviceId,
                    std::function<void(Answer<OtpIssued>)> done) override
    {
        ++challenges;
        lastNationalCode = nationalCode;
        lastMobile = mobile;
        lastServiceId = serviceId;
        Answer<OtpIssued> a;
        if (!otpFailure.isEmpty())
            a.failure = {otpFailure, u"برای این شماره همراه بیش از حد کد درخواست شده است"_s, false};
        else
            a.value = OtpIssued{u"ch_%1"_s.arg(challenges), kT0 + 120'000, 6, u"0912***4567"_s};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    void requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                           const QString& mobile, const QString& serviceId,
                           std::function<void(Answer<OtpIssued>)> done) override
    {
        requestOtp(nationalCode, mobile, serviceId, std::move(done));
        lastLegalEntityId = legalEntityId;
    }
    void verifyEngineer(const QString&, const QString&,
                        std::function<void(Answer<EngineerVerified>)> done) override
    {
        Answer<EngineerVerified> a;
        a.failure = {u"test.unused"_s, u"not asked by a renewal"_s, false};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    void verifyOtp(const QString&, const QString& code,
                   std::function<void(Answer<ConsentIssued>)> done) override
    {
        ++verifies;
        lastCode = code;
        Answer<ConsentIssued> a;
        if (!verifyFailure.isEmpty())
            a.failure = {verifyFailure, u"کد یکبار مصرف منقضی شده است"_s, false};
        else if (code != expectedCode)
            a.failure = {u"api.problem.otp-code-wrong"_s, u"کد یکبار مصرف نادرست است"_s, false};
        else
            a.value = ConsentIssued{u"ct_new_%1"_s.arg(verifies), kT0 + 2 * kDay};
        QTimer::singleShot(0, [this, a, done] {
            if (beforeVerifyAnswer)
                beforeVerifyAnswer();
            done(a);
        });
    }
    Answer<Committed> commit(const CommitRequest&) override { return {}; }
    void sendNow(const QString&, std::function<void(SendOutcome)>) override {}
};

QByteArray storeKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    return key;
}

} // namespace

class TestConsentRenewalCore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chooseOnlyWhatNeedsRenewal_data();
    void chooseOnlyWhatNeedsRenewal();
    void renewsTheSameRequest_data();
    void renewsTheSameRequest();
    void backendRefusalsLeaveTheRequest_data();
    void backendRefusalsLeaveTheRequest();
    void codeShapeAndOrderAreChecked_data();
    void codeShapeAndOrderAreChecked();
    void acceptedMeanwhileIsRefused();
    void pendingListsWhatTheScreenShows();

private:
    // A request in needs_attention (refused for its consent) or queued with an expired one.
    QString addRequest(bool refusedByBackend, qint64 consentExpiresAt = kT0 + 1,
                       const QString& legalEntityId = {});
    [[nodiscard]] OutboxEntry row(const QString& id);
    ConsentRenewal& renewal()
    {
        if (!m_renewal)
            m_renewal.emplace(
                m_store->database(), m_backend, [this] { return m_now; }, [this] { ++m_wakes; });
        return *m_renewal;
    }

    QTemporaryDir m_dir;
    std::optional<LocalStore> m_store;
    ScriptedConsentBackend m_backend;
    std::optional<ConsentRenewal> m_renewal;
    qint64 m_now = kT0 + 60'000;
    int m_wakes = 0;
    int m_serial = 0;
};

void TestConsentRenewalCore::init()
{
    auto store = LocalStore::open(m_dir.filePath(u"renewal-%1.db"_s.arg(++m_serial)), storeKey());
    QVERIFY(store.ok());
    m_store.emplace(std::move(*store));
    m_backend = ScriptedConsentBackend();
    m_now = kT0 + 60'000;
    m_wakes = 0;
}

void TestConsentRenewalCore::cleanup()
{
    m_renewal.reset();
    m_store.reset();
}

QString TestConsentRenewalCore::addRequest(bool refusedByBackend, qint64 consentExpiresAt,
                                           const QString& legalEntityId)
{
    OutboxStore outbox(m_store->database());
    OutboxEntry e;
    e.requestId = OutboxStore::newRequestId();
    e.serviceId = u"property-file"_s;
    e.nationalCode = u"0499370899"_s;
    e.mobile = u"09121234567"_s;
    e.payload = uR"({"district":6,"fields":{},"fee_rials":80000})"_s;
    e.consentToken = u"ct_old"_s;
    e.consentExpiresAt = consentExpiresAt;
    e.applicantLegalEntityId = legalEntityId;
    if (!outbox.enqueue(e, kT0))
        qFatal("enqueue");
    if (refusedByBackend) {
        if (!outbox.claim(e.requestId, kT0))
            qFatal("claim");
        if (!outbox.recordResults(
                {OutboxResult::needsAttention(e.requestId, u"api.problem.consent-token-expired"_s,
                                              u"expired"_s, u"مهلت رضایت شهروند گذشته است"_s)},
                kT0))
            qFatal("record");
    }
    return e.requestId;
}

OutboxEntry TestConsentRenewalCore::row(const QString& id)
{
    OutboxStore outbox(m_store->database());
    auto r = outbox.find(id);
    if (!r || !r->has_value())
        qFatal("row");
    return **r;
}

void TestConsentRenewalCore::chooseOnlyWhatNeedsRenewal_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("queued, consent expired") << u"queued-expired"_s << QString();
    QTest::newRow("refused by the backend") << u"refused"_s << QString();
    QTest::newRow("queued, consent valid") << u"queued-valid"_s << u"consent.renew_not_needed"_s;
    QTest::newRow("accepted") << u"accepted"_s << u"consent.renew_after_accepted"_s;
    QTest::newRow("being sent") << u"sending"_s << u"consent.renew_while_sending"_s;
    QTest::newRow("withdrawn") << u"withdrawn"_s << u"consent.renew_withdrawn"_s;
    QTest::newRow("unknown id") << u"unknown"_s << u"outbox.not_found"_s;
}

void TestConsentRenewalCore::chooseOnlyWhatNeedsRenewal()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QString id;
    if (kind == u"queued-expired"_s)
        id = addRequest(false);
    else if (kind == u"refused"_s)
        id = addRequest(true, kT0 + kDay);
    else if (kind == u"queued-valid"_s)
        id = addRequest(false, kT0 + kDay);
    else if (kind == u"accepted"_s) {
        id = addRequest(false, kT0 + kDay);
        OutboxStore outbox(m_store->database());
        QVERIFY(outbox.claim(id, kT0));
        QVERIFY(outbox.recordResults({OutboxResult::accepted(id, u"1404-KTD-000001"_s)}, kT0));
    } else if (kind == u"sending"_s) {
        id = addRequest(false);
        OutboxStore outbox(m_store->database());
        QVERIFY(outbox.claim(id, kT0));
    } else if (kind == u"withdrawn"_s) {
        id = addRequest(false);
        OutboxStore outbox(m_store->database());
        QVERIFY(outbox.withdraw(id, kT0));
    } else {
        id = OutboxStore::newRequestId();
    }
    const Status s = renewal().choose(id);
    QCOMPARE(s.ok() ? QString() : s.error().code(), code);
    QCOMPARE(renewal().step(),
             code.isEmpty() ? ConsentRenewal::Step::Chosen : ConsentRenewal::Step::None);
    if (code.isEmpty()) {
        QCOMPARE(renewal().request().requestId, id);
        QCOMPARE(renewal().maskedMobile(), u"*******4567"_s); // never the whole number
    } else {
        QVERIFY(!s.error().userMessage().isEmpty());
        QCOMPARE(renewal().sendCode().error().code(), u"renewal.no_request"_s);
    }
}

void TestConsentRenewalCore::renewsTheSameRequest_data()
{
    QTest::addColumn<bool>("refusedByBackend");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("company"); // the applicant's legal-entity id, empty for a person
    QTest::newRow("needs attention, ASCII digits") << true << u"123456"_s << QString();
    QTest::newRow("queued, Persian digits") << false << u"۱۲۳۴۵۶"_s << QString();
    QTest::newRow("a company's request") << true << u"123456"_s << u"10380284790"_s;
}

void TestConsentRenewalCore::renewsTheSameRequest()
{
    QFETCH(bool, refusedByBackend);
    QFETCH(QString, typed);
    QFETCH(QString, company);
    const QString id = addRequest(refusedByBackend, kT0 + 1, company);
    const OutboxEntry before = row(id);
    QVERIFY(renewal().choose(id));
    QSignalSpy sent(&renewal(), &ConsentRenewal::codeSent);
    QSignalSpy renewed(&renewal(), &ConsentRenewal::renewed);
    QVERIFY(renewal().sendCode());
    QCOMPARE(renewal().step(), ConsentRenewal::Step::SendingCode);
    QVERIFY(renewal().isBusy());
    QCOMPARE(renewal().sendCode().error().code(), u"renewal.busy"_s);
    QVERIFY(sent.wait(5000));
    // The same citizen, mobile and service as the request.
    QCOMPARE(m_backend.lastNationalCode, before.nationalCode);
    QCOMPARE(m_backend.lastMobile, before.mobile);
    QCOMPARE(m_backend.lastServiceId, before.serviceId);
    QCOMPARE(m_backend.lastLegalEntityId, company);
    QCOMPARE(renewal().step(), ConsentRenewal::Step::AwaitingCode);
    QCOMPARE(renewal().maskedMobile(), u"0912***4567"_s);

    QVERIFY(renewal().verify(typed));
    QCOMPARE(m_backend.lastCode, u"123456"_s);
    QVERIFY(renewed.wait(5000));
    QCOMPARE(renewed.first().at(0).toString(), id);
    QCOMPARE(renewal().step(), ConsentRenewal::Step::Renewed);
    QCOMPARE(m_wakes, 1);
    const OutboxEntry after = row(id);
    QCOMPARE(after.requestId, id);
    QCOMPARE(after.state, OutboxState::Queued);
    QCOMPARE(after.consentToken, u"ct_new_1"_s);
    QCOMPARE(after.consentExpiresAt, kT0 + 2 * kDay);
    QCOMPARE(after.payload, before.payload);
    QCOMPARE(after.nationalCode, before.nationalCode);
    QVERIFY(after.nextAttemptAt <= m_now);
}

void TestConsentRenewalCore::backendRefusalsLeaveTheRequest_data()
{
    QTest::addColumn<QString>("otpFailure");
    QTest::addColumn<QString>("verifyFailure");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("stepAfter");
    QTest::newRow("too many codes")
        << u"api.problem.otp-rate-limited"_s << QString() << QString()
        << u"api.problem.otp-rate-limited"_s << int(ConsentRenewal::Step::Chosen);
    QTest::newRow("wrong code") << QString() << QString() << u"654321"_s
                                << u"api.problem.otp-code-wrong"_s
                                << int(ConsentRenewal::Step::AwaitingCode);
    QTest::newRow("code expired") << QString() << u"api.problem.otp-challenge-expired"_s
                                  << u"123456"_s << u"api.problem.otp-challenge-expired"_s
                                  << int(ConsentRenewal::Step::AwaitingCode);
    QTest::newRow("code burned") << QString() << u"api.problem.otp-challenge-burned"_s
                                 << u"123456"_s << u"api.problem.otp-challenge-burned"_s
                                 << int(ConsentRenewal::Step::AwaitingCode);
}

void TestConsentRenewalCore::backendRefusalsLeaveTheRequest()
{
    QFETCH(QString, otpFailure);
    QFETCH(QString, verifyFailure);
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(int, stepAfter);
    m_backend.otpFailure = otpFailure;
    m_backend.verifyFailure = verifyFailure;
    const QString id = addRequest(true);
    const OutboxEntry before = row(id);
    QVERIFY(renewal().choose(id));
    QSignalSpy failed(&renewal(), &ConsentRenewal::failed);
    QSignalSpy sent(&renewal(), &ConsentRenewal::codeSent);
    QVERIFY(renewal().sendCode());
    if (otpFailure.isEmpty()) {
        QVERIFY(sent.wait(5000));
        QVERIFY(renewal().verify(typed));
    }
    QVERIFY(failed.wait(5000));
    QCOMPARE(renewal().lastFailure().code, code);
    QVERIFY(!renewal().lastFailure().userMessage.isEmpty()); // the backend's Persian sentence
    QCOMPARE(int(renewal().step()), stepAfter);
    const OutboxEntry after = row(id);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.consentToken, before.consentToken);
    QCOMPARE(m_wakes, 0);
    // The clerk may try again: a new code can always be asked for.
    m_backend.otpFailure.clear();
    QVERIFY(renewal().sendCode());
    QVERIFY(sent.wait(5000));
}

void TestConsentRenewalCore::codeShapeAndOrderAreChecked_data()
{
    QTest::addColumn<bool>("sendFirst");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("no code sent yet") << false << u"123456"_s << u"otp.no_challenge"_s;
    QTest::newRow("five digits") << true << u"12345"_s << u"otp.shape"_s;
    QTest::newRow("letters") << true << u"12a456"_s << u"otp.shape"_s;
    QTest::newRow("empty") << true << QString() << u"otp.shape"_s;
}

void TestConsentRenewalCore::codeShapeAndOrderAreChecked()
{
    QFETCH(bool, sendFirst);
    QFETCH(QString, typed);
    QFETCH(QString, code);
    const QString id = addRequest(false);
    QVERIFY(renewal().choose(id));
    if (sendFirst) {
        QSignalSpy sent(&renewal(), &ConsentRenewal::codeSent);
        QVERIFY(renewal().sendCode());
        QVERIFY(sent.wait(5000));
    }
    const Status s = renewal().verify(typed);
    QCOMPARE(s.ok() ? QString() : s.error().code(), code);
    QCOMPARE(m_backend.verifies, 0); // refused before anything is sent
}

void TestConsentRenewalCore::acceptedMeanwhileIsRefused()
{
    // GIVEN a renewal under way for a queued request whose consent the PC thinks expired
    const QString id = addRequest(false);
    QVERIFY(renewal().choose(id));
    QSignalSpy sent(&renewal(), &ConsentRenewal::codeSent);
    QSignalSpy failed(&renewal(), &ConsentRenewal::failed);
    QVERIFY(renewal().sendCode());
    QVERIFY(sent.wait(5000));
    // WHEN the request is accepted (an earlier send got through) while the citizen reads out
    // the code
    m_backend.beforeVerifyAnswer = [this, id] {
        OutboxStore outbox(m_store->database());
        m_now = kT0; // before the local expiry: the claim leaves it queued
        if (!outbox.claim(id, kT0) ||
            !outbox.recordResults({OutboxResult::accepted(id, u"1404-KTD-000009"_s)}, kT0))
            qFatal("accept");
        m_now = kT0 + 60'000;
    };
    QVERIFY(renewal().verify(u"123456"_s));
    // THEN the renewal is refused with a clear reason and the accepted request is untouched
    QVERIFY(failed.wait(5000));
    QCOMPARE(renewal().lastFailure().code, u"consent.renew_after_accepted"_s);
    QVERIFY(!renewal().lastFailure().userMessage.isEmpty());
    const OutboxEntry after = row(id);
    QCOMPARE(after.state, OutboxState::Accepted);
    QCOMPARE(after.consentToken, u"ct_old"_s);
    QCOMPARE(m_wakes, 0);
}

void TestConsentRenewalCore::pendingListsWhatTheScreenShows()
{
    const QString expired = addRequest(false);
    const QString refused = addRequest(true, kT0 + kDay);
    (void)addRequest(false, kT0 + kDay); // valid: not listed
    auto pending = ConsentRenewal::pending(m_store->database(), m_now);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).requestId, expired);
    QCOMPARE(pending->at(1).requestId, refused);
}

QTEST_GUILESS_MAIN(TestConsentRenewalCore)
#include "tst_consent_renewal_core.moc"
