// A request made at another counter of the office, found from this one over HTTPS against the
// sandbox: a second device is activated in the same office and submits; the first finds it by
// tracking code (docs/api.md §4.9) and by the citizen's national code (§4.19: the office's
// requests only, identifiers masked, no result, paged). Another office sees nothing of it, and
// malformed questions are refused with their problem type.
#include "SyncFixture.h"
#include "TestDevice.h"

#include "counter/FollowUpLookup.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

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

class TestOfficeRequests : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncFixture> m_f;
    std::unique_ptr<pishkhan::HttpClient> m_http;
    std::unique_ptr<ApiClient> m_first;  // the fixture's device, counter 1 of IF-1001
    std::unique_ptr<ApiClient> m_second; // counter 2 of IF-1001
    std::unique_ptr<ApiClient> m_other;  // a counter of IF-1002
    TestDevice m_secondKey;
    TestDevice m_otherKey;
    QString m_tracking;
    const QString m_nationalCode = SyncFixture::nationalCode(31);

    std::unique_ptr<ApiClient> activate(const QString& office, TestDevice& key,
                                        const QString& clerk)
    {
        auto api = std::make_unique<ApiClient>(*m_http);
        const QString code = m_f->sandbox().activationCode(office);
        auto r = await<Activation>([&](auto done) {
            api->activateDevice(office, code, QString::fromLatin1(key.publicKey().toBase64()),
                                clerk, done, u"counter"_s);
        });
        if (!r.ok())
            return nullptr;
        api->setCredentials({r->deviceId, r->token});
        api->setClerkId(clerk);
        return api;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<SyncFixture>(QStringList{u"--quiet"_s});
        QVERIFY2(m_f->start(), qPrintable(m_f->error()));
        m_http = std::make_unique<pishkhan::HttpClient>(m_f->httpSettings());
        m_first = std::make_unique<ApiClient>(*m_http);
        m_first->setCredentials(m_f->credentials());
        m_first->setClerkId(u"clerk.one"_s);
        m_second = activate(u"IF-1001"_s, m_secondKey, u"clerk.two"_s);
        m_other = activate(u"IF-1002"_s, m_otherKey, u"clerk.other"_s);
        QVERIFY(m_second && m_other);
    }

    void submittedAtTheSecondCounter()
    {
        const QList<SyncFixture::Consent> consents = m_f->mintConsents(2, m_nationalCode, 310);
        QCOMPARE(consents.size(), 2);
        for (const SyncFixture::Consent& c : consents) {
            const QJsonObject body = m_f->sandbox().propertyFileRequest(c.token, m_nationalCode);
            auto r = await<SubmitAnswer>(
                [&](auto done) { m_second->submit(ApiClient::newIdempotencyKey(), body, done); });
            QVERIFY2(r.ok(), qPrintable(r.error().code()));
            m_tracking = r->trackingCode;
        }
    }

    void foundByTrackingCodeFromTheFirst()
    {
        auto r = await<QJsonObject>([&](auto done) { m_first->officeRequest(m_tracking, done); });
        QVERIFY2(r.ok(), qPrintable(r.error().code()));
        const FollowUpRecord record = FollowUpLookup::fromBackend(*r);
        QVERIFY(record.otherCounter);
        QCOMPARE(record.request.trackingCode, m_tracking);
        QCOMPARE(record.request.serviceId, u"property-file"_s);
        QVERIFY(record.progress && !record.progress->status.isEmpty());
        // Another office does not see it.
        auto other =
            await<QJsonObject>([&](auto done) { m_other->officeRequest(m_tracking, done); });
        QCOMPARE(other.error().code(), u"api.problem.request-not-found"_s);
    }

    void foundByNationalCodeFromTheFirst()
    {
        auto r = await<QJsonObject>(
            [&](auto done) { m_first->officeRequestsOfCitizen(m_nationalCode, 1, done); });
        QVERIFY2(r.ok(), qPrintable(r.error().code()));
        const QJsonArray requests = r->value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 2);
        QVERIFY(r->value(u"next_page"_s).isNull());
        for (const QJsonValue& v : requests) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"counter"_s).toInt(), 2);
            QCOMPARE(o.value(u"own_counter"_s).toBool(), false);
            // Masked, and no answer without the tracking code's own question.
            QVERIFY(o.value(u"national_code_masked"_s).toString().contains(u'*'));
            QVERIFY(!o.value(u"national_code_masked"_s).toString().contains(m_nationalCode));
            QVERIFY(o.value(u"mobile_masked"_s).toString().contains(u'*'));
            QVERIFY(!o.contains(u"result"_s));
            QVERIFY(!o.contains(u"history"_s));
        }
        int next = -1;
        const QList<FollowUpRecord> records = FollowUpLookup::fromBackendList(*r, &next);
        QCOMPARE(records.size(), 2);
        QCOMPARE(next, 0);
        QCOMPARE(records.first().request.trackingCode, m_tracking); // newest first
        QVERIFY(records.first().otherCounter);

        // Page 2 is empty; another office finds nothing for the same citizen.
        auto page2 = await<QJsonObject>(
            [&](auto done) { m_first->officeRequestsOfCitizen(m_nationalCode, 2, done); });
        QVERIFY(page2.ok());
        QVERIFY(page2->value(u"requests"_s).toArray().isEmpty());
        auto other = await<QJsonObject>(
            [&](auto done) { m_other->officeRequestsOfCitizen(m_nationalCode, 1, done); });
        QVERIFY(other.ok());
        QVERIFY(other->value(u"requests"_s).toArray().isEmpty());
    }

    void malformedQuestionsAreRefused_data()
    {
        QTest::addColumn<QString>("nationalCode");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad check digit") << u"0499370898"_s << 1 << u"national-code-invalid"_s;
        QTest::newRow("empty") << QString() << 1 << u"national-code-invalid"_s;
        QTest::newRow("page 0") << m_nationalCode << 0 << u"query-invalid"_s;
    }
    void malformedQuestionsAreRefused()
    {
        QFETCH(QString, nationalCode);
        QFETCH(int, page);
        QFETCH(QString, code);
        auto r = await<QJsonObject>(
            [&](auto done) { m_first->officeRequestsOfCitizen(nationalCode, page, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), u"api.problem."_s + code);
    }
};

QTEST_GUILESS_MAIN(TestOfficeRequests)
#include "tst_office_requests.moc"
