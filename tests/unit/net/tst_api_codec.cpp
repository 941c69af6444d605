// ApiCodec: decoding is strict about what it reads and sorts every failure the way the engine
// reacts (docs/api.md §2).
#include "net/ApiCodec.h"

#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

HttpResponse answer(long status, const QByteArray& body, QMap<QByteArray, QByteArray> headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

const QByteArray kSubmit =
    R"({"tracking_code":"1404-KTD-000042","idempotency_key":"k1","service_id":"property-file",
        "district":6,"status":"received","received_at":"2025-03-21T10:07:30Z","fee_rials":80000,
        "tariff_rials":80000,"next_update_at":"2025-03-21T10:07:35Z"})";

} // namespace

Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiCodec : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void submit();
    void submitMalformed_data();
    void submitMalformed();
    void batch();
    void batchMalformed_data();
    void batchMalformed();
    void status();
    void catalogue();
    void timeAndConsent();
    void encodersAreCanonical();
};

void TestApiCodec::classify_data()
{
    QTest::addColumn<long>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("retryMs");
    const QByteArray problem422 =
        R"({"type":"urn:pishkhan:problem:district-unknown","title":"District","title_fa":"منطقه شهرداری نامعتبر است","status":422})";
    const QByteArray problem401 =
        R"({"type":"urn:pishkhan:problem:auth-invalid","title":"Auth","title_fa":"x","status":401})";
    const QByteArray problem503 =
        R"({"type":"urn:pishkhan:problem:service-unavailable","title":"busy","status":503,"retry_after":7})";
    QTest::newRow("422 problem") << 422L << problem422 << QByteArray() << ApiError::Kind::Refused
                                 << u"api.problem.district-unknown"_s << -1LL;
    QTest::newRow("401") << 401L << problem401 << QByteArray() << ApiError::Kind::Unauthorized
                         << u"api.problem.auth-invalid"_s << -1LL;
    QTest::newRow("503 with header")
        << 503L << problem503 << QByteArray("3") << ApiError::Kind::Unavailable
        << u"api.unavailable"_s << 3000LL;
    QTest::newRow("503 body retry_after")
        << 503L << problem503 << QByteArray() << ApiError::Kind::Unavailable << u"api.unavailable"_s
        << 7000LL;
    QTest::newRow("429") << 429L << QByteArray() << QByteArray("2") << ApiError::Kind::Unavailable
                         << u"api.unavailable"_s << 2000LL;
    QTest::newRow("500") << 500L << QByteArray("oops") << QByteArray()
                         << ApiError::Kind::ServerError << u"api.server_error"_s << -1LL;
    QTest::newRow("4xx HTML from a proxy is garbage, not a refusal")
        << 403L << QByteArray("<html>blocked</html>") << QByteArray() << ApiError::Kind::Malformed
        << u"api.malformed"_s << -1LL;
    QTest::newRow("unexpected 302") << 302L << QByteArray() << QByteArray()
                                    << ApiError::Kind::Malformed << u"api.malformed"_s << -1LL;
    QTest::newRow("bad retry-after ignored")
        << 503L << QByteArray() << QByteArray("soon") << ApiError::Kind::Unavailable
        << u"api.unavailable"_s << -1LL;
}

void TestApiCodec::classify()
{
    QFETCH(long, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(qint64, retryMs);
    QMap<QByteArray, QByteArray> headers;
    if (!retryAfter.isEmpty())
        headers.insert("retry-after", retryAfter);
    const ApiError e = ApiCodec::classify(answer(status, body, headers));
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.code(), code);
    QCOMPARE(e.retryAfterMs(), retryMs);
    if (kind == ApiError::Kind::Refused)
        QCOMPARE(e.messageFa(), u"منطقه شهرداری نامعتبر است"_s);
}

void TestApiCodec::submit()
{
    auto r = ApiCodec::decodeSubmit(answer(201, kSubmit));
    QVERIFY(r.ok());
    QCOMPARE(r->trackingCode, u"1404-KTD-000042"_s);
    QCOMPARE(r->httpStatus, 201);
    QCOMPARE(r->nextUpdateAtMs - r->receivedAtMs, 5000);
    HttpResponse transport;
    transport.curlCode = 7;
    transport.error = Error(u"net.connect"_s, "x");
    auto t = ApiCodec::decodeSubmit(transport);
    QCOMPARE(t.error().kind(), ApiError::Kind::Transport);
    QVERIFY(t.error().isRetryable());
}

void TestApiCodec::submitMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << kSubmit.left(40);
    QTest::newRow("tracking code a number")
        << QByteArray(kSubmit).replace("\"1404-KTD-000042\"", "42");
    QTest::newRow("empty tracking code") << QByteArray(kSubmit).replace("1404-KTD-000042", "");
    QTest::newRow("unknown status") << QByteArray(kSubmit).replace("\"received\"", "\"lost\"");
    QTest::newRow("bad time") << QByteArray(kSubmit).replace("2025-03-21T10:07:30Z", "yesterday");
    QTest::newRow("deep nesting") << QByteArray(5000, '[');
}

void TestApiCodec::submitMalformed()
{
    QFETCH(QByteArray, body);
    auto r = ApiCodec::decodeSubmit(answer(201, body));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ApiError::Kind::Malformed);
    QVERIFY(r.error().isRetryable());
}

void TestApiCodec::batch()
{
    const QByteArray body = R"({"accepted":1,"refused":1,"results":[
        {"index":1,"idempotency_key":"k2","status":422,"problem":{"type":"urn:pishkhan:problem:mobile-invalid","title":"m","title_fa":"شماره همراه نامعتبر است","status":422}},
        {"index":0,"idempotency_key":"k1","status":200,"request":)" +
                            kSubmit + "}]}";
    auto r = ApiCodec::decodeBatch(answer(200, body), {u"k1"_s, u"k2"_s});
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().error().detail()));
    QCOMPARE(r->results.size(), 2);
    QVERIFY(!r->results.at(0).ok);
    QCOMPARE(r->results.at(0).index, 1);
    QCOMPARE(r->results.at(0).problem.slug, u"mobile-invalid"_s);
    QCOMPARE(r->results.at(0).problem.titleFa, u"شماره همراه نامعتبر است"_s);
    QVERIFY(r->results.at(1).ok);
    QCOMPARE(r->results.at(1).answer.httpStatus, 200);
}

void TestApiCodec::batchMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray item =
        R"({"index":0,"idempotency_key":"k1","status":201,"request":)" + kSubmit + "}";
    QTest::newRow("missing an item")
        << QByteArray(R"({"accepted":1,"refused":0,"results":[)" + item + "]}");
    QTest::newRow("index out of range")
        << QByteArray(R"({"accepted":1,"refused":0,"results":[)" + item + "," +
                      QByteArray(item).replace("\"index\":0", "\"index\":5") + "]}");
    QTest::newRow("repeated index")
        << QByteArray(R"({"accepted":1,"refused":0,"results":[)" + item + "," + item + "]}");
    QTest::newRow("problem not a problem") << QByteArray(
        R"({"accepted":0,"refused":2,"results":[{"index":0,"idempotency_key":"k1","status":422,"problem":{}},{"index":1,"idempotency_key":"k2","status":422,"problem":{}}]})");
}

void TestApiCodec::batchMalformed()
{
    QFETCH(QByteArray, body);
    auto r = ApiCodec::decodeBatch(answer(200, body), {u"k1"_s, u"k2"_s});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), ApiError::Kind::Malformed);
}

void TestApiCodec::status()
{
    const QByteArray body = R"({"as_of":"2025-03-21T10:08:00Z","unknown_tracking_codes":[],
      "unknown_idempotency_keys":["zz"],"requests":[{"tracking_code":"1404-KTD-000042",
      "idempotency_key":"k1","service_id":"property-file","district":6,
      "received_at":"2025-03-21T10:07:30Z","status":"rejected","final":true,"next_update_at":null,
      "history":[{"status":"received","at":"2025-03-21T10:07:30Z","note_fa":"دریافت شد","note_en":"Received"}],
      "result":null,"rejection":{"reason_code":"property-not-found","reason_fa":"ملک","reason_en":"No"}}]})";
    auto r = ApiCodec::decodeStatus(answer(200, body));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().error().detail()));
    QCOMPARE(r->unknownIdempotencyKeys, QStringList{u"zz"_s});
    const RequestStatus& s = r->requests.first();
    QVERIFY(s.isFinal);
    QCOMPARE(s.rejectionCode, u"property-not-found"_s);
    QCOMPARE(s.history.size(), 1);
    QVERIFY(s.resultJson.isEmpty());
    // final must agree with status
    auto bad = ApiCodec::decodeStatus(answer(200, QByteArray(body).replace("true", "false")));
    QCOMPARE(bad.error().kind(), ApiError::Kind::Malformed);
}

void TestApiCodec::catalogue()
{
    auto notModified = ApiCodec::decodeCatalogue(answer(304, {}, {{"etag", "\"e1\""}}));
    QVERIFY(notModified.ok());
    QVERIFY(notModified->notModified);
    const QByteArray body =
        R"({"version":"v9","services":[{"id":"a","name_fa":"ا","tariff_rials":80000,"fields":[]}]})";
    auto full = ApiCodec::decodeCatalogue(answer(200, body, {{"etag", "\"e2\""}}));
    QVERIFY(full.ok());
    QCOMPARE(full->version, u"v9"_s);
    QCOMPARE(full->serviceCount, 1);
    QCOMPARE(full->etag, QByteArray("\"e2\""));
    auto noEtag = ApiCodec::decodeCatalogue(answer(200, body));
    QCOMPARE(noEtag.error().kind(), ApiError::Kind::Malformed);
}

void TestApiCodec::timeAndConsent()
{
    auto t = ApiCodec::decodeTime(
        answer(200, R"({"now":"2025-03-21T10:06:40Z","epoch_ms":1742551600019})"));
    QVERIFY(t.ok());
    QCOMPARE(t->epochMs, 1742551600019LL);
    auto frac = ApiCodec::decodeTime(answer(200, R"({"now":"x","epoch_ms":1.5})"));
    QCOMPARE(frac.error().kind(), ApiError::Kind::Malformed);
    auto c = ApiCodec::decodeConsent(answer(
        201,
        R"({"consent_token":"ct_1","service_id":"s","issued_at":"2025-03-21T10:07:10Z","expires_at":"2025-03-22T10:07:10Z","single_use":true})"));
    QVERIFY(c.ok());
    QCOMPARE(c->expiresAtMs, ApiCodec::parseTime(u"2025-03-22T10:07:10Z"_s));
    QCOMPARE(ApiCodec::formatTime(c->expiresAtMs), u"2025-03-22T10:07:10Z"_s);
}

void TestApiCodec::encodersAreCanonical()
{
    const QByteArray a = ApiCodec::encodeBatch({{u"k1"_s, QJsonObject{{u"b"_s, 1}, {u"a"_s, 2}}}});
    QCOMPARE(a, QByteArray(R"({"items":[{"a":2,"b":1,"idempotency_key":"k1"}]})"));
    QCOMPARE(ApiCodec::encodeVerify(u"123456"_s), QByteArray(R"({"code":"123456"})"));
}

QTEST_GUILESS_MAIN(TestApiCodec)
#include "tst_api_codec.moc"
