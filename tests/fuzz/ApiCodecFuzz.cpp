#include "ApiCodecFuzz.h"

#include "net/ApiCodec.h"

namespace pishkhan::fuzz {

int decodeAll(const QByteArray& input)
{
    static const long kStatuses[] = {200, 201, 304, 400, 401, 404, 409, 422, 429, 500, 503, 302};
    HttpResponse r;
    const unsigned char selector = input.isEmpty() ? 0 : static_cast<unsigned char>(input.at(0));
    r.status = kStatuses[selector % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    r.body = input.mid(1);
    if (selector & 0x10)
        r.headers.insert("etag", "\"e\"");
    if (selector & 0x20)
        r.headers.insert("retry-after", r.body.left(4));
    int ok = 0;
    ok += ApiCodec::decodeTime(r).ok();
    ok += ApiCodec::decodeActivation(r).ok();
    ok += ApiCodec::decodeCatalogue(r).ok();
    ok += ApiCodec::decodeChallenge(r).ok();
    ok += ApiCodec::decodeConsent(r).ok();
    ok += ApiCodec::decodeSubmit(r).ok();
    ok += ApiCodec::decodeBatch(r, {QStringLiteral("k1"), QStringLiteral("k2")}).ok();
    ok += ApiCodec::decodeStatus(r).ok();
    ok += ApiCodec::decodeDayCloseAck(r).ok();
    ok += ApiCodec::decodeObject(r).ok();
    const ApiError e = ApiCodec::classify(r);
    ok += e.isRetryable() ? 1 : 0;
    ok += e.messageFa().isEmpty() ? 0 : 1;
    ApiProblem p;
    ok += ApiCodec::decodeProblem(r.body, &p);
    return ok;
}

QList<QByteArray> seedCorpus()
{
    const QByteArray submit =
        R"({"tracking_code":"1404-KTD-000042","idempotency_key":"k1","service_id":"property-file","district":6,"status":"received","received_at":"2025-03-21T10:07:30Z","fee_rials":80000,"tariff_rials":80000,"next_update_at":"2025-03-21T10:07:35Z"})";
    return {
        '\x00' + QByteArray(R"({"now":"2025-03-21T10:06:40Z","epoch_ms":1742551600019})"),
        '\x01' + submit,
        '\x00' +
            QByteArray(
                R"({"accepted":1,"refused":1,"results":[{"index":1,"idempotency_key":"k2","status":422,"problem":{"type":"urn:pishkhan:problem:mobile-invalid","title":"m","title_fa":"ش","status":422}},{"index":0,"idempotency_key":"k1","status":200,"request":)") +
            submit + "}]}",
        '\x00' +
            QByteArray(
                R"({"as_of":"2025-03-21T10:08:00Z","unknown_tracking_codes":[],"unknown_idempotency_keys":[],"requests":[{"tracking_code":"1404-KTD-000042","idempotency_key":"k1","status":"done","final":true,"next_update_at":null,"history":[{"status":"received","at":"2025-03-21T10:07:30Z","note_fa":"د","note_en":"R"}],"result":{"summary_fa":"x","data":{}},"rejection":null}]})"),
        '\x10' +
            QByteArray(
                R"({"version":"v","services":[{"id":"a","name_fa":"ا","tariff_rials":80000,"fields":[]}]})"),
        '\x01' +
            QByteArray(
                R"({"device_id":"dev_1","token":"t","token_type":"Bearer","counter":1,"office":{"code":"IF-1001","name_fa":"x","district":6},"server_key_id":"8d"})"),
        '\x01' +
            QByteArray(
                R"({"challenge_id":"ch_1","expires_at":"2025-03-21T10:08:40Z","code_length":6,"attempts_left":3,"mobile_masked":"091*****567"})"),
        '\x01' +
            QByteArray(
                R"({"consent_token":"ct_1","service_id":"s","issued_at":"2025-03-21T10:07:10Z","expires_at":"2025-03-22T10:07:10Z","single_use":true})"),
        '\x01' + QByteArray(R"({"ack":"YWJj","signature":")") + QByteArray(64, 'A').toBase64() +
            R"(","key_id":"8d","algorithm":"Ed25519","ack_document":{}})",
        '\x07' +
            QByteArray(
                R"({"type":"urn:pishkhan:problem:district-unknown","title":"D","title_fa":"م","status":422,"field":"/district"})"),
        '\x2a' +
            QByteArray(
                R"({"type":"urn:pishkhan:problem:service-unavailable","title":"b","status":503,"retry_after":3})"),
    };
}

} // namespace pishkhan::fuzz
