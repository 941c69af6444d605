// The serve-a-citizen rules without a display: catalogue parsing and search, field
// validation, district availability, the council fee range, the one-time code's expiry and
// cool-down, and the card reference — against a scripted backend.
#include "SandboxCatalogue.h"
#include "counter/ServeFlow.h"
#include "counter/ServiceCatalogue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using namespace pishkhan::test;

namespace {

class FakeBackend : public ServeBackend
{
public:
    bool otpFails = false;
    QString expectedCode = u"123456"_s;
    int commits = 0;
    SendOutcome::Kind sendKind = SendOutcome::Kind::Accepted;
    qint64 now = 1'000'000;

    void requestOtp(const QString&, const QString&, const QString&,
                    std::function<void(Answer<OtpIssued>)> done) override
    {
        Answer<OtpIssued> a;
        if (otpFails)
            a.failure = {u"api.problem.otp-rate-limited"_s, u"rate limited"_s, false};
        else
            a.value = OtpIssued{u"ch_1"_s, now + 120'000, 6, u"091*****567"_s};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    void verifyOtp(const QString&, const QString& code,
                   std::function<void(Answer<ConsentIssued>)> done) override
    {
        Answer<ConsentIssued> a;
        if (code != expectedCode)
            a.failure = {u"api.problem.otp-code-wrong"_s, u"wrong code"_s, false};
        else
            a.value = ConsentIssued{u"ct_1"_s, now + 86'400'000};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    void requestCompanyOtp(const QString&, const QString& nationalCode, const QString& mobile,
                           const QString& serviceId,
                           std::function<void(Answer<OtpIssued>)> done) override
    {
        requestOtp(nationalCode, mobile, serviceId, std::move(done));
    }
    void verifyEngineer(const QString&, const QString& license,
                        std::function<void(Answer<EngineerVerified>)> done) override
    {
        Answer<EngineerVerified> a;
        a.value = EngineerVerified{license, u"مهندس"_s, u"Engineer"_s, 0};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    Answer<Committed> commit(const CommitRequest& r) override
    {
        ++commits;
        lastCommit = r;
        Answer<Committed> a;
        a.value = Committed{r.requestId, commits, u"14050907-1-0001"_s};
        return a;
    }
    void sendNow(const QString&, std::function<void(SendOutcome)> done) override
    {
        SendOutcome o{sendKind,
                      sendKind == SendOutcome::Kind::Accepted ? u"1405-KTD-000001"_s : QString(),
                      {}};
        QTimer::singleShot(0, [o, done] { done(o); });
    }
    CommitRequest lastCommit;
};

} // namespace

class TestServeFlow : public QObject
{
    Q_OBJECT
private slots:
    void catalogueParsesAndSearches()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        QCOMPARE(c.services().size(), 34);
        QVERIFY(!c.search(u"property file"_s).isEmpty());
        QCOMPARE(c.search(u"پرونده ملک"_s).first()->id, u"property-file"_s);
        // Arabic kaf and yeh typed on an Arabic keyboard still find the Persian name.
        QVERIFY(!c.search(u"پرونده ملك"_s).isEmpty());
        for (const ServiceDefinition* s : c.search({}, u"revenue"_s))
            QCOMPARE(s->category, u"revenue"_s);
        QVERIFY(c.search(u"no such service at all"_s).isEmpty());
    }

    void fieldValidation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("renovation ok") << u"renovation_code"_s << u"6-12-345-17-0-0-0"_s << true;
        QTest::newRow("renovation persian")
            << u"renovation_code"_s << u"۶-۱۲-۳۴۵-۱۷-۰-۰-۰"_s << true;
        QTest::newRow("renovation short") << u"renovation_code"_s << u"6-12"_s << false;
        QTest::newRow("plate ok") << u"registered_plate"_s << u"14-2153-47"_s << true;
        QTest::newRow("date ok") << u"jalali_date"_s << u"۱۴۰۳/۰۷/۱۵"_s << true;
        QTest::newRow("date missing day") << u"jalali_date"_s << u"1393/12/30"_s << false;
        QTest::newRow("nc ok") << u"national_code"_s << u"0499370899"_s << true;
        QTest::newRow("nc bad") << u"national_code"_s << u"1234567890"_s << false;
        QTest::newRow("number ok") << u"number"_s << u"۱۲"_s << true;
        QTest::newRow("number bad") << u"number"_s << u"12a"_s << false;
    }
    void fieldValidation()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(bool, ok);
        FieldSchema f;
        f.name = u"f"_s;
        f.type = *fieldTypeFromName(type);
        f.required = true;
        QCOMPARE(f.validate(input).ok(), ok);
        QVERIFY(!f.validate(QString()).ok()); // required
    }

    void fullJourneyCommitsOnceAndReportsTracking()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        FakeBackend backend;
        ServeFlow flow(backend, c, 6);
        flow.setClock([&backend] { return backend.now; });
        QVERIFY(!flow.setCitizen(u"1234567890"_s, u"09121234567"_s));
        QVERIFY(!flow.setCitizen(u"0499370899"_s, u"0812"_s));
        QCOMPARE(flow.step(), ServeFlow::Step::Citizen);
        QVERIFY(flow.setCitizen(u"۰۴۹۹۳۷۰۸۹۹"_s, u"+989121234567"_s));
        QCOMPARE(flow.mobile()->canonical(), u"09121234567"_s);
        // Pilot service outside its districts is refused.
        QCOMPARE(flow.chooseService(u"setback-inquiry"_s, 1).error().code(),
                 u"service.not_in_district"_s);
        QVERIFY(flow.chooseService(u"property-file"_s, 6));
        const Status wrongForm = flow.submitForm({{u"renovation_code"_s, u"6-12"_s}});
        QVERIFY(!wrongForm);
        // The screen finds the field to focus in Error::field(), not in the log detail.
        QCOMPARE(wrongForm.error().field(), u"renovation_code"_s);
        QCOMPARE(flow.checkField(u"no_such_field"_s, u"x"_s).error().field(), u"no_such_field"_s);
        QVERIFY(flow.submitForm({{u"renovation_code"_s, u"6-12-345-17-0-0-0"_s}}));
        QCOMPARE(flow.step(), ServeFlow::Step::Consent);
        QCOMPARE(flow.submitCode(u"123456"_s).error().code(), u"otp.no_challenge"_s);
        QSignalSpy issued(&flow, &ServeFlow::otpIssued);
        flow.requestCode();
        QVERIFY(issued.wait(1000));
        QVERIFY(!flow.canRequestCode()); // cool-down
        backend.now += ServeFlow::kResendCooldownMs;
        QVERIFY(flow.canRequestCode());
        QCOMPARE(flow.submitCode(u"12"_s).error().code(), u"otp.shape"_s);
        QSignalSpy failed(&flow, &ServeFlow::failed);
        QVERIFY(flow.submitCode(u"654321"_s));
        QVERIFY(failed.wait(1000));
        QCOMPARE(flow.step(), ServeFlow::Step::Consent);
        QVERIFY(flow.submitCode(u"۱۲۳۴۵۶"_s));
        QTRY_COMPARE(flow.step(), ServeFlow::Step::Payment);
        // Card without a reference: refused, nothing committed.
        QVERIFY(!flow.pay(Payment::card(u"12345678"_s, QString())));
        QCOMPARE(backend.commits, 0);
        QSignalSpy finished(&flow, &ServeFlow::finished);
        QVERIFY(flow.pay(Payment::cash()));
        QVERIFY(finished.wait(1000));
        QCOMPARE(backend.commits, 1);
        QCOMPARE(backend.lastCommit.district, 6);
        QCOMPARE(backend.lastCommit.tariffRials, 80000);
        QCOMPARE(flow.outcome().trackingCode, u"1405-KTD-000001"_s);
    }

    void expiredCodeIsRefusedLocally()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        FakeBackend backend;
        ServeFlow flow(backend, c, 6);
        flow.setClock([&backend] { return backend.now; });
        QVERIFY(flow.setCitizen(u"0499370899"_s, u"09121234567"_s));
        QVERIFY(flow.chooseService(u"permitted-height"_s, 6));
        QVERIFY(flow.submitForm({{u"renovation_code"_s, u"6-12-345-17-0-0-0"_s}}));
        QSignalSpy issued(&flow, &ServeFlow::otpIssued);
        flow.requestCode();
        QVERIFY(issued.wait(1000));
        backend.now += 121'000;
        QCOMPARE(flow.submitCode(u"123456"_s).error().code(), u"otp.expired"_s);
    }

    // The property file's own key: the citizen, then straight to the property-file form; back
    // from the form is the citizen; a new citizen forgets the preset.
    void presetServiceSkipsThePicker()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        FakeBackend backend;
        ServeFlow flow(backend, c, 6);
        QCOMPARE(flow.startWith(u"no-such-service"_s).error().code(), u"service.unknown"_s);
        QVERIFY(flow.presetService().isEmpty());
        QVERIFY(flow.startWith(u"property-file"_s));
        QSignalSpy steps(&flow, &ServeFlow::stepChanged);
        QVERIFY(flow.setCitizen(u"0499370899"_s, u"09121234567"_s));
        QCOMPARE(flow.step(), ServeFlow::Step::Form);
        QCOMPARE(flow.service()->id, u"property-file"_s);
        QCOMPARE(flow.fee(), Money::fromRials(80'000));
        // The picker never flashed on screen.
        QCOMPARE(steps.size(), 1);
        flow.back();
        QCOMPARE(flow.step(), ServeFlow::Step::Citizen);
        flow.reset();
        QVERIFY(flow.presetService().isEmpty());
        QVERIFY(flow.setCitizen(u"0499370899"_s, u"09121234567"_s));
        QCOMPARE(flow.step(), ServeFlow::Step::Service);
    }
};

QTEST_GUILESS_MAIN(TestServeFlow)
#include "tst_serveflow.moc"
