// The answer the citizen paid for, over verified TLS against a real pishkhan-sandbox: each
// inquiry kind answers with its own shape and an answer hash the client can recompute from the
// canonical form (docs/api.md §4.9); the QR text a printed answer carries verifies as genuine
// through the public §4.17 endpoint, and the same answer with one field changed does not.
#include "SandboxHarness.h"

#include "core/AnswerHash.h"
#include "counter/AnswerDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCitizen = u"0499370899"_s;

QString freshMobile()
{
    static int n = 2000000;
    return u"0912"_s + QString::number(++n);
}

} // namespace

class TestSandboxAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersHaveTheirOwnShape_data();
    void answersHaveTheirOwnShape();
    void printedAnswerVerifies();
    void verifyRefusesMalformedQueries();

private:
    // Submits one request for the service and returns its final status object.
    QJsonObject answered(const QString& serviceId, const QJsonObject& fields, int district);
    SandboxHarness m_h;
};

void TestSandboxAnswers::initTestCase()
{
    QVERIFY2(m_h.start(), qPrintable(m_h.error()));
    QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
}

QJsonObject TestSandboxAnswers::answered(const QString& serviceId, const QJsonObject& fields,
                                         int district)
{
    const QString token = m_h.consent(kCitizen, freshMobile(), serviceId);
    if (token.isEmpty())
        return {};
    const QJsonObject body{{u"service_id"_s, serviceId},
                           {u"district"_s, district},
                           {u"citizen"_s, QJsonObject{{u"national_code"_s, kCitizen},
                                                      {u"mobile"_s, u"09121234567"_s}}},
                           {u"fields"_s, fields},
                           {u"consent_token"_s, token},
                           {u"fee_rials"_s, 80000}};
    const HttpReply r = m_h.api().post(u"/api/v1/requests"_s, body, SandboxHarness::newKey());
    if (r.status != 201)
        return {};
    const QString code = r.json().value(u"tracking_code"_s).toString();
    m_h.advanceClock(30); // inquiries are final after 20 s
    return m_h.api().get(u"/api/v1/requests/"_s + code).json();
}

void TestSandboxAnswers::answersHaveTheirOwnShape_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<int>("district");
    QTest::addColumn<QString>("member"); // what this kind's data must hold
    const QJsonObject home{{u"renovation_code"_s, SandboxHarness::renovation(6, 12, 345, 17)}};
    const QJsonObject old{{u"renovation_code"_s, SandboxHarness::renovation(7, 3, 88, 41)}};
    QTest::newRow("building permits") << u"building-permit-status"_s << home << 6 << u"permits"_s;
    QTest::newRow("completion") << u"completion-certificate-status"_s << old << 7
                                << u"certificates"_s;
    QTest::newRow("structural") << u"structural-completion-status"_s << home << 6
                                << u"certificates"_s;
    QJsonObject notary = home;
    notary.insert(u"registered_plate"_s,
                  QJsonObject{{u"section"_s, 14}, {u"main"_s, 2153}, {u"sub"_s, 47}});
    notary.insert(u"notary_office_no"_s, 112);
    notary.insert(u"transaction_type"_s, u"sale"_s);
    QTest::newRow("notary") << u"notary-inquiry"_s << notary << 6 << u"transfer_allowed"_s;
    QTest::newRow("levy debt") << u"debt-inquiry"_s << home << 6 << u"levy_debt_rials"_s;
    QTest::newRow("property file") << u"property-file"_s << home << 6 << u"permitted_height_m"_s;
}

void TestSandboxAnswers::answersHaveTheirOwnShape()
{
    QFETCH(QString, service);
    QFETCH(QJsonObject, fields);
    QFETCH(int, district);
    QFETCH(QString, member);
    const QJsonObject status = answered(service, fields, district);
    QCOMPARE(status.value(u"status"_s).toString(), u"done"_s);
    const QJsonObject result = status.value(u"result"_s).toObject();
    const QJsonObject data = result.value(u"data"_s).toObject();
    QVERIFY2(data.contains(member), QJsonDocument(data).toJson().constData());
    // The client computes the same fingerprint from the canonical form.
    QCOMPARE(result.value(u"answer_hash"_s).toString(),
             AnswerHash::compute(status.value(u"tracking_code"_s).toString(), service, data));
    if (service == u"building-permit-status") {
        // The 1370s permit is there alongside the newer one.
        QStringList issued;
        for (const QJsonValue& p : data.value(u"permits"_s).toArray())
            issued << p.toObject().value(u"issued_jalali"_s).toString();
        QVERIFY2(issued.contains(u"1375/06/14"_s), qPrintable(issued.join(u',')));
    }
}

void TestSandboxAnswers::printedAnswerVerifies()
{
    const QJsonObject fields{{u"renovation_code"_s, SandboxHarness::renovation(6, 12, 345, 17)}};
    const QString token = m_h.consent(kCitizen, freshMobile(), u"building-permit-status"_s);
    QVERIFY(!token.isEmpty());
    const QJsonObject body{{u"service_id"_s, u"building-permit-status"_s},
                           {u"district"_s, 6},
                           {u"citizen"_s, QJsonObject{{u"national_code"_s, kCitizen},
                                                      {u"mobile"_s, u"09121234567"_s}}},
                           {u"fields"_s, fields},
                           {u"consent_token"_s, token},
                           {u"fee_rials"_s, 80000}};
    const HttpReply r = m_h.api().post(u"/api/v1/requests"_s, body, SandboxHarness::newKey());
    QCOMPARE(r.status, 201L);
    const QString code = r.json().value(u"tracking_code"_s).toString();
    const QString service = u"building-permit-status"_s;

    // What a printed answer's QR holds, taken apart as the municipality's page would.
    const auto verify = [&](const QJsonObject& result) {
        AnswerInput in;
        in.trackingCode = code;
        in.serviceId = service;
        in.result = result;
        const QUrl url(AnswerDocument::qrText(in));
        const QUrlQuery q(url);
        return m_h.admin().get(u"/api/v1/answers/verify?tracking_code="_s +
                               q.queryItemValue(u"tracking_code"_s) + u"&answer_hash="_s +
                               q.queryItemValue(u"answer_hash"_s));
    };

    // Before the answer is final, the right hash is not yet an answer.
    QJsonObject early = r.json();
    const QString someHash =
        AnswerHash::compute(code, service, QJsonObject()); // any well-formed hash
    early.insert(u"answer_hash"_s, someHash);
    HttpReply v = verify(early);
    QCOMPARE(v.status, 200L);
    QCOMPARE(v.json().value(u"genuine"_s).toBool(), false);

    m_h.advanceClock(30);
    const QJsonObject result =
        m_h.api().get(u"/api/v1/requests/"_s + code).json().value(u"result"_s).toObject();
    v = verify(result);
    QCOMPARE(v.status, 200L);
    QCOMPARE(v.json().value(u"genuine"_s).toBool(), true);
    QCOMPARE(v.json().value(u"service_id"_s).toString(), service);
    QCOMPARE(v.json().value(u"tracking_code"_s).toString(), code);

    // One field changed on the paper: the permit's status. Its hash no longer matches.
    QJsonObject forged = result;
    QJsonObject data = forged.value(u"data"_s).toObject();
    QJsonArray permits = data.value(u"permits"_s).toArray();
    QVERIFY(!permits.isEmpty());
    QJsonObject first = permits.at(0).toObject();
    first.insert(u"status"_s, first.value(u"status"_s).toString() == u"completed" ? u"issued"_s
                                                                                  : u"completed"_s);
    permits.replace(0, first);
    data.insert(u"permits"_s, permits);
    forged.insert(u"data"_s, data);
    forged.insert(u"answer_hash"_s, AnswerHash::compute(code, service, data));
    v = verify(forged);
    QCOMPARE(v.status, 200L);
    QCOMPARE(v.json().value(u"genuine"_s).toBool(), false);
    QVERIFY(!v.json().contains(u"service_id"_s));

    // An unknown tracking code is "not genuine" as well, told apart from nothing.
    v = m_h.admin().get(u"/api/v1/answers/verify?tracking_code=1400-AAA-999999&answer_hash="_s +
                        result.value(u"answer_hash"_s).toString());
    QCOMPARE(v.status, 200L);
    QCOMPARE(v.json().value(u"genuine"_s).toBool(), false);
}

void TestSandboxAnswers::verifyRefusesMalformedQueries()
{
    HttpReply v =
        m_h.admin().get(u"/api/v1/answers/verify?tracking_code=1404-KTD-000042&answer_hash=xyz"_s);
    QCOMPARE(v.status, 400L);
    QCOMPARE(v.json().value(u"type"_s).toString(), u"urn:pishkhan:problem:answer-hash-invalid"_s);
    v = m_h.admin().get(u"/api/v1/answers/verify"_s);
    QCOMPARE(v.status, 400L);
    QCOMPARE(v.json().value(u"type"_s).toString(), u"urn:pishkhan:problem:query-invalid"_s);
}

QTEST_GUILESS_MAIN(TestSandboxAnswers)
#include "tst_sandbox_answers.moc"
