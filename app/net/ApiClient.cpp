#include "ApiClient.h"

#include "ApiCodec.h"
#include "HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace pishkhan {

using namespace Qt::StringLiterals;

ApiClient::ApiClient(HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{}

ApiClient::~ApiClient() = default;

void ApiClient::setCredentials(const DeviceCredentials& credentials)
{
    m_credentials = credentials;
}

void ApiClient::setCredentialsProvider(CredentialsProvider provider)
{
    m_credentialsProvider = std::move(provider);
}

void ApiClient::setClerkId(const QString& clerkId)
{
    m_clerkId = clerkId;
}

void ApiClient::setClerkIdProvider(ClerkProvider provider)
{
    m_clerkProvider = std::move(provider);
}

bool ApiClient::hasCredentials() const
{
    if (m_credentialsProvider) {
        const auto c = m_credentialsProvider();
        return c && c->isValid();
    }
    return m_credentials && m_credentials->isValid();
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ApiClient::cancel(quint64 id)
{
    m_http.cancel(id);
}

template<typename T, typename Decode>
quint64 ApiClient::call(QByteArray method, const QString& path, QByteArray body, Auth auth,
                        const QString& idempotencyKey, Decode decode, Callback<T> done,
                        const QString& clerkOverride,
                        QList<QPair<QByteArray, QByteArray>> extraHeaders, int timeoutMs)
{
    HttpRequest request;
    request.timeoutMs = timeoutMs;
    request.method = std::move(method);
    request.url = path;
    request.body = std::move(body);
    request.headers = std::move(extraHeaders);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (request.method == "POST")
        request.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toLatin1());

    // Local refusals are delivered like answers (later, on this thread) so callers have one
    // code path.
    auto refuseLater = [this, &done](ApiError error) {
        QTimer::singleShot(0, this, [done, error] { done(ApiReply<T>(error)); });
        return quint64(0);
    };
    if (auth != Auth::None) {
        const QString clerk = !clerkOverride.isEmpty() ? clerkOverride
                              : m_clerkProvider        ? m_clerkProvider()
                                                       : m_clerkId;
        if (clerk.isEmpty())
            return refuseLater(
                ApiError(ApiError::Kind::Transport,
                         Error(u"api.no_clerk"_s,
                               QT_TRANSLATE_NOOP("Error", "No clerk is signed in at this counter."),
                               u"no clerk id to send"_s)));
        request.setHeader(QByteArrayLiteral("X-Clerk-Id"), clerkHeader(clerk));
    }
    if (auth == Auth::Device) {
        const std::optional<DeviceCredentials> credentials =
            m_credentialsProvider ? m_credentialsProvider() : m_credentials;
        if (!credentials || !credentials->isValid())
            return refuseLater(
                ApiError(ApiError::Kind::Unauthorized,
                         Error(u"api.no_credentials"_s,
                               QT_TRANSLATE_NOOP("Error", "This counter is not activated yet."),
                               u"no device credentials"_s)));
        request.setHeader(QByteArrayLiteral("Authorization"),
                          QByteArrayLiteral("Bearer ") + credentials->token.toUtf8());
    }
    return m_http.send(
        std::move(request), this,
        [decode, done = std::move(done)](HttpResponse response) { done(decode(response)); });
}

quint64 ApiClient::serverTime(Callback<ServerTime> done)
{
    return call<ServerTime>("GET", u"/api/v1/time"_s, {}, Auth::None, {}, &ApiCodec::decodeTime,
                            std::move(done));
}

quint64 ApiClient::activateDevice(const QString& officeCode, const QString& activationCode,
                                  const QString& publicKeyBase64, const QString& clerkId,
                                  Callback<Activation> done, const QString& deviceLabel,
                                  const QString& idempotencyKey)
{
    return call<Activation>(
        "POST", u"/api/v1/devices/activate"_s,
        ApiCodec::encodeActivation(officeCode, activationCode, publicKeyBase64, deviceLabel),
        Auth::ClerkOnly, idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey,
        &ApiCodec::decodeActivation, std::move(done), clerkId);
}

quint64 ApiClient::currentDevice(Callback<QJsonObject> done)
{
    return call<QJsonObject>("GET", u"/api/v1/devices/current"_s, {}, Auth::Device, {},
                             &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::catalogue(const QByteArray& etag, Callback<CatalogueAnswer> done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append({QByteArrayLiteral("If-None-Match"), etag});
    return call<CatalogueAnswer>("GET", u"/api/v1/catalogue"_s, {}, Auth::Device, {},
                                 &ApiCodec::decodeCatalogue, std::move(done), {},
                                 std::move(headers));
}

quint64 ApiClient::requestOtp(const QString& nationalCode, const QString& mobile,
                              const QString& serviceId, Callback<OtpChallenge> done)
{
    const QString path = u"/api/v1/consents/challenges"_s;
    QByteArray body = ApiCodec::encodeChallenge(nationalCode, mobile, serviceId);
    const QByteArray identity = path.toUtf8() + '\n' + body;
    const QString key = m_retryKeys.keyFor(identity);
    return call<OtpChallenge>("POST", path, std::move(body), Auth::Device, key,
                              &ApiCodec::decodeChallenge,
                              Callback<OtpChallenge>([this, identity, key, done = std::move(done)](
                                                         ApiReply<OtpChallenge> reply) {
                                  if (reply.ok() || !reply.error().isRetryable())
                                      m_retryKeys.answered(identity, key);
                                  done(std::move(reply));
                              }));
}

quint64 ApiClient::requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                                     const QString& mobile, const QString& serviceId,
                                     Callback<OtpChallenge> done)
{
    return call<OtpChallenge>(
        "POST", u"/api/v1/consents/challenges"_s,
        ApiCodec::encodeChallenge(nationalCode, mobile, serviceId, legalEntityId), Auth::Device,
        newIdempotencyKey(), &ApiCodec::decodeChallenge, std::move(done));
}

quint64 ApiClient::verifyEngineer(const QString& nationalCode, const QString& license,
                                  Callback<QJsonObject> done)
{
    return call<QJsonObject>(
        "POST", u"/api/v1/engineers/verify"_s,
        ApiCodec::encode({{u"national_code"_s, nationalCode}, {u"license"_s, license}}),
        Auth::Device, newIdempotencyKey(), &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::verifyOtp(const QString& challengeId, const QString& code,
                             Callback<ConsentGrant> done)
{
    const QString path = u"/api/v1/consents/challenges/"_s +
                         QString::fromLatin1(QUrl::toPercentEncoding(challengeId)) + u"/verify"_s;
    QByteArray body = ApiCodec::encodeVerify(code);
    const QByteArray identity = path.toUtf8() + '\n' + body;
    const QString key = m_retryKeys.keyFor(identity);
    return call<ConsentGrant>("POST", path, std::move(body), Auth::Device, key,
                              &ApiCodec::decodeConsent,
                              Callback<ConsentGrant>([this, identity, key, done = std::move(done)](
                                                         ApiReply<ConsentGrant> reply) {
                                  if (reply.ok() || !reply.error().isRetryable())
                                      m_retryKeys.answered(identity, key);
                                  done(std::move(reply));
                              }));
}

quint64 ApiClient::submit(const QString& idempotencyKey, const QJsonObject& body,
                          Callback<SubmitAnswer> done, int timeoutMs)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject identity = body;
    if (const QJsonValue token = identity.take(u"consent_token"_s); token.isString())
        headers.append({QByteArrayLiteral("Consent-Token"), token.toString().toUtf8()});
    return call<SubmitAnswer>("POST", u"/api/v1/requests"_s, ApiCodec::encode(identity),
                              Auth::Device, idempotencyKey, &ApiCodec::decodeSubmit,
                              std::move(done), {}, std::move(headers), timeoutMs);
}

quint64 ApiClient::submitBatch(const QList<QPair<QString, QJsonObject>>& items,
                               Callback<BatchAnswer> done)
{
    QStringList keys;
    keys.reserve(items.size());
    for (const auto& item : items)
        keys.append(item.first);
    return call<BatchAnswer>(
        "POST", u"/api/v1/requests/batch"_s, ApiCodec::encodeBatch(items), Auth::Device,
        newIdempotencyKey(),
        [keys](const HttpResponse& r) { return ApiCodec::decodeBatch(r, keys); }, std::move(done));
}

quint64 ApiClient::status(const QStringList& idempotencyKeys, const QStringList& trackingCodes,
                          Callback<StatusAnswer> done)
{
    QUrlQuery query;
    if (!idempotencyKeys.isEmpty())
        query.addQueryItem(u"idempotency_keys"_s, idempotencyKeys.join(u','));
    if (!trackingCodes.isEmpty())
        query.addQueryItem(u"tracking_codes"_s, trackingCodes.join(u','));
    return call<StatusAnswer>("GET",
                              u"/api/v1/requests/status?"_s + query.toString(QUrl::FullyEncoded),
                              {}, Auth::Device, {}, &ApiCodec::decodeStatus, std::move(done));
}

quint64 ApiClient::uploadDayClose(const QByteArray& closeBytes, const QByteArray& signature,
                                  const QString& idempotencyKey, Callback<DayCloseAck> done)
{
    return call<DayCloseAck>("POST", u"/api/v1/day-closes"_s,
                             ApiCodec::encodeDayClose(closeBytes, signature), Auth::Device,
                             idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey,
                             &ApiCodec::decodeDayCloseAck, std::move(done));
}

quint64 ApiClient::officeDayCloses(const QString& businessDate, Callback<QJsonObject> done)
{
    QUrlQuery query;
    query.addQueryItem(u"business_date"_s, businessDate);
    return call<QJsonObject>(
        "GET", u"/api/v1/offices/current/day-closes?"_s + query.toString(QUrl::FullyEncoded), {},
        Auth::Device, {}, &ApiCodec::decodeObject, std::move(done));
}

QByteArray ApiClient::clerkHeader(const QString& username)
{
    return QUrl::toPercentEncoding(username, QByteArrayLiteral("@"));
}

quint64 ApiClient::pushStaff(const QString& idempotencyKey, const QByteArray& body,
                             Callback<QJsonObject> done)
{
    return call<QJsonObject>("POST", u"/api/v1/offices/current/staff"_s, body, Auth::Device,
                             idempotencyKey, &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::staffChanges(qint64 sinceRevision, Callback<QJsonObject> done)
{
    return call<QJsonObject>(
        "GET", u"/api/v1/offices/current/staff?since="_s + QString::number(sinceRevision), {},
        Auth::Device, {}, &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::cancelRequest(const QString& trackingCode, const QString& reason,
                                 const QString& idempotencyKey, Callback<QJsonObject> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"reason"_s, reason}}).toJson(QJsonDocument::Compact);
    return call<QJsonObject>(
        "POST",
        u"/api/v1/requests/"_s + QString::fromLatin1(QUrl::toPercentEncoding(trackingCode)) +
            u"/cancel"_s,
        body, Auth::Device, idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey,
        &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::officeMandates(Callback<QJsonObject> done)
{
    return call<QJsonObject>("GET", u"/api/v1/offices/current/mandates"_s, {}, Auth::Device, {},
                             &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::officeMonth(const QString& month, Callback<QJsonObject> done)
{
    return call<QJsonObject>("GET", u"/api/v1/offices/current/months/"_s + month, {}, Auth::Device,
                             {}, &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::verifyAnswer(const QString& trackingCode, const QString& answerHash,
                                Callback<QJsonObject> done)
{
    QUrlQuery query;
    query.addQueryItem(u"tracking_code"_s, trackingCode);
    query.addQueryItem(u"answer_hash"_s, answerHash);
    return call<QJsonObject>("GET",
                             u"/api/v1/answers/verify?"_s + query.toString(QUrl::FullyEncoded), {},
                             Auth::None, {}, &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::officeRequest(const QString& trackingCode, Callback<QJsonObject> done)
{
    return call<QJsonObject>(
        "GET", u"/api/v1/requests/"_s + QString::fromLatin1(QUrl::toPercentEncoding(trackingCode)),
        {}, Auth::Device, {}, &ApiCodec::decodeObject, std::move(done));
}

quint64 ApiClient::officeRequestsOfCitizen(const QString& nationalCode, int page,
                                           Callback<QJsonObject> done)
{
    QUrlQuery query;
    query.addQueryItem(u"national_code"_s, nationalCode);
    query.addQueryItem(u"page"_s, QString::number(page));
    return call<QJsonObject>(
        "GET", u"/api/v1/offices/current/requests?"_s + query.toString(QUrl::FullyEncoded), {},
        Auth::Device, {}, &ApiCodec::decodeObject, std::move(done));
}

} // namespace pishkhan
