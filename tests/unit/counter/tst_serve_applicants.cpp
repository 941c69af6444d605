// Who applies and who may: the engineer's licence step before an engineers-only form (shape
// checked here, the backend's yes or no, offline), and a company applicant served through its
// representative — every invalid legal-entity id of the domain vectors refused, the company's
// one-time code and commit, its draft kept and resumed, and schema step 15 that stores it.
#include "SandboxCatalogue.h"
#include "counter/ServeFlow.h"
#include "counter/ServiceCatalogue.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "storage/SchemaMigrator.h"
#include "sync/OutboxRequestBody.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using namespace pishkhan::test;

namespace {

const QString kEngineerCode = u"1583250689"_s;
const QString kLicence = u"11-300-12345"_s;
const QString kMobile = u"09121234567"_s;
const QString kCompany = u"10380284790"_s;
const QString kEngineersService = u"violation-registration"_s;

// Answers the licence check as told; everything later as a happy backend.
class LicenceBackend : public ServeBackend
{
public:
    enum class Licence { Accept, Refuse, Offline };
    Licence licence = Licence::Accept;
    int licenceChecks = 0;
    QString askedLicence;
    QString otpLegalEntityId = u"(none)"_s;
    CommitRequest lastCommit;

    void requestOtp(const QString&, const QString&, const QString&,
                    std::function<void(Answer<OtpIssued>)> done) override
    {
        otpLegalEntityId.clear();
        issue(std::move(done));
    }
    void requestCompanyOtp(const QString& legalEntityId, const QString&, const QString&,
                           const QString&, std::function<void(Answer<OtpIssued>)> done) override
    {
        otpLegalEntityId = legalEntityId;
        issue(std::move(done));
    }
    void verifyOtp(const QString&, const QString&,
                   std::function<void(Answer<ConsentIssued>)> done) override
    {
        Answer<ConsentIssued> a;
        a.value = ConsentIssued{u"ct_1"_s, QDateTime::currentMSecsSinceEpoch() + 86'400'000};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    void verifyEngineer(const QString&, const QString& license,
                        std::function<void(Answer<EngineerVerified>)> done) override
    {
        ++licenceChecks;
        askedLicence = license;
        Answer<EngineerVerified> a;
        if (licence == Licence::Accept)
            a.value = EngineerVerified{license, u"مهندس نمونه یک"_s, u"Sample engineer one"_s, 0};
        else if (licence == Licence::Refuse)
            a.failure = {u"api.problem.engineer-license-refused"_s, u"پروانه پذیرفته نشد"_s, false};
        else
            a.failure = {u"net.connect"_s, u"no network"_s, true};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
    Answer<Committed> commit(const CommitRequest& r) override
    {
        lastCommit = r;
        Answer<Committed> a;
        a.value = Committed{r.requestId, 1, u"14050907-1-0001"_s};
        return a;
    }
    void sendNow(const QString&, std::function<void(SendOutcome)> done) override
    {
        QTimer::singleShot(0, [done] {
            done(SendOutcome{SendOutcome::Kind::Accepted, u"1405-KTD-000001"_s, {}});
        });
    }

private:
    static void issue(std::function<void(Answer<OtpIssued>)> done)
    {
        Answer<OtpIssued> a;
        a.value = OtpIssued{u"ch_1"_s, QDateTime::currentMSecsSinceEpoch() + 120'000, 6,
                            u"091*****567"_s};
        QTimer::singleShot(0, [a, done] { done(a); });
    }
};

QMap<QString, QString> violationForm(const QString& typedLicence)
{
    return {{u"renovation_code"_s, u"6-12-345-17-0-0-0"_s},
            {u"engineer_license"_s, typedLicence},
            {u"violation_type"_s, u"extra_floor"_s},
            {u"inspection_date"_s, u"1405/09/01"_s}};
}

QByteArray randomStoreKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    return key;
}

} // namespace

class TestServeApplicants : public QObject
{
    Q_OBJECT
private slots:
    void licenceStep_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("localError"); // refused before asking, or empty
        QTest::addColumn<QString>("failure");    // failed() code, or empty
        QTest::addColumn<bool>("atForm");
        const int accept = int(LicenceBackend::Licence::Accept);
        const int refuse = int(LicenceBackend::Licence::Refuse);
        const int offline = int(LicenceBackend::Licence::Offline);
        QTest::newRow("ascii") << kLicence << accept << QString() << QString() << true;
        QTest::newRow("persian digits")
            << u"۱۱-۳۰۰-۱۲۳۴۵"_s << accept << QString() << QString() << true;
        QTest::newRow("no dashes, spaces")
            << u" 1130012345 "_s << accept << QString() << QString() << true;
        QTest::newRow("unicode dashes")
            << u"11‐300−12345"_s << accept << QString() << QString() << true;
        QTest::newRow("empty") << QString() << accept << u"engineer_license.empty"_s << QString()
                               << false;
        QTest::newRow("short part")
            << u"11-30-12345"_s << accept << u"engineer_license.shape"_s << QString() << false;
        QTest::newRow("dash misplaced")
            << u"113-00-12345"_s << accept << u"engineer_license.shape"_s << QString() << false;
        QTest::newRow("letters") << u"11-300-1234A"_s << accept << u"engineer_license.shape"_s
                                 << QString() << false;
        QTest::newRow("refused") << u"11-300-99999"_s << refuse << QString()
                                 << u"api.problem.engineer-license-refused"_s << false;
        QTest::newRow("offline") << kLicence << offline << QString() << u"engineer.offline"_s
                                 << false;
    }
    void licenceStep()
    {
        QFETCH(QString, typed);
        QFETCH(int, backend);
        QFETCH(QString, localError);
        QFETCH(QString, failure);
        QFETCH(bool, atForm);
        const ServiceCatalogue c = sandboxCatalogue();
        LicenceBackend b;
        b.licence = LicenceBackend::Licence(backend);
        ServeFlow flow(b, c, 6);
        QVERIFY(flow.setCitizen(kEngineerCode, kMobile));
        QVERIFY(flow.chooseService(kEngineersService, 6));
        QCOMPARE(flow.step(), ServeFlow::Step::Licence);
        QSignalSpy failed(&flow, &ServeFlow::failed);
        const Status s = flow.submitLicence(typed);
        if (!localError.isEmpty()) {
            QVERIFY(!s);
            QCOMPARE(s.error().code(), localError);
            QVERIFY(!s.error().userMessage().isEmpty());
            QCOMPARE(b.licenceChecks, 0); // the shape is refused before the network
            QCOMPARE(flow.step(), ServeFlow::Step::Licence);
            return;
        }
        QVERIFY(s);
        QTRY_VERIFY(!flow.isBusy());
        QCOMPARE(b.licenceChecks, 1);
        QCOMPARE(flow.step() == ServeFlow::Step::Form, atForm);
        if (atForm) {
            QCOMPARE(b.askedLicence, kLicence); // normalised before it is sent
            QCOMPARE(flow.engineer()->license, kLicence);
            QCOMPARE(failed.count(), 0);
        } else {
            QCOMPARE(flow.step(), ServeFlow::Step::Licence);
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.first().at(1).toString(), failure);
            QVERIFY(!failed.first().at(0).toString().isEmpty());
            QVERIFY(!flow.engineer());
        }
    }

    void verifiedLicenceFillsTheFormAndBackGoesThroughLicence()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        LicenceBackend b;
        ServeFlow flow(b, c, 6);
        QVERIFY(flow.setCitizen(kEngineerCode, kMobile));
        QVERIFY(flow.chooseService(kEngineersService, 6));
        QVERIFY(flow.submitLicence(u"۱۱-۳۰۰-۱۲۳۴۵"_s));
        QTRY_COMPARE(flow.step(), ServeFlow::Step::Form);
        // Back from the form: the licence again (and it must be checked again).
        flow.back();
        QCOMPARE(flow.step(), ServeFlow::Step::Licence);
        QVERIFY(!flow.engineer());
        QVERIFY(flow.submitLicence(kLicence));
        QTRY_COMPARE(flow.step(), ServeFlow::Step::Form);
        QCOMPARE(b.licenceChecks, 2);
        // Whatever the form holds, the verified licence is what goes on.
        QVERIFY(flow.submitForm(violationForm(u"99-999-99999"_s)));
        QCOMPARE(flow.formValues().value(u"engineer_license"_s).toString(), kLicence);
        flow.back();
        flow.back();
        QCOMPARE(flow.step(), ServeFlow::Step::Licence);
        flow.back();
        QCOMPARE(flow.step(), ServeFlow::Step::Service);
        QVERIFY(!flow.service());
        // A public service has no licence step.
        QVERIFY(flow.chooseService(u"property-file"_s, 6));
        QCOMPARE(flow.step(), ServeFlow::Step::Form);
    }

    void companyApplicant_data()
    {
        QTest::addColumn<QString>("legalEntityId");
        QTest::addColumn<QString>("error"); // empty = accepted
        // docs: /work/shared/domain/identifiers.md, legal-entity national id
        for (const char* valid : {"10380284790", "10100387143", "77111986110", "18061055669",
                                  "15292247120", "42118547230"})
            QTest::addRow("valid %s", valid) << QString::fromLatin1(valid) << QString();
        QTest::newRow("valid persian digits") << u"۱۰۳۸۰۲۸۴۷۹۰"_s << QString();
        for (const char* invalid : {"10380284792", "10380285692", "09748208301", "11111111111",
                                    "84735069516", "65399567978"})
            QTest::addRow("invalid %s", invalid)
                << QString::fromLatin1(invalid) << u"legal_entity_id.checksum"_s;
        QTest::newRow("empty") << QString() << u"legal_entity_id.empty"_s;
        QTest::newRow("ten digits") << u"1038028479"_s << u"legal_entity_id.length"_s;
        QTest::newRow("all zero") << u"00000000000"_s << u"legal_entity_id.zero"_s;
        QTest::newRow("middle zeros") << u"10300000090"_s << u"legal_entity_id.middle_zeros"_s;
        QTest::newRow("letters") << u"1038028479A"_s << u"legal_entity_id.characters"_s;
    }
    void companyApplicant()
    {
        QFETCH(QString, legalEntityId);
        QFETCH(QString, error);
        const ServiceCatalogue c = sandboxCatalogue();
        LicenceBackend b;
        ServeFlow flow(b, c, 6);
        QCOMPARE(ServeFlow::checkLegalEntityId(legalEntityId).ok(), error.isEmpty());
        const Status s = flow.setCompanyApplicant(legalEntityId, u"0499370899"_s, kMobile);
        if (error.isEmpty()) {
            QVERIFY(s);
            QVERIFY(flow.isCompany());
            QCOMPARE(flow.step(), ServeFlow::Step::Service);
            QCOMPARE(flow.legalEntityId()->canonical().size(), 11);
        } else {
            QVERIFY(!s);
            QCOMPARE(s.error().code(), error);
            QVERIFY(!s.error().userMessage().isEmpty());
            QCOMPARE(flow.step(), ServeFlow::Step::Citizen);
            QVERIFY(!flow.isCompany());
        }
    }

    void companyJourneyCarriesTheLegalEntityId()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        LicenceBackend b;
        ServeFlow flow(b, c, 6);
        QVERIFY(flow.setCompanyApplicant(u"۱۰۳۸۰۲۸۴۷۹۰"_s, u"0499370899"_s, kMobile));
        // Engineers-only services are for the engineer in person.
        const Status engineers = flow.chooseService(kEngineersService, 6);
        QVERIFY(!engineers);
        QCOMPARE(engineers.error().code(), u"service.company_not_allowed"_s);
        QCOMPARE(flow.step(), ServeFlow::Step::Service);
        QVERIFY(flow.chooseService(u"property-file"_s, 6));
        QVERIFY(flow.submitForm({{u"renovation_code"_s, u"6-12-345-17-0-0-0"_s}}));
        flow.requestCode();
        QTRY_VERIFY(flow.hasChallenge());
        QCOMPARE(b.otpLegalEntityId, kCompany);
        QVERIFY(flow.submitCode(u"123456"_s));
        QTRY_COMPARE(flow.step(), ServeFlow::Step::Payment);
        QVERIFY(flow.pay(Payment::cash()));
        QTRY_COMPARE(flow.step(), ServeFlow::Step::Done);
        QCOMPARE(b.lastCommit.legalEntityId, kCompany);
        QCOMPARE(b.lastCommit.nationalCode, u"0499370899"_s);
        // A person after the company: nothing of the company is left.
        flow.reset();
        QVERIFY(!flow.isCompany());
        QVERIFY(flow.setCitizen(u"0499370899"_s, kMobile));
        QVERIFY(flow.chooseService(u"property-file"_s, 6));
        QVERIFY(flow.submitForm({{u"renovation_code"_s, u"6-12-345-17-0-0-0"_s}}));
        flow.requestCode();
        QTRY_VERIFY(flow.hasChallenge());
        QVERIFY(b.otpLegalEntityId.isEmpty());
    }

    void companyDraftRoundTrip()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(u"store.db"_s), randomStoreKey());
        QVERIFY(store.ok());
        const ServiceCatalogue c = sandboxCatalogue();
        LicenceBackend b;
        ServeFlow flow(b, c, 6);
        QVERIFY(flow.setCompanyApplicant(kCompany, u"0499370899"_s, kMobile));
        QVERIFY(flow.chooseService(u"property-file"_s, 6));
        auto draft = flow.draftOf({{u"renovation_code"_s, u"6-12"_s}});
        QVERIFY(draft.ok());
        QCOMPARE(draft->legalEntityId, kCompany);
        draft->clerkId = u"clerk-1"_s;
        DraftStore drafts(store->database());
        auto id = drafts.save(*draft, 1000);
        QVERIFY(id.ok());
        auto loaded = drafts.load(*id);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE((*loaded)->legalEntityId, kCompany);

        ServeFlow resumed(b, c, 6);
        QVERIFY(resumed.resumeDraft(**loaded));
        QVERIFY(resumed.isCompany());
        QCOMPARE(resumed.legalEntityId()->canonical(), kCompany);
        QCOMPARE(resumed.nationalCode()->canonical(), u"0499370899"_s);
        QCOMPARE(resumed.step(), ServeFlow::Step::Form);
        // A person's draft stays a person's.
        (*loaded)->legalEntityId.clear();
        QVERIFY(drafts.save(**loaded, 2000).ok());
        auto again = drafts.load(*id);
        QVERIFY(again.ok() && again->has_value());
        QVERIFY((*again)->legalEntityId.isEmpty());
    }

    void engineerDraftResumesAtTheLicence()
    {
        const ServiceCatalogue c = sandboxCatalogue();
        LicenceBackend b;
        ServeFlow flow(b, c, 6);
        QVERIFY(flow.setCitizen(kEngineerCode, kMobile));
        QVERIFY(flow.chooseService(kEngineersService, 6));
        // Offline at the licence: the request is kept as a draft, with the licence as typed.
        b.licence = LicenceBackend::Licence::Offline;
        QVERIFY(flow.submitLicence(kLicence));
        QTRY_VERIFY(!flow.isBusy());
        QCOMPARE(flow.step(), ServeFlow::Step::Licence);
        auto draft = flow.draftOf({{u"engineer_license"_s, kLicence}});
        QVERIFY(draft.ok());
        draft->id = 7;

        b.licence = LicenceBackend::Licence::Accept;
        ServeFlow resumed(b, c, 6);
        QVERIFY(resumed.resumeDraft(*draft));
        QCOMPARE(resumed.step(), ServeFlow::Step::Licence);
        QVERIFY(!resumed.engineer());
        QCOMPARE(resumed.resumedInputs().value(u"engineer_license"_s), kLicence);
        QVERIFY(resumed.submitLicence(resumed.resumedInputs().value(u"engineer_license"_s)));
        QTRY_COMPARE(resumed.step(), ServeFlow::Step::Form);
        QCOMPARE(resumed.resumedDraftId(), qint64(7));
    }

    void schemaStep15StoresTheCompany()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"at-14.db"_s);
        const QByteArray key = randomStoreKey();
        {
            auto db = Database::open(path, key);
            QVERIFY(db.ok());
            QVERIFY(db->enableWal().ok());
            QVERIFY(SchemaMigrator::migrate(*db, 14).ok());
            QVERIFY(db->exec("INSERT INTO serve_draft (clerk_id, created_at, updated_at, "
                             "service_id) VALUES ('clerk-1', 1, 1, 'property-file')")
                        .ok());
        }
        QVERIFY(SchemaMigrator::latestVersion() >= 15);
        auto store = LocalStore::open(path, key);
        QVERIFY(store.ok());
        QCOMPARE(store->report().fromVersion, 14);
        QCOMPARE(store->report().toVersion, SchemaMigrator::latestVersion());
        // The draft made before the step is a person's.
        DraftStore drafts(store->database());
        const auto list = drafts.list(u"clerk-1"_s);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().legalEntityId.isEmpty());

        OutboxStore outbox(store->database());
        OutboxEntry e;
        e.requestId = OutboxStore::newRequestId();
        e.serviceId = u"property-file"_s;
        e.nationalCode = u"0499370899"_s;
        e.mobile = kMobile;
        e.payload = uR"({"district":6,"fields":{},"fee_rials":80000})"_s;
        e.consentToken = u"ct_1"_s;
        e.applicantLegalEntityId = kCompany;
        QVERIFY(outbox.enqueue(e, 1000).ok());
        auto row = outbox.find(e.requestId);
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((*row)->applicantLegalEntityId, kCompany);
        // And the sync engine sends it as the citizen's legal_entity_id.
        auto body = OutboxRequestBody::build(**row);
        QVERIFY(body.ok());
        const QJsonObject citizen = body->value(u"citizen"_s).toObject();
        QCOMPARE(citizen.value(u"legal_entity_id"_s).toString(), kCompany);
        QCOMPARE(citizen.value(u"national_code"_s).toString(), u"0499370899"_s);
        // A person's row sends no legal_entity_id at all.
        (*row)->applicantLegalEntityId.clear();
        QVERIFY(!OutboxRequestBody::build(**row)
                     ->value(u"citizen"_s)
                     .toObject()
                     .contains(u"legal_entity_id"_s));
        QCOMPARE(store->database()
                     .queryInt64("SELECT COUNT(*) FROM outbox WHERE applicant_legal_entity_id = "
                                 "'10380284790'")
                     .valueOr(-1),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestServeApplicants)
#include "tst_serve_applicants.moc"
