#include "SandboxApi.h"

#include "Clock.h"
#include "IdempotencyKey.h"
#include "ReplaySeal.h"
#include "SandboxStore.h"
#include "Secrets.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace pishkhan::sandbox {

namespace {

ApiResponse problem(const QString& slug, const QString& detail = {}, const QString& field = {})
{
    return ApiResponse::problem(Problem(slug, detail, field));
}

bool isJsonContentType(const QByteArray& value)
{
    const QByteArray type = value.split(';').value(0).trimmed().toLower();
    return type == "application/json";
}

// X-Clerk-Id is percent-encoded UTF-8 (docs/api.md §1): an ASCII username travels as it is, a
// Persian one as %D8%B9... The decoded text is the username as the counter stores it.
std::optional<QString> decodeClerk(const QByteArray& header)
{
    if (header.isEmpty() || header.size() > 64 * 6)
        return std::nullopt;
    for (const char c : header) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '@' ||
                        c == '%';
        if (!ok)
            return std::nullopt;
    }
    const QByteArray utf8 = QByteArray::fromPercentEncoding(header);
    const QString clerk = QString::fromUtf8(utf8);
    if (clerk.toUtf8() != utf8 || !StaffEndpoints::isUsername(clerk, true))
        return std::nullopt;
    return clerk;
}

} // namespace

SandboxApi::SandboxApi(SandboxContext& context)
    : m_context(context)
    , m_devices(context)
    , m_catalogue(context)
    , m_consents(context)
    , m_mandates(context)
    , m_officeMonth(context)
    , m_requests(context, m_consents, m_mandates)
    , m_dayCloses(context)
    , m_admin(context, m_devices)
    , m_cancels(context)
    , m_staff(context)
    , m_verify(context)
    , m_officeRequests(context)
    , m_engineers(context)
{
    using A = Access;
    const auto bind = [](auto* object, auto method) {
        return [object, method](const ApiCall& call) { return (object->*method)(call); };
    };
    add("GET", "/api/v1/time", A::Public, bind(&m_devices, &DeviceEndpoints::time));
    add("GET", "/api/v1/server-key", A::Public, bind(&m_devices, &DeviceEndpoints::serverKey));
    add("POST", "/api/v1/devices/activate", A::Activation,
        bind(&m_devices, &DeviceEndpoints::activate));
    add("GET", "/api/v1/devices/current", A::Device, bind(&m_devices, &DeviceEndpoints::current));
    add("DELETE", "/api/v1/devices/current", A::Device,
        bind(&m_devices, &DeviceEndpoints::deactivate));
    add("GET", "/api/v1/catalogue", A::Device, bind(&m_catalogue, &CatalogueEndpoints::catalogue));
    add("POST", "/api/v1/consents/challenges", A::Device,
        bind(&m_consents, &ConsentEndpoints::challenge));
    add("POST", "/api/v1/consents/challenges/([A-Za-z0-9_-]{1,80})/verify", A::Device,
        bind(&m_consents, &ConsentEndpoints::verify));
    add("POST", "/api/v1/requests", A::Device, bind(&m_requests, &RequestEndpoints::submit));
    // The citizen's consent is not part of a request's identity (docs/api.md §3): a retry
    // under the same key with a renewed token is the same request.
    m_routes.last().identity = [](const ApiCall& call) {
        return RequestEndpoints::identity(call.body);
    };
    add("POST", "/api/v1/requests/batch", A::Device, bind(&m_requests, &RequestEndpoints::batch));
    add("GET", "/api/v1/requests/status", A::Device, bind(&m_requests, &RequestEndpoints::status));
    add("GET", "/api/v1/requests/([0-9A-Z-]{1,40})", A::Device,
        bind(&m_requests, &RequestEndpoints::one));
    // A property file names a citizen's property, its permits and debts: it is answered only
    // as the paid, consented property-file inquiry, never to a bare look-up.
    add("GET", "/api/v1/properties", A::Device, [](const ApiCall&) {
        return ApiResponse::problem(
            Problem(QStringLiteral("property-lookup-retired"),
                    QStringLiteral("ask for the property-file service with the citizen's "
                                   "consent (POST /api/v1/requests)")));
    });
    add("POST", "/api/v1/day-closes", A::Device, bind(&m_dayCloses, &DayCloseEndpoints::upload));
    add("GET", "/api/v1/offices/current/day-closes", A::Device,
        bind(&m_dayCloses, &DayCloseEndpoints::officeDay));
    add("POST", "/api/v1/offices/current/staff", A::Device, bind(&m_staff, &StaffEndpoints::push));
    add("GET", "/api/v1/offices/current/staff", A::Device,
        bind(&m_staff, &StaffEndpoints::changes));
    add("GET", "/admin/v1/clock", A::Admin, bind(&m_admin, &AdminEndpoints::clock));
    add("POST", "/admin/v1/clock", A::Admin, bind(&m_admin, &AdminEndpoints::setClock));
    add("GET", "/admin/v1/faults", A::Admin, bind(&m_admin, &AdminEndpoints::faults));
    add("POST", "/admin/v1/faults", A::Admin, bind(&m_admin, &AdminEndpoints::setFaults));
    add("GET", "/admin/v1/sms", A::Admin, bind(&m_admin, &AdminEndpoints::sms));
    add("POST", "/admin/v1/activation-codes", A::Admin,
        bind(&m_admin, &AdminEndpoints::activationCode));
    add("GET", "/admin/v1/stats", A::Admin, bind(&m_admin, &AdminEndpoints::stats));
    add("POST", "/admin/v1/devices/([A-Za-z0-9_-]{1,80})/revoke", A::Admin,
        bind(&m_admin, &AdminEndpoints::revokeDevice));
    add("POST", "/api/v1/requests/([0-9A-Z-]{1,40})/cancel", A::Device,
        bind(&m_cancels, &CancelEndpoints::cancel));
    add("GET", "/api/v1/offices/current/mandates", A::Device,
        bind(&m_mandates, &MandateEndpoints::officeMandates));
    add("POST", "/admin/v1/mandates", A::Admin,
        bind(&m_mandates, &MandateEndpoints::registerMandate));
    add("GET", "/api/v1/offices/current/months/([0-9]{6})", A::Device,
        bind(&m_officeMonth, &OfficeMonthEndpoints::month));
    add("GET", "/api/v1/answers/verify", A::Public, bind(&m_verify, &VerifyEndpoints::verify));
    add("GET", "/api/v1/offices/current/requests", A::Device,
        bind(&m_officeRequests, &OfficeRequestEndpoints::search));
    add("POST", "/api/v1/engineers/verify", A::Device,
        bind(&m_engineers, &EngineerEndpoints::verify));
}

void SandboxApi::add(const char* method, const char* pathPattern, Access access,
                     std::function<ApiResponse(const ApiCall&)> handler)
{
    m_routes.append({QByteArray(method),
                     QRegularExpression(QLatin1StringView("^") + QLatin1StringView(pathPattern) +
                                        QLatin1StringView("$")),
                     access,
                     std::move(handler),
                     {}});
}

ApiResponse SandboxApi::handle(const ApiRequest& request)
{
    QByteArrayList allowed;
    for (const Route& route : m_routes) {
        const auto match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        return dispatch(route, request, match.capturedTexts().mid(1));
    }
    if (!allowed.isEmpty()) {
        ApiResponse r =
            problem(QStringLiteral("method-not-allowed"), QString::fromLatin1(request.method));
        r.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return r;
    }
    return problem(QStringLiteral("not-found"), request.path);
}

ApiResponse SandboxApi::dispatch(const Route& route, const ApiRequest& request,
                                 const QStringList& params)
{
    ApiCall call{request, {}, {}, {}, params, m_context.clock.nowMs()};

    if (route.access == Access::Admin && !request.loopback)
        return problem(QStringLiteral("admin-loopback-only"));
    // Loopback is not enough: any local user or process (a browser page reaching 127.0.0.1)
    // could issue activation codes, read the one-time codes or move the clock.
    if (route.access == Access::Admin &&
        (m_context.adminToken.isEmpty() ||
         !Secrets::equalConstantTime(request.header("x-admin-token"), m_context.adminToken)))
        return problem(QStringLiteral("admin-token-invalid"));
    if (request.body.size() > m_context.limits.maxBodyBytes)
        return ApiResponse::problem(
            Problem(QStringLiteral("body-too-large"),
                    QString::number(request.body.size()) + QStringLiteral(" bytes"))
                .with(QStringLiteral("max_bytes"), m_context.limits.maxBodyBytes));

    if (route.access == Access::Device) {
        const QByteArray auth = request.header("authorization");
        if (auth.isEmpty())
            return problem(QStringLiteral("auth-missing"));
        if (!auth.startsWith("Bearer ") || auth.size() > 300)
            return problem(QStringLiteral("auth-invalid"));
        auto device = m_context.store.deviceByTokenHash(Secrets::sha256Hex(auth.mid(7).trimmed()));
        if (!device)
            return problem(QStringLiteral("internal"));
        if (!*device || (*device)->revokedAt != 0)
            return problem(QStringLiteral("auth-invalid"));
        call.device = **device;
    }
    if (route.access == Access::Device || route.access == Access::Activation) {
        const QByteArray clerk = request.header("x-clerk-id");
        if (clerk.isEmpty())
            return problem(QStringLiteral("clerk-missing"));
        const std::optional<QString> decoded = decodeClerk(clerk);
        if (!decoded)
            return problem(QStringLiteral("clerk-invalid"));
        call.clerkId = *decoded;
    }

    if (request.method != "POST")
        return route.handler(call);

    const bool contract = route.access != Access::Admin;
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    if (contract) {
        if (key.isEmpty())
            return problem(QStringLiteral("idempotency-key-missing"));
        if (!IdempotencyKey::isValid(key))
            return problem(QStringLiteral("idempotency-key-invalid"), IdempotencyKey::rule());
    }
    if (!isJsonContentType(request.header("content-type")))
        return problem(QStringLiteral("unsupported-media-type"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(QStringLiteral("invalid-json"), parseError.errorString() +
                                                           QStringLiteral(" at offset ") +
                                                           QString::number(parseError.offset));
    if (!doc.isObject())
        return problem(QStringLiteral("body-not-object"));
    call.body = doc.object();

    if (!contract)
        return route.handler(call);
    return runIdempotent(route, call,
                         route.access == Access::Device ? call.device.id
                                                        : QStringLiteral("activation"));
}

ApiResponse SandboxApi::runIdempotent(const Route& route, ApiCall& call, const QString& scope)
{
    const ApiRequest& request = call.request;
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    const QByteArray head = request.method + ' ' + request.path.toUtf8() + '\n';
    const QByteArray identity = route.identity ? route.identity(call) : request.body;
    const QString fingerprint = Secrets::sha256Hex(head + identity);
    // Records stored before a route had an identity fingerprinted the body as sent.
    const QString asSent = route.identity ? Secrets::sha256Hex(head + request.body) : fingerprint;

    auto tx = m_context.store.begin();
    if (!tx)
        return problem(QStringLiteral("internal"));
    auto stored = m_context.store.idempotency(scope, key);
    if (!stored)
        return problem(QStringLiteral("internal"));
    if (*stored) {
        if ((*stored)->fingerprint != fingerprint && (*stored)->fingerprint != asSent)
            return problem(QStringLiteral("idempotency-key-reused"),
                           QStringLiteral("the key was first used with another method, path or "
                                          "body"));
        // Same method, path and body: only the bearer token may differ, and then the seal
        // does not open — another device's retry never sees this device's answer.
        const QByteArray sealKey = ReplaySeal::keyFor(request, identity);
        const QByteArray asSentKey = ReplaySeal::keyFor(request);
        // Answers stored by an earlier version were not sealed, or sealed under the body as
        // sent.
        const auto unseal = [&](const QByteArray& b) -> std::optional<QByteArray> {
            if (!ReplaySeal::isSealed(b))
                return b;
            if (auto opened = ReplaySeal::open(sealKey, b))
                return opened;
            return route.identity ? ReplaySeal::open(asSentKey, b) : std::nullopt;
        };
        const auto headers = unseal((*stored)->headers);
        const auto body = unseal((*stored)->body);
        if (!headers || !body)
            return problem(QStringLiteral("idempotency-key-reused"),
                           QStringLiteral("the key was first used with other credentials"));
        ApiResponse replay;
        replay.status = (*stored)->status;
        replay.contentType = (*stored)->contentType;
        replay.body = *body;
        for (const QJsonValue h : QJsonDocument::fromJson(*headers).array())
            replay.headers.append(
                {h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1()});
        replay.headers.append(
            {QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
        return replay;
    }

    ApiResponse response = route.handler(call);
    if (response.isSuccess()) {
        IdempotencyRecord record;
        record.fingerprint = fingerprint;
        record.status = response.status;
        record.contentType = response.contentType;
        QJsonArray headers;
        for (const auto& [name, value] : response.headers)
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        // Sealed: the answer may carry a bearer or consent token (see ReplaySeal).
        const QByteArray sealKey = ReplaySeal::keyFor(request, identity);
        record.headers =
            ReplaySeal::seal(sealKey, QJsonDocument(headers).toJson(QJsonDocument::Compact));
        record.body = ReplaySeal::seal(sealKey, response.body);
        if (!m_context.store.saveIdempotency(scope, key, record, call.now))
            return problem(QStringLiteral("internal"));
    }
    if ((response.isSuccess() || response.commitOnError) && !tx->commit())
        return problem(QStringLiteral("internal"));
    // Otherwise the transaction guard rolls back whatever the handler wrote.
    return response;
}

} // namespace pishkhan::sandbox
