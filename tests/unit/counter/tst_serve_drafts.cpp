// Serve drafts in the flow, without a display: what was typed at the form (incomplete or
// invalid too) becomes a draft; resuming restores the citizen, chooses the service again and
// opens the form with the inputs to refill; a service that left the catalogue or is not
// offered refuses the resume and changes nothing. A draft holds no consent.
#include "counter/ServeFlow.h"
#include "counter/ServiceCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {

// Answers nothing the draft path may call: a draft never reaches the backend.
class SilentBackend : public ServeBackend
{
public:
    int calls = 0;
    void requestOtp(const QString&, const QString&, const QString&,
                    std::function<void(Answer<OtpIssued>)>) override
    {
        ++calls;
    }
    void verifyOtp(const QString&, const QString&,
                   std::function<void(Answer<ConsentIssued>)>) override
    {
        ++calls;
    }
    void requestCompanyOtp(const QString&, const QString&, const QString&, const QString&,
                           std::function<void(Answer<OtpIssued>)>) override
    {
        ++calls;
    }
    void verifyEngineer(const QString&, const QString&,
                        std::function<void(Answer<EngineerVerified>)>) override
    {
        ++calls;
    }
    Answer<Committed> commit(const CommitRequest&) override
    {
        ++calls;
        return {};
    }
    void sendNow(const QString&, std::function<void(SendOutcome)>) override { ++calls; }
};

QByteArray catalogueBytes()
{
    QFile file(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("catalogue.json missing");
    return file.readAll();
}

// The sandbox catalogue, optionally changed: a service removed, made inactive, or limited to
// some districts.
ServiceCatalogue catalogueWith(const QString& serviceId = {}, const QString& change = {})
{
    QJsonObject root = QJsonDocument::fromJson(catalogueBytes()).object();
    QJsonArray services = root.value(u"services"_s).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        if (s.value(u"id"_s).toString() != serviceId)
            continue;
        if (change == u"removed") {
            services.removeAt(i);
        } else if (change == u"inactive") {
            s.insert(u"active"_s, false);
            services.replace(i, s);
        } else if (change == u"district 1 only") {
            s.insert(u"districts"_s, QJsonArray{1});
            services.replace(i, s);
        }
        break;
    }
    root.insert(u"services"_s, services);
    auto c = ServiceCatalogue::parse(QJsonDocument(root).toJson());
    if (!c)
        qFatal("catalogue does not parse: %s", qPrintable(c.error().detail()));
    return *c;
}

const QString kService = u"building-permit-application"_s;

} // namespace

class TestServeDrafts : public QObject
{
    Q_OBJECT
private slots:
    void draftKeepsWhatWasTyped()
    {
        const ServiceCatalogue c = catalogueWith();
        SilentBackend backend;
        ServeFlow flow(backend, c, 6);
        // Not before the form.
        QCOMPARE(flow.draftOf({}).error().code(), u"flow.step"_s);
        QVERIFY(flow.setCitizen(u"۰۴۹۹۳۷۰۸۹۹"_s, u"+989121234567"_s));
        QCOMPARE(flow.draftOf({}).error().code(), u"flow.step"_s);
        QVERIFY(flow.chooseService(kService, 6));
        const QMap<QString, QString> typed{{u"renovation_code"_s, u"6-12"_s}, // incomplete
                                           {u"floors"_s, u"سه"_s},            // invalid
                                           {u"land_use"_s, QString()}};
        auto draft = flow.draftOf(typed);
        QVERIFY(draft.ok());
        QCOMPARE(draft->id, qint64(0));
        QCOMPARE(draft->serviceId, kService);
        QCOMPARE(draft->district, 6);
        QCOMPARE(draft->nationalCode, u"0499370899"_s);
        QCOMPARE(draft->mobile, u"09121234567"_s);
        const QJsonObject fields = QJsonDocument::fromJson(draft->fieldsJson.toUtf8()).object();
        QCOMPARE(fields.value(u"renovation_code"_s).toString(), u"6-12"_s);
        QCOMPARE(fields.value(u"floors"_s).toString(), u"سه"_s);
        // Keeping a draft neither moves the flow nor calls the backend.
        QCOMPARE(flow.step(), ServeFlow::Step::Form);
        QCOMPARE(backend.calls, 0);
    }

    void resumeRefillsTheForm()
    {
        const ServiceCatalogue c = catalogueWith();
        SilentBackend backend;
        ServeFlow flow(backend, c, 6);
        QVERIFY(flow.setCitizen(u"0499370899"_s, u"09121234567"_s));
        QVERIFY(flow.chooseService(kService, 6));
        auto draft = flow.draftOf({{u"renovation_code"_s, u"6-12"_s}, {u"floors"_s, u"3"_s}});
        QVERIFY(draft.ok());
        draft->id = 42; // as the store numbered it
        flow.reset();

        QSignalSpy steps(&flow, &ServeFlow::stepChanged);
        QVERIFY(flow.resumeDraft(*draft));
        QCOMPARE(flow.step(), ServeFlow::Step::Form);
        QCOMPARE(steps.last().at(0).value<ServeFlow::Step>(), ServeFlow::Step::Form);
        QCOMPARE(flow.nationalCode()->canonical(), u"0499370899"_s);
        QCOMPARE(flow.mobile()->canonical(), u"09121234567"_s);
        QCOMPARE(flow.service()->id, kService);
        QCOMPARE(flow.district(), 6);
        QCOMPARE(flow.resumedDraftId(), qint64(42));
        QCOMPARE(flow.resumedInputs().value(u"renovation_code"_s), u"6-12"_s);
        QCOMPARE(flow.resumedInputs().value(u"floors"_s), u"3"_s);
        QVERIFY(!flow.hasChallenge()); // no consent came with the draft
        // Saving again updates the same draft.
        QCOMPARE(flow.draftOf({}).valueOr({}).id, qint64(42));
        // Another service chosen by hand has nothing to refill.
        flow.back();
        QVERIFY(flow.chooseService(u"permitted-height"_s, 6));
        QVERIFY(flow.resumedInputs().isEmpty());
        // A new citizen forgets the draft.
        flow.reset();
        QCOMPARE(flow.resumedDraftId(), qint64(0));
        QCOMPARE(backend.calls, 0);
    }

    void serviceGoneChangesNothing_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("draftDistrict");
        QTest::addColumn<QString>("code");
        QTest::newRow("removed from the catalogue") << u"removed"_s << 6 << u"draft.service_gone"_s;
        QTest::newRow("no longer active") << u"inactive"_s << 6 << u"draft.service_gone"_s;
        QTest::newRow("not offered in the district")
            << u"district 1 only"_s << 6 << u"draft.service_gone"_s;
        QTest::newRow("still offered") << QString() << 6 << QString();
    }

    void serviceGoneChangesNothing()
    {
        QFETCH(QString, change);
        QFETCH(int, draftDistrict);
        QFETCH(QString, code);
        const ServiceCatalogue c = catalogueWith(kService, change);
        SilentBackend backend;
        ServeFlow flow(backend, c, 6);
        // The clerk is serving someone else at the service step when the draft is resumed.
        QVERIFY(flow.setCitizen(u"0013542419"_s, u"09350000000"_s));
        DraftStore::Draft draft;
        draft.id = 7;
        draft.serviceId = kService;
        draft.district = draftDistrict;
        draft.nationalCode = u"0499370899"_s;
        draft.mobile = u"09121234567"_s;
        draft.fieldsJson = uR"({"floors":"3"})"_s;
        QSignalSpy steps(&flow, &ServeFlow::stepChanged);
        const Status s = flow.resumeDraft(draft);
        if (code.isEmpty()) {
            QVERIFY(s);
            QCOMPARE(flow.step(), ServeFlow::Step::Form);
            return;
        }
        QVERIFY(!s);
        QCOMPARE(s.error().code(), code);
        QVERIFY(!s.error().message().isEmpty());
        QCOMPARE(flow.step(), ServeFlow::Step::Service);
        QCOMPARE(flow.nationalCode()->canonical(), u"0013542419"_s);
        QCOMPARE(flow.resumedDraftId(), qint64(0));
        QVERIFY(steps.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServeDrafts)
#include "tst_serve_drafts.moc"
