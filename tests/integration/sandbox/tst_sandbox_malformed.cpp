// A table of malformed and hostile inputs: each is answered 4xx problem+json with its precise
// type, never 500, never a crash, and never leaves a request behind.
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace pishkhan::test;

namespace {

enum Auth { GoodAuth, NoAuth, BadAuth, BasicAuth };
enum Clerk { GoodClerk, NoClerk, BadClerk };

const QByteArray kFreshKey = "<fresh>";
const QString kCitizen = QStringLiteral("0076229645");

} // namespace

class TestSandboxMalformed : public QObject
{
    Q_OBJECT

private:
    // A valid property-file submission (bogus consent token: validation fails before it
    // matters, except in the rows about the token), changed by `edit`.
    static QByteArray request(const std::function<void(QJsonObject&)>& edit = {})
    {
        QJsonObject body{
            {QStringLiteral("service_id"), QStringLiteral("property-file")},
            {QStringLiteral("district"), 6},
            {QStringLiteral("citizen"),
             QJsonObject{{QStringLiteral("national_code"), kCitizen},
                         {QStringLiteral("mobile"), QStringLiteral("09121112233")}}},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("renovation_code"),
                                                    SandboxHarness::renovation(6, 12, 345, 17)}}},
            {QStringLiteral("consent_token"), QStringLiteral("ct_not-a-real-token")},
            {QStringLiteral("fee_rials"), 80000}};
        if (edit)
            edit(body);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    static QJsonObject fields(const QJsonObject& body)
    {
        return body.value(QStringLiteral("fields")).toObject();
    }
    static QByteArray json(const QJsonObject& o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
        m_challenge =
            m_h.challenge(kCitizen, QStringLiteral("09121112299"), QStringLiteral("property-file"))
                .json()
                .value(QStringLiteral("challenge_id"))
                .toString();
        QVERIFY(!m_challenge.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("auth");
        QTest::addColumn<int>("clerk");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");

        const QString submit = QStringLiteral("/api/v1/requests");
        const QString batch = QStringLiteral("/api/v1/requests/batch");
        const QString challenge = QStringLiteral("/api/v1/consents/challenges");
        const QByteArray ct = "application/json";
        const auto row = [&](const char* name, const QByteArray& method, const QString& path,
                             const QByteArray& body, int status, const char* type,
                             int auth = GoodAuth, int clerk = GoodClerk, QByteArray key = kFreshKey,
                             QByteArray contentType = "application/json") {
            QTest::newRow(name) << method << path << body << auth << clerk << key << contentType
                                << status << QString::fromLatin1(type);
        };

        // Transport-level and envelope problems.
        row("truncated json", "POST", submit, "{\"service_id\": ", 400, "invalid-json");
        row("empty body", "POST", submit, "", 400, "invalid-json");
        row("json with trailing garbage", "POST", submit, request() + "}}", 400, "invalid-json");
        row("array body", "POST", submit, "[1,2]", 400, "body-not-object");
        row("text/plain", "POST", submit, request(), 415, "unsupported-media-type", GoodAuth,
            GoodClerk, kFreshKey, "text/plain");
        row("no content type", "POST", submit, request(), 415, "unsupported-media-type", GoodAuth,
            GoodClerk, kFreshKey, QByteArray());
        row("body over limit", "POST", submit, QByteArray(300 * 1024, ' ') + request(), 413,
            "body-too-large");
        row("no idempotency key", "POST", submit, request(), 400, "idempotency-key-missing",
            GoodAuth, GoodClerk, QByteArray());
        row("idempotency key with space", "POST", submit, request(), 400, "idempotency-key-invalid",
            GoodAuth, GoodClerk, "bad key value");
        row("idempotency key too short", "POST", submit, request(), 400, "idempotency-key-invalid",
            GoodAuth, GoodClerk, "abc");
        row("no token", "POST", submit, request(), 401, "auth-missing", NoAuth);
        row("wrong token", "POST", submit, request(), 401, "auth-invalid", BadAuth);
        row("basic auth", "GET", QStringLiteral("/api/v1/catalogue"), {}, 401, "auth-invalid",
            BasicAuth);
        row("no clerk header", "GET", QStringLiteral("/api/v1/catalogue"), {}, 400, "clerk-missing",
            GoodAuth, NoClerk);
        row("bad clerk header", "GET", QStringLiteral("/api/v1/catalogue"), {}, 400,
            "clerk-invalid", GoodAuth, BadClerk);
        row("unknown endpoint", "GET", QStringLiteral("/api/v1/nothing-here"), {}, 404,
            "not-found");
        row("wrong method", "PUT", QStringLiteral("/api/v1/catalogue"), {}, 405,
            "method-not-allowed");

        // Submission members.
        row("service_id missing", "POST", submit,
            request([](QJsonObject& b) { b.remove(QStringLiteral("service_id")); }), 422,
            "field-missing");
        row("service_id a number", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("service_id"), 7); }), 422,
            "field-type");
        row("unknown service", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("service_id"), QStringLiteral("moon-landing"));
            }),
            422, "service-unknown");
        row("district a string", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("district"), QStringLiteral("6"));
            }),
            422, "field-type");
        row("district 99", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("district"), 99); }), 422,
            "district-unknown");
        row("citizen missing", "POST", submit,
            request([](QJsonObject& b) { b.remove(QStringLiteral("citizen")); }), 422,
            "field-missing");
        row("citizen an array", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("citizen"), QJsonArray{}); }), 422,
            "field-type");
        row("national code checksum", "POST", submit, request([](QJsonObject& b) {
                b.insert(
                    QStringLiteral("citizen"),
                    QJsonObject{{QStringLiteral("national_code"), QStringLiteral("1234567890")},
                                {QStringLiteral("mobile"), QStringLiteral("09121112233")}});
            }),
            422, "national-code-invalid");
        row("national code all equal", "POST", submit, request([](QJsonObject& b) {
                b.insert(
                    QStringLiteral("citizen"),
                    QJsonObject{{QStringLiteral("national_code"), QStringLiteral("3333333333")},
                                {QStringLiteral("mobile"), QStringLiteral("09121112233")}});
            }),
            422, "national-code-invalid");
        row("mobile landline", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("citizen"),
                         QJsonObject{{QStringLiteral("national_code"), kCitizen},
                                     {QStringLiteral("mobile"), QStringLiteral("08123456789")}});
            }),
            422, "mobile-invalid");
        row("required form field missing", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("fields"), QJsonObject{}); }), 422,
            "field-missing");
        row("renovation code six parts", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("renovation_code"),
                                      QStringLiteral("6-12-345-17-0-0")}});
            }),
            422, "field-invalid");
        row("renovation code a number", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("renovation_code"), 61234517}});
            }),
            422, "field-type");
        row("plate slash string", "POST", submit, request([](QJsonObject& b) {
                QJsonObject f = fields(b);
                f.insert(QStringLiteral("registered_plate"), QStringLiteral("2153/47"));
                b.insert(QStringLiteral("fields"), f);
            }),
            422, "field-type");
        row("unknown form field", "POST", submit, request([](QJsonObject& b) {
                QJsonObject f = fields(b);
                f.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
                b.insert(QStringLiteral("fields"), f);
            }),
            422, "field-unknown");
        row("unknown top-level member", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("priority"), QStringLiteral("high"));
            }),
            422, "field-unknown");
        row("fee below council range", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("fee_rials"), 10000); }), 422,
            "fee-out-of-range");
        row("fee above council range", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("fee_rials"), 1500000); }), 422,
            "fee-out-of-range");
        row("fee fractional", "POST", submit,
            request([](QJsonObject& b) { b.insert(QStringLiteral("fee_rials"), 80000.5); }), 422,
            "field-invalid");
        row("payment method unknown", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("payment"),
                         QJsonObject{{QStringLiteral("method"), QStringLiteral("bitcoin")}});
            }),
            422, "field-invalid");
        row("card without reference", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("payment"),
                         QJsonObject{{QStringLiteral("method"), QStringLiteral("card")}});
            }),
            422, "field-missing");
        row("consent token unknown", "POST", submit, request(), 422, "consent-token-invalid");
        row("invalid jalali date", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("service_id"), QStringLiteral("payment-verification"));
                b.insert(
                    QStringLiteral("fields"),
                    QJsonObject{{QStringLiteral("payment_reference"), QStringLiteral("12345678")},
                                {QStringLiteral("payment_date"), QStringLiteral("1393/12/30")}});
            }),
            422, "field-invalid");
        row("text pattern mismatch", "POST", submit, request([](QJsonObject& b) {
                b.insert(QStringLiteral("service_id"), QStringLiteral("payment-verification"));
                b.insert(
                    QStringLiteral("fields"),
                    QJsonObject{{QStringLiteral("payment_reference"), QStringLiteral("12ab")},
                                {QStringLiteral("payment_date"), QStringLiteral("1403/01/01")}});
            }),
            422, "field-invalid");

        // Batches.
        row("batch without items", "POST", batch, "{}", 422, "field-missing");
        row("batch empty", "POST", batch, "{\"items\":[]}", 422, "batch-empty");
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject{
                {QStringLiteral("idempotency_key"), QStringLiteral("key-%1-abcdef").arg(i)}});
        row("batch of 101", "POST", batch, json({{QStringLiteral("items"), many}}), 422,
            "batch-too-large");
        row("batch item without key", "POST", batch, "{\"items\":[" + request() + "]}", 422,
            "field-missing");
        row("batch item not an object", "POST", batch, "{\"items\":[42]}", 422, "field-type");
        const QByteArray dup = request([](QJsonObject& b) {
            b.insert(QStringLiteral("idempotency_key"), QStringLiteral("same-key-0001"));
        });
        row("batch duplicate keys", "POST", batch, "{\"items\":[" + dup + "," + dup + "]}", 422,
            "batch-duplicate-key");

        // Consent.
        const auto challengeBody = [](const QString& nc, const QString& m, const QString& s) {
            return json({{QStringLiteral("national_code"), nc},
                         {QStringLiteral("mobile"), m},
                         {QStringLiteral("service_id"), s}});
        };
        row("challenge bad national code", "POST", challenge,
            challengeBody(QStringLiteral("0684159415"), QStringLiteral("09121112233"),
                          QStringLiteral("property-file")),
            422, "national-code-invalid");
        row("challenge bad mobile", "POST", challenge,
            challengeBody(kCitizen, QStringLiteral("0912345678"), QStringLiteral("property-file")),
            422, "mobile-invalid");
        row("challenge unknown service", "POST", challenge,
            challengeBody(kCitizen, QStringLiteral("09121112233"), QStringLiteral("nope")), 422,
            "service-unknown");
        row("challenge national code a number", "POST", challenge,
            "{\"national_code\":499370899,\"mobile\":\"09121112233\",\"service_id\":\"property-"
            "file\"}",
            422, "field-type");
        row("verify unknown challenge", "POST",
            QStringLiteral("/api/v1/consents/challenges/ch_unknown/verify"),
            "{\"code\":\"123456\"}", 404, "otp-challenge-not-found");
        row("verify code with letters", "POST",
            QStringLiteral("/api/v1/consents/challenges/ch_unknown/verify"),
            "{\"code\":\"12a456\"}", 422, "field-invalid");

        // Activation, property, status, day close.
        row("activation wrong code", "POST", QStringLiteral("/api/v1/devices/activate"),
            json({{QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                  {QStringLiteral("activation_code"), QStringLiteral("0000-0000-0000")},
                  {QStringLiteral("device_public_key"),
                   QString::fromLatin1(QByteArray(32, 'k').toBase64())}}),
            422, "activation-code-invalid", NoAuth);
        row("activation bad key", "POST", QStringLiteral("/api/v1/devices/activate"),
            json({{QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                  {QStringLiteral("activation_code"), QStringLiteral("0000-0000-0000")},
                  {QStringLiteral("device_public_key"), QStringLiteral("c2hvcnQ=")}}),
            422, "device-key-invalid", NoAuth);
        row("property look-up without an inquiry", "GET", QStringLiteral("/api/v1/properties"), {},
            410, "property-lookup-retired");
        row("property look-up by code without an inquiry", "GET",
            QStringLiteral("/api/v1/properties?renovation_code=1-1-1-1-1-1-1"), {}, 410,
            "property-lookup-retired");
        row("status without codes", "GET", QStringLiteral("/api/v1/requests/status"), {}, 400,
            "query-invalid");
        row("unknown tracking code", "GET", QStringLiteral("/api/v1/requests/1404-AAA-999999"), {},
            404, "request-not-found");
        row("day close not base64", "POST", QStringLiteral("/api/v1/day-closes"),
            "{\"close\":\"***\",\"signature\":\"AA==\"}", 422, "day-close-invalid");
        row("day close forged signature", "POST", QStringLiteral("/api/v1/day-closes"),
            json({{QStringLiteral("close"),
                   QString::fromLatin1(QByteArray("{\"device_id\":\"x\"}").toBase64())},
                  {QStringLiteral("signature"),
                   QString::fromLatin1(QByteArray(64, 's').toBase64())}}),
            422, "day-close-signature-invalid");
        row("day view bad date", "GET",
            QStringLiteral("/api/v1/offices/current/day-closes?business_date=1404/01/01"), {}, 400,
            "query-invalid");
    }

    void rejects()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, auth);
        QFETCH(int, clerk);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, type);

        HttpClient::Headers headers;
        headers.append({"Authorization", auth == GoodAuth    ? "Bearer " + m_h.token().toLatin1()
                                         : auth == BadAuth   ? QByteArray("Bearer pk_live_wrong")
                                         : auth == BasicAuth ? QByteArray("Basic dXNlcjpwYXNz")
                                                             : QByteArray()});
        headers.append({"X-Clerk-Id", clerk == GoodClerk  ? QByteArray("clerk.1")
                                      : clerk == BadClerk ? QByteArray("clerk with spaces")
                                                          : QByteArray()});
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        if (key == kFreshKey)
            headers.append({"Idempotency-Key", SandboxHarness::newKey()});
        else if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});

        const HttpReply r = m_h.api().send(method, path, body, headers);
        QVERIFY2(r.curlCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.status, long(status));
        QVERIFY(r.headers.value("content-type").startsWith("application/problem+json"));
        QCOMPARE(r.problem(), type);
        const QJsonObject p = r.json();
        QCOMPARE(p.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!p.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!p.value(QStringLiteral("title_fa")).toString().isEmpty());
    }

    void nothingStoredAndStillServing()
    {
        QCOMPARE(m_h.count(QStringLiteral("requests")), 0);
        QCOMPARE(m_h.count(QStringLiteral("idempotency_records")), 2); // activation + challenge
        QCOMPARE(m_h.api().get(QStringLiteral("/api/v1/time")).status, 200L);
        QVERIFY(!m_h.process().log().contains(" 500 "));
    }

private:
    SandboxHarness m_h;
    QString m_challenge;
};

QTEST_GUILESS_MAIN(TestSandboxMalformed)
#include "tst_sandbox_malformed.moc"
