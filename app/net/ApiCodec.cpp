#include "ApiCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

Error malformedError(const QString& detail)
{
    return Error(u"api.malformed"_s,
                 QT_TRANSLATE_NOOP("Error", "The server sent an answer this program does not "
                                            "understand; it will try again."),
                 detail);
}

ApiError malformed(const QString& detail, int status = 0)
{
    return ApiError(ApiError::Kind::Malformed, malformedError(detail), status);
}

// Reads members of one JSON object, remembering the first failure with its JSON pointer.
// Every accessor returns a harmless default once a failure is recorded, so decoders can read
// straight through and check failed() once.
class Reader
{
public:
    Reader(QJsonObject object, QString pointer)
        : m_object(std::move(object))
        , m_pointer(std::move(pointer))
    {}

    [[nodiscard]] bool failed() const { return !m_failure.isEmpty(); }
    [[nodiscard]] const QString& failure() const { return m_failure; }
    [[nodiscard]] bool has(const QString& name) const
    {
        return m_object.contains(name) && !m_object.value(name).isNull();
    }

    QString string(const QString& name, bool required = true, int maxLength = 4096)
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, u"missing"_s);
            return {};
        }
        if (!v.isString())
            return fail(name, u"not a string"_s), QString();
        const QString s = v.toString();
        if (required && s.isEmpty())
            return fail(name, u"empty"_s), QString();
        if (s.size() > maxLength)
            return fail(name, u"too long"_s), QString();
        return s;
    }

    qint64 integer(const QString& name, qint64 min, qint64 max, bool required = true,
                   qint64 fallback = 0)
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, u"missing"_s);
            return fallback;
        }
        if (!v.isDouble())
            return fail(name, u"not a number"_s), fallback;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > kMaxSafeInteger)
            return fail(name, u"not an integer"_s), fallback;
        const auto i = static_cast<qint64>(d);
        if (i < min || i > max)
            return fail(name, u"out of range"_s), fallback;
        return i;
    }

    bool boolean(const QString& name)
    {
        const QJsonValue v = m_object.value(name);
        if (!v.isBool())
            return fail(name, u"not a boolean"_s), false;
        return v.toBool();
    }

    // RFC 3339; 0 when absent/null and not required.
    qint64 time(const QString& name, bool required = true)
    {
        const QString s = string(name, required, 64);
        if (failed() || s.isEmpty())
            return 0;
        const qint64 ms = ApiCodec::parseTime(s);
        if (ms < 0)
            return fail(name, u"not an RFC 3339 time"_s), 0;
        return ms;
    }

    QJsonObject object(const QString& name, bool required = true)
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, u"missing"_s);
            return {};
        }
        if (!v.isObject())
            return fail(name, u"not an object"_s), QJsonObject();
        return v.toObject();
    }

    QJsonArray array(const QString& name, bool required = true)
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(name, u"missing"_s);
            return {};
        }
        if (!v.isArray())
            return fail(name, u"not an array"_s), QJsonArray();
        return v.toArray();
    }

    QStringList strings(const QString& name, bool required = true)
    {
        const QJsonArray a = array(name, required);
        QStringList out;
        for (const QJsonValue& v : a) {
            if (!v.isString())
                return fail(name, u"holds a non-string"_s), QStringList();
            out.append(v.toString());
        }
        return out;
    }

    QByteArray base64(const QString& name)
    {
        const QString s = string(name, true, 1 << 20);
        if (failed())
            return {};
        auto decoded =
            QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(name, u"not base64"_s), QByteArray();
        return *decoded;
    }

    QString pointer(const QString& name) const { return m_pointer + u'/' + name; }

    void fail(const QString& name, const QString& why)
    {
        if (m_failure.isEmpty())
            m_failure = pointer(name) + u' ' + why;
    }
    // Takes over a nested reader's failure.
    bool absorb(const Reader& nested)
    {
        if (nested.failed() && m_failure.isEmpty())
            m_failure = nested.failure();
        return !failed();
    }

private:
    QJsonObject m_object;
    QString m_pointer;
    QString m_failure;
};

// Status check + JSON object parse, shared by every decoder.
template<typename T>
std::optional<ApiReply<T>> expectObject(const HttpResponse& r, std::initializer_list<int> statuses,
                                        QJsonObject* out)
{
    bool expected = false;
    for (int s : statuses)
        expected = expected || r.status == s;
    if (!r.transportOk() || !expected)
        return ApiReply<T>(ApiCodec::classify(r));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiReply<T>(
            malformed(u"body is not JSON: "_s + parseError.errorString(), int(r.status)));
    if (!doc.isObject())
        return ApiReply<T>(malformed(u"body is not a JSON object"_s, int(r.status)));
    *out = doc.object();
    return std::nullopt;
}

bool readSubmit(Reader& r, SubmitAnswer* a)
{
    a->trackingCode = r.string(u"tracking_code"_s, true, 64);
    a->idempotencyKey = r.string(u"idempotency_key"_s, true, 128);
    a->status = r.string(u"status"_s, true, 32);
    a->receivedAtMs = r.time(u"received_at"_s);
    a->nextUpdateAtMs = r.time(u"next_update_at"_s, false);
    if (!r.failed() && a->status != u"received"_s && a->status != u"in_review"_s &&
        a->status != u"done"_s && a->status != u"rejected"_s && a->status != u"cancelled"_s)
        r.fail(u"status"_s, u"unknown status"_s);
    return !r.failed();
}

} // namespace

qint64 ApiCodec::parseTime(const QString& rfc3339)
{
    if (rfc3339.size() < 20 || rfc3339.size() > 40)
        return -1;
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODate);
    if (!t.isValid())
        return -1;
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms < 0 ? -1 : ms;
}

QString ApiCodec::formatTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

qint64 ApiCodec::retryAfterMs(const HttpResponse& response)
{
    const QByteArray value = response.header("retry-after").trimmed();
    if (value.isEmpty() || value.size() > 9)
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0)
        return -1;
    return seconds * 1000;
}

bool ApiCodec::decodeProblem(const QByteArray& body, ApiProblem* problem)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    Reader r(doc.object(), QString());
    ApiProblem p;
    const QString type = r.string(u"type"_s, true, 200);
    p.title = r.string(u"title"_s, true, 1000);
    p.titleFa = r.string(u"title_fa"_s, false, 1000);
    p.status = int(r.integer(u"status"_s, 100, 599));
    p.detail = r.string(u"detail"_s, false, 4000);
    p.field = r.string(u"field"_s, false, 1000);
    p.retryAfterSeconds = r.integer(u"retry_after"_s, 0, 86400 * 30, false, -1);
    p.usedBy = r.string(u"used_by"_s, false, 64);
    if (r.failed() || !type.startsWith(kProblemPrefix) || type.size() == kProblemPrefix.size())
        return false;
    p.slug = type.mid(kProblemPrefix.size());
    *problem = p;
    return true;
}

ApiError ApiCodec::classify(const HttpResponse& r)
{
    if (!r.transportOk())
        return ApiError(ApiError::Kind::Transport, r.error);
    const int status = int(r.status);
    ApiProblem problem;
    const bool hasProblem = decodeProblem(r.body, &problem);
    qint64 retryAfter = retryAfterMs(r);
    if (retryAfter < 0 && hasProblem && problem.retryAfterSeconds >= 0)
        retryAfter = problem.retryAfterSeconds * 1000;

    if (status == 401)
        return ApiError(ApiError::Kind::Unauthorized,
                        Error(u"api.unauthorized"_s,
                              QT_TRANSLATE_NOOP("Error", "The backend no longer accepts this "
                                                         "counter; activate it again."),
                              problem.slug),
                        status, problem);
    if (status == 429 || status == 503)
        return ApiError(ApiError::Kind::Unavailable,
                        Error(u"api.unavailable"_s,
                              QT_TRANSLATE_NOOP("Error", "The municipal backend is busy or "
                                                         "temporarily unavailable."),
                              u"HTTP "_s + QString::number(status)),
                        status, problem, retryAfter);
    if (status >= 500 && status <= 599)
        return ApiError(ApiError::Kind::ServerError,
                        Error(u"api.server_error"_s,
                              QT_TRANSLATE_NOOP("Error", "The municipal backend had an internal "
                                                         "error."),
                              u"HTTP "_s + QString::number(status)),
                        status, problem, retryAfter);
    if (status == 408)
        return ApiError(ApiError::Kind::Transport,
                        Error(u"net.timeout"_s,
                              QT_TRANSLATE_NOOP("Error", "The server did not answer in time."),
                              u"HTTP 408"_s),
                        status);
    // A 4xx without a problem document did not come from the backend's logic (a proxy, a
    // captive portal): it says nothing about the request, so it is retried like garbage.
    if (status >= 400 && status <= 499 && hasProblem)
        return ApiError(ApiError::Kind::Refused,
                        Error(u"api.refused"_s,
                              QT_TRANSLATE_NOOP("Error", "The municipal backend refused the "
                                                         "request."),
                              problem.slug),
                        status, problem);
    return malformed(u"unexpected HTTP status "_s + QString::number(status), status);
}

ApiReply<ServerTime> ApiCodec::decodeTime(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<ServerTime>(response, {200}, &o))
        return *early;
    Reader r(o, QString());
    ServerTime t;
    t.now = r.string(u"now"_s, true, 64);
    t.epochMs = r.integer(u"epoch_ms"_s, 0, qint64(kMaxSafeInteger));
    if (r.failed())
        return malformed(r.failure(), 200);
    return t;
}

ApiReply<Activation> ApiCodec::decodeActivation(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<Activation>(response, {201}, &o))
        return *early;
    Reader r(o, QString());
    Activation a;
    a.deviceId = r.string(u"device_id"_s, true, 128);
    a.token = r.string(u"token"_s, true, 1024);
    a.counter = int(r.integer(u"counter"_s, 1, 100000));
    a.serverKeyId = r.string(u"server_key_id"_s, false, 128);
    Reader office(r.object(u"office"_s), r.pointer(u"office"_s));
    if (!r.failed()) {
        a.officeCode = office.string(u"code"_s, true, 32);
        a.officeNameFa = office.string(u"name_fa"_s, false, 400);
        a.officeDistrict = int(office.integer(u"district"_s, 0, 1000, false));
        r.absorb(office);
    }
    if (r.failed())
        return malformed(r.failure(), 201);
    return a;
}

ApiReply<CatalogueAnswer> ApiCodec::decodeCatalogue(const HttpResponse& response)
{
    CatalogueAnswer c;
    c.etag = response.header("etag");
    if (response.transportOk() && response.status == 304) {
        if (c.etag.isEmpty())
            return malformed(u"304 without ETag"_s, 304);
        c.notModified = true;
        return c;
    }
    QJsonObject o;
    if (auto early = expectObject<CatalogueAnswer>(response, {200}, &o))
        return *early;
    if (c.etag.isEmpty() || c.etag.size() > 200)
        return malformed(u"catalogue without a usable ETag"_s, 200);
    Reader r(o, QString());
    c.version = r.string(u"version"_s, true, 80);
    const QJsonArray services = r.array(u"services"_s);
    for (qsizetype i = 0; i < services.size() && !r.failed(); ++i) {
        if (!services.at(i).isObject()) {
            r.fail(u"services/"_s + QString::number(i), u"not an object"_s);
            break;
        }
        Reader s(services.at(i).toObject(), r.pointer(u"services/"_s + QString::number(i)));
        (void)s.string(u"id"_s, true, 64);
        (void)s.string(u"name_fa"_s, true, 400);
        (void)s.integer(u"tariff_rials"_s, 0, 1'000'000'000'000);
        (void)s.array(u"fields"_s);
        r.absorb(s);
    }
    if (r.failed())
        return malformed(r.failure(), 200);
    c.serviceCount = int(services.size());
    c.body = response.body;
    return c;
}

ApiReply<OtpChallenge> ApiCodec::decodeChallenge(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<OtpChallenge>(response, {201}, &o))
        return *early;
    Reader r(o, QString());
    OtpChallenge c;
    c.challengeId = r.string(u"challenge_id"_s, true, 128);
    c.expiresAt = r.string(u"expires_at"_s, true, 64);
    c.expiresAtMs = parseTime(c.expiresAt);
    c.codeLength = int(r.integer(u"code_length"_s, 4, 12));
    c.attemptsLeft = int(r.integer(u"attempts_left"_s, 0, 100));
    c.mobileMasked = r.string(u"mobile_masked"_s, false, 32);
    if (!r.failed() && c.expiresAtMs < 0)
        r.fail(u"expires_at"_s, u"not an RFC 3339 time"_s);
    if (r.failed())
        return malformed(r.failure(), 201);
    return c;
}

ApiReply<ConsentGrant> ApiCodec::decodeConsent(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<ConsentGrant>(response, {201}, &o))
        return *early;
    Reader r(o, QString());
    ConsentGrant g;
    g.token = r.string(u"consent_token"_s, true, 200);
    g.serviceId = r.string(u"service_id"_s, true, 64);
    g.expiresAtMs = r.time(u"expires_at"_s);
    if (r.failed())
        return malformed(r.failure(), 201);
    return g;
}

ApiReply<SubmitAnswer> ApiCodec::decodeSubmit(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<SubmitAnswer>(response, {200, 201}, &o))
        return *early;
    Reader r(o, QString());
    SubmitAnswer a;
    a.httpStatus = int(response.status);
    if (!readSubmit(r, &a))
        return malformed(r.failure(), int(response.status));
    return a;
}

ApiReply<BatchAnswer> ApiCodec::decodeBatch(const HttpResponse& response,
                                            const QStringList& sentKeys)
{
    QJsonObject o;
    if (auto early = expectObject<BatchAnswer>(response, {200}, &o))
        return *early;
    Reader r(o, QString());
    BatchAnswer b;
    b.accepted = int(r.integer(u"accepted"_s, 0, 100000));
    b.refused = int(r.integer(u"refused"_s, 0, 100000));
    const QJsonArray results = r.array(u"results"_s);
    if (!r.failed() && results.size() != sentKeys.size())
        r.fail(u"results"_s, u"does not cover every item"_s);
    QSet<int> seen;
    for (qsizetype i = 0; i < results.size() && !r.failed(); ++i) {
        const QString at = u"results/"_s + QString::number(i);
        if (!results.at(i).isObject()) {
            r.fail(at, u"not an object"_s);
            break;
        }
        Reader item(results.at(i).toObject(), r.pointer(at));
        BatchItemResult out;
        out.index = int(item.integer(u"index"_s, 0, qMax<qsizetype>(0, sentKeys.size() - 1)));
        out.idempotencyKey = item.string(u"idempotency_key"_s, true, 128);
        out.httpStatus = int(item.integer(u"status"_s, 100, 599));
        if (!item.failed() && sentKeys.value(out.index) != out.idempotencyKey)
            item.fail(u"idempotency_key"_s, u"does not match the item sent at that index"_s);
        if (!item.failed() && seen.contains(out.index))
            item.fail(u"index"_s, u"repeated"_s);
        seen.insert(out.index);
        if (!item.failed() && (out.httpStatus == 200 || out.httpStatus == 201)) {
            Reader request(item.object(u"request"_s), item.pointer(u"request"_s));
            if (!item.failed()) {
                out.ok = readSubmit(request, &out.answer);
                out.answer.httpStatus = out.httpStatus;
                if (out.ok && out.answer.idempotencyKey != out.idempotencyKey)
                    request.fail(u"idempotency_key"_s, u"differs from the item's"_s);
                item.absorb(request);
            }
        } else if (!item.failed()) {
            const QJsonObject problem = item.object(u"problem"_s);
            if (!item.failed() &&
                !decodeProblem(QJsonDocument(problem).toJson(QJsonDocument::Compact), &out.problem))
                item.fail(u"problem"_s, u"not a problem document"_s);
        }
        r.absorb(item);
        b.results.append(out);
    }
    if (r.failed())
        return malformed(r.failure(), 200);
    return b;
}

ApiReply<StatusAnswer> ApiCodec::decodeStatus(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<StatusAnswer>(response, {200}, &o))
        return *early;
    Reader r(o, QString());
    StatusAnswer s;
    s.asOfMs = r.time(u"as_of"_s);
    s.unknownTrackingCodes = r.strings(u"unknown_tracking_codes"_s, false);
    s.unknownIdempotencyKeys = r.strings(u"unknown_idempotency_keys"_s, false);
    const QJsonArray requests = r.array(u"requests"_s);
    static const QStringList kStatuses{u"received"_s, u"in_review"_s, u"done"_s, u"rejected"_s,
                                       u"cancelled"_s};
    for (qsizetype i = 0; i < requests.size() && !r.failed(); ++i) {
        const QString at = u"requests/"_s + QString::number(i);
        if (!requests.at(i).isObject()) {
            r.fail(at, u"not an object"_s);
            break;
        }
        Reader q(requests.at(i).toObject(), r.pointer(at));
        RequestStatus rs;
        rs.trackingCode = q.string(u"tracking_code"_s, true, 64);
        rs.idempotencyKey = q.string(u"idempotency_key"_s, false, 128);
        rs.serviceId = q.string(u"service_id"_s, false, 64);
        rs.status = q.string(u"status"_s, true, 32);
        rs.isFinal = q.boolean(u"final"_s);
        rs.nextUpdateAtMs = q.time(u"next_update_at"_s, false);
        if (!q.failed() && !kStatuses.contains(rs.status))
            q.fail(u"status"_s, u"unknown status"_s);
        if (!q.failed() && rs.isFinal != (rs.status == u"done"_s || rs.status == u"rejected"_s ||
                                          rs.status == u"cancelled"_s))
            q.fail(u"final"_s, u"disagrees with status"_s);
        const QJsonArray history = q.array(u"history"_s);
        for (qsizetype h = 0; h < history.size() && !q.failed(); ++h) {
            const QString hat = u"history/"_s + QString::number(h);
            if (!history.at(h).isObject()) {
                q.fail(hat, u"not an object"_s);
                break;
            }
            Reader e(history.at(h).toObject(), q.pointer(hat));
            StatusEvent ev;
            ev.status = e.string(u"status"_s, true, 32);
            ev.atMs = e.time(u"at"_s);
            ev.noteFa = e.string(u"note_fa"_s, false, 2000);
            ev.noteEn = e.string(u"note_en"_s, false, 2000);
            q.absorb(e);
            rs.history.append(ev);
        }
        const QJsonObject result = q.object(u"result"_s, false);
        if (!q.failed() && q.has(u"result"_s))
            rs.resultJson = QJsonDocument(result).toJson(QJsonDocument::Compact);
        const QJsonObject rejection = q.object(u"rejection"_s, false);
        if (!q.failed() && q.has(u"rejection"_s)) {
            Reader j(rejection, q.pointer(u"rejection"_s));
            rs.rejectionCode = j.string(u"reason_code"_s, true, 128);
            rs.rejectionFa = j.string(u"reason_fa"_s, false, 2000);
            rs.rejectionEn = j.string(u"reason_en"_s, false, 2000);
            q.absorb(j);
        }
        if (!q.failed() && rs.status == u"rejected"_s && rs.rejectionCode.isEmpty())
            q.fail(u"rejection"_s, u"missing for a rejected request"_s);
        r.absorb(q);
        s.requests.append(rs);
    }
    if (r.failed())
        return malformed(r.failure(), 200);
    return s;
}

ApiReply<DayCloseAck> ApiCodec::decodeDayCloseAck(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<DayCloseAck>(response, {200, 201}, &o))
        return *early;
    Reader r(o, QString());
    DayCloseAck a;
    a.httpStatus = int(response.status);
    a.ack = r.base64(u"ack"_s);
    a.signature = r.base64(u"signature"_s);
    a.keyId = r.string(u"key_id"_s, true, 64);
    const QString algorithm = r.string(u"algorithm"_s, true, 32);
    a.ackDocument = r.object(u"ack_document"_s);
    if (!r.failed() && algorithm != u"Ed25519"_s)
        r.fail(u"algorithm"_s, u"not Ed25519"_s);
    if (!r.failed() && a.signature.size() != 64)
        r.fail(u"signature"_s, u"not 64 bytes"_s);
    if (r.failed())
        return malformed(r.failure(), int(response.status));
    return a;
}

ApiReply<QJsonObject> ApiCodec::decodeObject(const HttpResponse& response)
{
    QJsonObject o;
    if (auto early = expectObject<QJsonObject>(response, {200}, &o))
        return *early;
    return o;
}

QByteArray ApiCodec::encode(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray ApiCodec::encodeActivation(const QString& officeCode, const QString& activationCode,
                                      const QString& publicKeyBase64, const QString& deviceLabel)
{
    QJsonObject o{{u"office_code"_s, officeCode},
                  {u"activation_code"_s, activationCode},
                  {u"device_public_key"_s, publicKeyBase64}};
    if (!deviceLabel.isEmpty())
        o.insert(u"device_label"_s, deviceLabel);
    return encode(o);
}

QByteArray ApiCodec::encodeChallenge(const QString& nationalCode, const QString& mobile,
                                     const QString& serviceId, const QString& legalEntityId)
{
    QJsonObject body{
        {u"national_code"_s, nationalCode}, {u"mobile"_s, mobile}, {u"service_id"_s, serviceId}};
    if (!legalEntityId.isEmpty())
        body.insert(u"legal_entity_id"_s, legalEntityId);
    return encode(body);
}

QByteArray ApiCodec::encodeVerify(const QString& code)
{
    return encode({{u"code"_s, code}});
}

QByteArray ApiCodec::encodeBatch(const QList<QPair<QString, QJsonObject>>& items)
{
    QJsonArray array;
    for (const auto& [key, body] : items) {
        QJsonObject item = body;
        item.insert(u"idempotency_key"_s, key);
        array.append(item);
    }
    return encode({{u"items"_s, array}});
}

QByteArray ApiCodec::encodeDayClose(const QByteArray& closeBytes, const QByteArray& signature)
{
    return encode({{u"close"_s, QString::fromLatin1(closeBytes.toBase64())},
                   {u"signature"_s, QString::fromLatin1(signature.toBase64())}});
}

} // namespace pishkhan
