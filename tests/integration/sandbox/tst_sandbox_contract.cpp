// The success path of every endpoint of docs/api.md, plus idempotency, ETag, district and
// audience rules, against a real pishkhan-sandbox over verified TLS.
#include "SandboxHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace pishkhan::test;

namespace {

const QString kCitizen = QStringLiteral("0499370899");
const QString kCitizen2 = QStringLiteral("0790419904");
const QString kMobile = QStringLiteral("09121234567");
const QString kEngineer = QStringLiteral("1583250689");

// A new "phone" per consent: the sandbox allows three codes per mobile per ten minutes.
QString freshMobile()
{
    static int n = 1000000;
    return QStringLiteral("0912") + QString::number(++n);
}

} // namespace

class TestSandboxContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
    }

    void serverTimeAndKey()
    {
        HttpClient& anon = m_h.admin();
        const HttpReply t = anon.get(QStringLiteral("/api/v1/time"));
        QCOMPARE(t.status, 200L);
        const QDateTime now =
            QDateTime::fromString(t.json().value(QStringLiteral("now")).toString(), Qt::ISODate);
        QVERIFY(now.isValid());
        QVERIFY(t.json().value(QStringLiteral("now")).toString().endsWith(u'Z'));
        QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const HttpReply k = anon.get(QStringLiteral("/api/v1/server-key"));
        QCOMPARE(k.status, 200L);
        QCOMPARE(QByteArray::fromBase64(
                     k.json().value(QStringLiteral("public_key")).toString().toLatin1())
                     .size(),
                 32);
        QCOMPARE(k.json().value(QStringLiteral("algorithm")).toString(), QStringLiteral("Ed25519"));
    }

    void activationAndDevice()
    {
        const HttpReply me = m_h.api().get(QStringLiteral("/api/v1/devices/current"));
        QCOMPARE(me.status, 200L);
        QCOMPARE(me.json().value(QStringLiteral("device_id")).toString(), m_h.deviceId());
        QCOMPARE(me.json()
                     .value(QStringLiteral("office"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("IF-1001"));
        // An activation code works once.
        const QString code = m_h.activationCode(QStringLiteral("IF-1001"));
        QJsonObject body{{QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                         {QStringLiteral("activation_code"), code},
                         {QStringLiteral("device_public_key"),
                          QString::fromLatin1(TestDevice().publicKey().toBase64())}};
        HttpClient& c = m_h.admin();
        const HttpClient::Headers clerk{{"X-Clerk-Id", "admin"}};
        QCOMPARE(c.post(QStringLiteral("/api/v1/devices/activate"), body, SandboxHarness::newKey(),
                        clerk)
                     .status,
                 201L);
        const HttpReply again = c.post(QStringLiteral("/api/v1/devices/activate"), body,
                                       SandboxHarness::newKey(), clerk);
        QCOMPARE(again.status, 422L);
        QCOMPARE(again.problem(), QStringLiteral("activation-code-invalid"));
    }

    void catalogueWithEtag()
    {
        const HttpReply r = m_h.api().get(QStringLiteral("/api/v1/catalogue"));
        QCOMPARE(r.status, 200L);
        const QJsonObject doc = r.json();
        QVERIFY(doc.value(QStringLiteral("sample_data")).toBool());
        const QJsonArray services = doc.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 34);
        QCOMPARE(doc.value(QStringLiteral("districts")).toArray().size(), 16);
        int pilots = 0;
        int engineers = 0;
        for (const QJsonValue v : services) {
            const QJsonObject s = v.toObject();
            const qint64 tariff = s.value(QStringLiteral("tariff_rials")).toInteger();
            QVERIFY2(tariff >= 50000 && tariff <= 150000,
                     qPrintable(s.value(QStringLiteral("id")).toString()));
            QVERIFY(!s.value(QStringLiteral("name_fa")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("name_en")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("fields")).toArray().isEmpty());
            if (s.value(QStringLiteral("pilot")).toBool()) {
                ++pilots;
                QCOMPARE(s.value(QStringLiteral("districts")).toArray(), (QJsonArray{6, 7, 12}));
            } else {
                QCOMPARE(s.value(QStringLiteral("districts")).toArray().size(), 16);
            }
            if (s.value(QStringLiteral("audience")).toString() ==
                QStringLiteral("supervising_engineers"))
                ++engineers;
        }
        QCOMPARE(pilots, 8);
        QVERIFY(engineers >= 1);
        const QByteArray etag = r.headers.value("etag");
        QVERIFY(etag.startsWith('"'));
        const HttpReply same =
            m_h.api().get(QStringLiteral("/api/v1/catalogue"), {{"If-None-Match", etag}});
        QCOMPARE(same.status, 304L);
        QVERIFY(same.body.isEmpty());
        QCOMPARE(same.headers.value("etag"), etag);
        QCOMPARE(m_h.api()
                     .get(QStringLiteral("/api/v1/catalogue"), {{"If-None-Match", "W/" + etag}})
                     .status,
                 304L);
        QCOMPARE(m_h.api()
                     .get(QStringLiteral("/api/v1/catalogue"), {{"If-None-Match", "\"old\""}})
                     .status,
                 200L);
    }

    void submitAndFollowStatus()
    {
        const QString token = m_h.consent(kCitizen, freshMobile(), QStringLiteral("property-file"));
        QVERIFY2(!token.isEmpty(), qPrintable(m_h.error()));
        const QByteArray key = SandboxHarness::newKey();
        const HttpReply r = m_h.api().post(QStringLiteral("/api/v1/requests"),
                                           m_h.propertyFileRequest(token, kCitizen), key);
        QCOMPARE(r.status, 201L);
        const QString code = r.json().value(QStringLiteral("tracking_code")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^14[0-9]{2}-[A-Z]{3}-[0-9]{6}$"))
                    .match(code)
                    .hasMatch());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(r.json().value(QStringLiteral("idempotency_key")).toString(),
                 QString::fromLatin1(key));

        const QString query = QStringLiteral("/api/v1/requests/status?tracking_codes=") + code +
                              QStringLiteral(",1400-AAA-999999&idempotency_keys=") +
                              QString::fromLatin1(key);
        HttpReply s = m_h.api().get(query);
        QCOMPARE(s.status, 200L);
        QCOMPARE(s.json().value(QStringLiteral("requests")).toArray().size(), 2);
        QCOMPARE(s.json().value(QStringLiteral("unknown_tracking_codes")).toArray().size(), 1);
        QCOMPARE(s.json()
                     .value(QStringLiteral("requests"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("received"));

        m_h.advanceClock(10);
        s = m_h.api().get(QStringLiteral("/api/v1/requests/") + code);
        QCOMPARE(s.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
        QVERIFY(!s.json().value(QStringLiteral("final")).toBool());

        m_h.advanceClock(60);
        s = m_h.api().get(QStringLiteral("/api/v1/requests/") + code);
        const QJsonObject st = s.json();
        QCOMPARE(st.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(st.value(QStringLiteral("final")).toBool());
        QCOMPARE(st.value(QStringLiteral("history")).toArray().size(), 3);
        const QJsonObject data =
            st.value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("permitted_floors")).toInt(), 5);
        QVERIFY(!data.value(QStringLiteral("plans")).toArray().isEmpty());
        QVERIFY(!data.value(QStringLiteral("permits")).toArray().isEmpty());
    }

    void idempotentRepeatAndKeyReuse()
    {
        const QString token =
            m_h.consent(kCitizen2, freshMobile(), QStringLiteral("property-file"));
        QVERIFY(!token.isEmpty());
        const QByteArray key = SandboxHarness::newKey();
        const QJsonObject body = m_h.propertyFileRequest(token, kCitizen2);
        const qint64 before = m_h.count(QStringLiteral("requests"));
        const HttpReply first = m_h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(first.status, 201L);
        const HttpReply second = m_h.api().post(QStringLiteral("/api/v1/requests"), body, key);
        QCOMPARE(second.status, 201L);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(m_h.count(QStringLiteral("requests")), before + 1);

        QJsonObject other = body;
        other.insert(QStringLiteral("fee_rials"), 90000);
        const HttpReply reused = m_h.api().post(QStringLiteral("/api/v1/requests"), other, key);
        QCOMPARE(reused.status, 422L);
        QCOMPARE(reused.problem(), QStringLiteral("idempotency-key-reused"));
        QCOMPARE(m_h.count(QStringLiteral("requests")), before + 1);
    }

    void batchWithPerItemResults()
    {
        const QString t1 = m_h.consent(kCitizen, freshMobile(), QStringLiteral("property-file"));
        const QString t2 =
            m_h.consent(kCitizen2, QStringLiteral("09131234567"), QStringLiteral("property-file"));
        QVERIFY(!t1.isEmpty() && !t2.isEmpty());
        const QString k1 = QString::fromLatin1(SandboxHarness::newKey());
        const QString k2 = QString::fromLatin1(SandboxHarness::newKey());
        const QString k3 = QString::fromLatin1(SandboxHarness::newKey());
        QJsonObject i1 = m_h.propertyFileRequest(t1, kCitizen);
        i1.insert(QStringLiteral("idempotency_key"), k1);
        QJsonObject i2 = m_h.propertyFileRequest(t2, kCitizen2);
        i2.insert(QStringLiteral("idempotency_key"), k2);
        QJsonObject bad =
            m_h.propertyFileRequest(QStringLiteral("ct_x"), QStringLiteral("1234567890"));
        bad.insert(QStringLiteral("idempotency_key"), k3);
        const QJsonObject batch{{QStringLiteral("items"), QJsonArray{i1, bad, i2}}};
        const QByteArray batchKey = SandboxHarness::newKey();
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests/batch"), batch, batchKey);
        QCOMPARE(r.status, 200L);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toInt(), 422);
        QCOMPARE(results.at(1)
                     .toObject()
                     .value(QStringLiteral("problem"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("urn:pishkhan:problem:national-code-invalid"));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(r.json().value(QStringLiteral("accepted")).toInt(), 2);

        // The same batch again: the identical answer.
        const HttpReply again =
            m_h.api().post(QStringLiteral("/api/v1/requests/batch"), batch, batchKey);
        QCOMPARE(again.body, r.body);
        // The same items in a new batch (a retry after a split): each item answers 200 with
        // its first tracking code.
        const HttpReply split = m_h.api().post(
            QStringLiteral("/api/v1/requests/batch"),
            QJsonObject{{QStringLiteral("items"), QJsonArray{i2}}}, SandboxHarness::newKey());
        const QJsonObject item =
            split.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(item.value(QStringLiteral("request")).toObject(),
                 results.at(2).toObject().value(QStringLiteral("request")).toObject());
        // A single submit under an item's key gives the same request.
        i1.remove(QStringLiteral("idempotency_key"));
        const HttpReply single =
            m_h.api().post(QStringLiteral("/api/v1/requests"), i1, k1.toLatin1());
        QCOMPARE(single.status, 200L);
        QCOMPARE(single.json(),
                 results.at(0).toObject().value(QStringLiteral("request")).toObject());
        // The refused item, fixed, goes through under the same key.
        const QString t3 = m_h.consent(kCitizen, freshMobile(), QStringLiteral("property-file"));
        QJsonObject fixed = m_h.propertyFileRequest(t3, kCitizen);
        fixed.insert(QStringLiteral("idempotency_key"), k3);
        const HttpReply fixedReply = m_h.api().post(
            QStringLiteral("/api/v1/requests/batch"),
            QJsonObject{{QStringLiteral("items"), QJsonArray{fixed}}}, SandboxHarness::newKey());
        QCOMPARE(fixedReply.json()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 201);
    }

    void districtAvailability()
    {
        // A pilot service: districts 6, 7 and 12 only.
        const QString token =
            m_h.consent(kCitizen, freshMobile(), QStringLiteral("setback-inquiry"));
        QVERIFY(!token.isEmpty());
        QJsonObject body = m_h.propertyFileRequest(token, kCitizen);
        body.insert(QStringLiteral("service_id"), QStringLiteral("setback-inquiry"));
        body.insert(QStringLiteral("district"), 3);
        const HttpReply refused =
            m_h.api().post(QStringLiteral("/api/v1/requests"), body, SandboxHarness::newKey());
        QCOMPARE(refused.status, 422L);
        QCOMPARE(refused.problem(), QStringLiteral("service-not-in-district"));
        body.insert(QStringLiteral("district"), 6);
        QCOMPARE(m_h.api()
                     .post(QStringLiteral("/api/v1/requests"), body, SandboxHarness::newKey())
                     .status,
                 201L);
        // A non-pilot service is offered in Nazhvan (16).
        const QString t2 = m_h.consent(kCitizen, freshMobile(), QStringLiteral("property-file"));
        QJsonObject nazhvan = m_h.propertyFileRequest(t2, kCitizen);
        nazhvan.insert(QStringLiteral("district"), 16);
        QCOMPARE(m_h.api()
                     .post(QStringLiteral("/api/v1/requests"), nazhvan, SandboxHarness::newKey())
                     .status,
                 201L);
    }

    void engineersOnlyService()
    {
        const HttpReply pub =
            m_h.challenge(kCitizen, kMobile, QStringLiteral("violation-registration"));
        QCOMPARE(pub.status, 403L);
        QCOMPARE(pub.problem(), QStringLiteral("service-engineers-only"));
        const QString mobile = QStringLiteral("09351234567");
        const QString token =
            m_h.consent(kEngineer, mobile, QStringLiteral("violation-registration"));
        QVERIFY2(!token.isEmpty(), qPrintable(m_h.error()));
        QJsonObject body{
            {QStringLiteral("service_id"), QStringLiteral("violation-registration")},
            {QStringLiteral("district"), 7},
            {QStringLiteral("citizen"), QJsonObject{{QStringLiteral("national_code"), kEngineer},
                                                    {QStringLiteral("mobile"), mobile}}},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("renovation_code"), SandboxHarness::renovation(7, 3, 88, 41)},
                 {QStringLiteral("engineer_license"), QStringLiteral("11-300-99999")},
                 {QStringLiteral("violation_type"), QStringLiteral("extra_floor")},
                 {QStringLiteral("inspection_date"), QStringLiteral("۱۴۰۳/۰۷/۱۵")}}},
            {QStringLiteral("consent_token"), token},
            {QStringLiteral("fee_rials"), 100000}};
        const HttpReply wrongLicence =
            m_h.api().post(QStringLiteral("/api/v1/requests"), body, SandboxHarness::newKey());
        QCOMPARE(wrongLicence.status, 403L);
        QCOMPARE(wrongLicence.problem(), QStringLiteral("service-engineers-only"));
        QJsonObject fields = body.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("engineer_license"), QStringLiteral("11-300-12345"));
        body.insert(QStringLiteral("fields"), fields);
        const HttpReply ok =
            m_h.api().post(QStringLiteral("/api/v1/requests"), body, SandboxHarness::newKey());
        QCOMPARE(ok.status, 201L);
    }

    void applicationRejectedWithReason()
    {
        const QString token =
            m_h.consent(kCitizen, freshMobile(), QStringLiteral("building-permit-application"));
        QJsonObject body{
            {QStringLiteral("service_id"), QStringLiteral("building-permit-application")},
            {QStringLiteral("district"), 6},
            {QStringLiteral("citizen"), QJsonObject{{QStringLiteral("national_code"), kCitizen},
                                                    {QStringLiteral("mobile"), kMobile}}},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("renovation_code"), SandboxHarness::renovation(6, 12, 345, 17)},
                 {QStringLiteral("registered_plate"), QJsonObject{{QStringLiteral("section"), 14},
                                                                  {QStringLiteral("main"), 2153},
                                                                  {QStringLiteral("sub"), 47}}},
                 {QStringLiteral("owner_national_code"), kCitizen2},
                 {QStringLiteral("land_use"), QStringLiteral("residential")},
                 {QStringLiteral("floors"), 9},
                 {QStringLiteral("land_area_m2"), 312}}},
            {QStringLiteral("consent_token"), token},
            {QStringLiteral("fee_rials"), 150000},
            {QStringLiteral("payment"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                         {QStringLiteral("reference"), QStringLiteral("123456789012")}}}};
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"), body, SandboxHarness::newKey());
        QCOMPARE(r.status, 201L);
        m_h.advanceClock(601);
        const HttpReply s =
            m_h.api().get(QStringLiteral("/api/v1/requests/") +
                          r.json().value(QStringLiteral("tracking_code")).toString());
        QCOMPARE(s.json().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        const QJsonObject why = s.json().value(QStringLiteral("rejection")).toObject();
        QCOMPARE(why.value(QStringLiteral("reason_code")).toString(),
                 QStringLiteral("floors-exceed-permitted"));
        QVERIFY(!why.value(QStringLiteral("reason_fa")).toString().isEmpty());
    }

    // A property file is answered only to the paid, consented property-file inquiry; the bare
    // look-up is gone.
    void propertyFileIsAnsweredOnlyToItsInquiry()
    {
        const HttpReply lookUp =
            m_h.api().get(QStringLiteral("/api/v1/properties?renovation_code=6-12-345-17-0-0-0"));
        QCOMPARE(lookUp.status, 410L);
        QCOMPARE(lookUp.problem(), QStringLiteral("property-lookup-retired"));
        QVERIFY(!lookUp.json().contains(QStringLiteral("permitted_floors")));

        const QString token = m_h.consent(kCitizen, freshMobile(), QStringLiteral("property-file"));
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/requests"),
                           m_h.propertyFileRequest(token, kCitizen), SandboxHarness::newKey());
        QCOMPARE(r.status, 201L);
        m_h.advanceClock(601);
        const HttpReply s =
            m_h.api().get(QStringLiteral("/api/v1/requests/") +
                          r.json().value(QStringLiteral("tracking_code")).toString());
        QCOMPARE(s.json().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QJsonObject p = s.json()
                                  .value(QStringLiteral("result"))
                                  .toObject()
                                  .value(QStringLiteral("data"))
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("permitted_floors")).toInt(), 5);
        QCOMPARE(p.value(QStringLiteral("permitted_height_m")).toDouble(), 16.5);
        QCOMPARE(p.value(QStringLiteral("renovation_code_text")).toString(),
                 QStringLiteral("6-12-345-17-0-0-0"));
        QVERIFY(!p.value(QStringLiteral("plans")).toArray().isEmpty());
        QSet<QString> decades;
        for (const QJsonValue v : p.value(QStringLiteral("permits")).toArray()) {
            decades.insert(v.toObject().value(QStringLiteral("issued_jalali")).toString().left(3));
            QVERIFY(QDate::fromString(v.toObject().value(QStringLiteral("issued_on")).toString(),
                                      Qt::ISODate)
                        .isValid());
        }
        QVERIFY(decades.contains(QStringLiteral("137")) && decades.contains(QStringLiteral("139")));
    }

    void dayCloseWithSignedAckAndOfficeView()
    {
        const QJsonObject close{
            {QStringLiteral("device_id"), m_h.deviceId()},
            {QStringLiteral("business_date"), QStringLiteral("2025-03-21")},
            {QStringLiteral("first_entry_seq"), 1},
            {QStringLiteral("last_entry_seq"), 42},
            {QStringLiteral("last_entry_hash"), QString(64, u'a')},
            {QStringLiteral("closed_at"), QStringLiteral("2025-03-21T14:30:00Z")},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("count"), 40},
                                                   {QStringLiteral("amount_rials"), 3400000}}}};
        const QByteArray doc = QJsonDocument(close).toJson(QJsonDocument::Compact);
        const QJsonObject upload{
            {QStringLiteral("close"), QString::fromLatin1(doc.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(m_h.device().sign(doc).toBase64())}};
        const HttpReply r =
            m_h.api().post(QStringLiteral("/api/v1/day-closes"), upload, SandboxHarness::newKey());
        QCOMPARE(r.status, 201L);
        const QByteArray ack =
            QByteArray::fromBase64(r.json().value(QStringLiteral("ack")).toString().toLatin1());
        const QByteArray sig = QByteArray::fromBase64(
            r.json().value(QStringLiteral("signature")).toString().toLatin1());
        const QByteArray serverKey =
            QByteArray::fromBase64(m_h.admin()
                                       .get(QStringLiteral("/api/v1/server-key"))
                                       .json()
                                       .value(QStringLiteral("public_key"))
                                       .toString()
                                       .toLatin1());
        QVERIFY(TestDevice::verify(serverKey, ack, sig));
        QByteArray tampered = ack;
        tampered[10] = tampered[10] ^ 1;
        QVERIFY(!TestDevice::verify(serverKey, tampered, sig));
        const QJsonObject ackDoc = QJsonDocument::fromJson(ack).object();
        QCOMPARE(ackDoc.value(QStringLiteral("received_up_to_entry")).toInt(), 42);
        QCOMPARE(ackDoc.value(QStringLiteral("last_entry_hash")).toString(), QString(64, u'a'));

        // The same close under another key: the stored acknowledgement again.
        const HttpReply again =
            m_h.api().post(QStringLiteral("/api/v1/day-closes"), upload, SandboxHarness::newKey());
        QCOMPARE(again.status, 200L);
        QCOMPARE(again.body, r.body);
        // Another close for the same day is a conflict.
        QJsonObject other = close;
        other.insert(QStringLiteral("last_entry_seq"), 43);
        const QByteArray otherDoc = QJsonDocument(other).toJson(QJsonDocument::Compact);
        const HttpReply conflict = m_h.api().post(
            QStringLiteral("/api/v1/day-closes"),
            QJsonObject{{QStringLiteral("close"), QString::fromLatin1(otherDoc.toBase64())},
                        {QStringLiteral("signature"),
                         QString::fromLatin1(m_h.device().sign(otherDoc).toBase64())}},
            SandboxHarness::newKey());
        QCOMPARE(conflict.status, 409L);
        QCOMPARE(conflict.problem(), QStringLiteral("day-close-conflict"));

        // A second counter of the same office closes too; the supervisor sees both.
        TestDevice device2;
        const QString code = m_h.activationCode(QStringLiteral("IF-1001"));
        HttpClient& c = m_h.admin();
        const HttpReply act =
            c.post(QStringLiteral("/api/v1/devices/activate"),
                   QJsonObject{{QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                               {QStringLiteral("activation_code"), code},
                               {QStringLiteral("device_public_key"),
                                QString::fromLatin1(device2.publicKey().toBase64())}},
                   SandboxHarness::newKey(), {{"X-Clerk-Id", "admin"}});
        QCOMPARE(act.status, 201L);
        const QByteArray token2 =
            "Bearer " + act.json().value(QStringLiteral("token")).toString().toLatin1();
        QJsonObject close2 = close;
        close2.insert(QStringLiteral("device_id"), act.json().value(QStringLiteral("device_id")));
        close2.insert(
            QStringLiteral("totals"),
            QJsonObject{{QStringLiteral("count"), 2}, {QStringLiteral("amount_rials"), 160000}});
        const QByteArray doc2 = QJsonDocument(close2).toJson(QJsonDocument::Compact);
        const HttpReply r2 = c.post(
            QStringLiteral("/api/v1/day-closes"),
            QJsonObject{
                {QStringLiteral("close"), QString::fromLatin1(doc2.toBase64())},
                {QStringLiteral("signature"), QString::fromLatin1(device2.sign(doc2).toBase64())}},
            SandboxHarness::newKey(), {{"X-Clerk-Id", "clerk.2"}, {"Authorization", token2}});
        QCOMPARE(r2.status, 201L);
        const HttpReply view = m_h.api().get(
            QStringLiteral("/api/v1/offices/current/day-closes?business_date=2025-03-21"));
        QCOMPARE(view.status, 200L);
        QCOMPARE(view.json().value(QStringLiteral("closed_counters")).toInt(), 2);
        QCOMPARE(view.json()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("amount_rials"))
                     .toInteger(),
                 3560000);
    }

    void dayClosesMustContinueTheAcknowledgedChain()
    {
        // A counter of its own, so the closes above do not count.
        TestDevice device;
        HttpClient& c = m_h.admin();
        const HttpReply act =
            c.post(QStringLiteral("/api/v1/devices/activate"),
                   QJsonObject{{QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                               {QStringLiteral("activation_code"),
                                m_h.activationCode(QStringLiteral("IF-1001"))},
                               {QStringLiteral("device_public_key"),
                                QString::fromLatin1(device.publicKey().toBase64())}},
                   SandboxHarness::newKey(), {{"X-Clerk-Id", "admin"}});
        QCOMPARE(act.status, 201L);
        const QString deviceId = act.json().value(QStringLiteral("device_id")).toString();
        const QByteArray token =
            "Bearer " + act.json().value(QStringLiteral("token")).toString().toLatin1();
        const auto upload = [&](const QString& day, qint64 seq, const QString& hash,
                                const QJsonValue& previous) {
            const QJsonObject close{
                {QStringLiteral("device_id"), deviceId},
                {QStringLiteral("business_date"), day},
                {QStringLiteral("last_entry_seq"), seq},
                {QStringLiteral("last_entry_hash"), hash},
                {QStringLiteral("closed_at"), QString(day + QStringLiteral("T14:30:00Z"))},
                {QStringLiteral("totals"), QJsonObject{{QStringLiteral("count"), 1},
                                                       {QStringLiteral("amount_rials"), 80000}}},
                {QStringLiteral("previous_acknowledgement"), previous}};
            const QByteArray doc = QJsonDocument(close).toJson(QJsonDocument::Compact);
            return c.post(
                QStringLiteral("/api/v1/day-closes"),
                QJsonObject{{QStringLiteral("close"), QString::fromLatin1(doc.toBase64())},
                            {QStringLiteral("signature"),
                             QString::fromLatin1(device.sign(doc).toBase64())}},
                SandboxHarness::newKey(), {{"X-Clerk-Id", "super1"}, {"Authorization", token}});
        };
        // What a close carries of the acknowledgement it builds on.
        const auto previousOf = [](const HttpReply& r) {
            const QJsonObject ack = r.json().value(QStringLiteral("ack_document")).toObject();
            return QJsonObject{
                {QStringLiteral("business_date"), ack.value(QStringLiteral("business_date"))},
                {QStringLiteral("received_up_to_entry"),
                 ack.value(QStringLiteral("received_up_to_entry"))},
                {QStringLiteral("last_entry_hash"), ack.value(QStringLiteral("last_entry_hash"))},
                {QStringLiteral("close_sha256"), ack.value(QStringLiteral("close_sha256"))}};
        };
        const auto closedOn = [&](const QString& day) {
            const HttpReply view =
                c.get(QStringLiteral("/api/v1/offices/current/day-closes?business_date=") + day,
                      {{"X-Clerk-Id", "super1"}, {"Authorization", token}});
            for (const QJsonValue& v : view.json().value(QStringLiteral("counters")).toArray()) {
                if (v.toObject().value(QStringLiteral("device_id")).toString() == deviceId)
                    return v.toObject().value(QStringLiteral("closed")).toBool();
            }
            return false;
        };

        // Consecutive closes, each naming the acknowledgement before it, are accepted.
        const HttpReply first =
            upload(QStringLiteral("2025-04-01"), 10, QString(64, u'1'), QJsonValue::Null);
        QCOMPARE(first.status, 201L);
        const HttpReply second =
            upload(QStringLiteral("2025-04-02"), 20, QString(64, u'2'), previousOf(first));
        QCOMPARE(second.status, 201L);

        // A close ending before the last acknowledged entry is refused, and not kept.
        HttpReply r =
            upload(QStringLiteral("2025-04-03"), 15, QString(64, u'3'), previousOf(second));
        QCOMPARE(r.status, 409L);
        QCOMPARE(r.problem(), QStringLiteral("day-close-entry-backwards"));
        QVERIFY(!closedOn(QStringLiteral("2025-04-03")));

        // One that names an acknowledgement this backend never gave is refused.
        QJsonObject forged = previousOf(second);
        forged.insert(QStringLiteral("last_entry_hash"), QString(64, u'f'));
        r = upload(QStringLiteral("2025-04-03"), 30, QString(64, u'3'), forged);
        QCOMPARE(r.status, 409L);
        QCOMPARE(r.problem(), QStringLiteral("day-close-chain-broken"));
        QVERIFY(!closedOn(QStringLiteral("2025-04-03")));

        // So is one that gives the last acknowledged entry another hash.
        r = upload(QStringLiteral("2025-04-03"), 20, QString(64, u'e'), previousOf(second));
        QCOMPARE(r.status, 409L);
        QCOMPARE(r.problem(), QStringLiteral("day-close-chain-broken"));
        QVERIFY(!closedOn(QStringLiteral("2025-04-03")));

        // The honest next close still goes through.
        r = upload(QStringLiteral("2025-04-03"), 30, QString(64, u'3'), previousOf(second));
        QCOMPARE(r.status, 201L);
        QVERIFY(closedOn(QStringLiteral("2025-04-03")));
    }

    void noSecretInServerLog()
    {
        const QByteArray log = m_h.process().log();
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.contains(m_h.token().toLatin1()));
        QVERIFY(!log.contains(kCitizen.toLatin1()));
        QVERIFY(!log.contains(kMobile.toLatin1()));
        // Every code and mobile the "phone" received: none reached the server log.
        QFile sms(m_h.process().smsLogPath());
        QVERIFY(sms.open(QIODevice::ReadOnly));
        int codes = 0;
        while (!sms.atEnd()) {
            const QJsonObject m = QJsonDocument::fromJson(sms.readLine()).object();
            const QString code = QRegularExpression(QStringLiteral("([0-9]{6})"))
                                     .match(m.value(QStringLiteral("text")).toString())
                                     .captured(1);
            QVERIFY(!code.isEmpty());
            QVERIFY(!log.contains(code.toLatin1()));
            QVERIFY(!log.contains(m.value(QStringLiteral("to")).toString().toLatin1()));
            ++codes;
        }
        QVERIFY(codes >= 5);
    }

    void deactivation()
    {
        const HttpReply gone = m_h.api().send("DELETE", QStringLiteral("/api/v1/devices/current"));
        QCOMPARE(gone.status, 204L);
        const HttpReply after = m_h.api().get(QStringLiteral("/api/v1/catalogue"));
        QCOMPARE(after.status, 401L);
        QCOMPARE(after.problem(), QStringLiteral("auth-invalid"));
    }

private:
    SandboxHarness m_h;
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandbox_contract.moc"
