#include "ConsentEndpoints.h"

#include "Catalogue.h"
#include "Clock.h"
#include "Directory.h"
#include "Identifiers.h"
#include "JsonFields.h"
#include "SandboxStore.h"
#include "Secrets.h"
#include "SmsLog.h"

#include "core/LegalEntityId.h"

#include <QRegularExpression>

namespace pishkhan::sandbox {

namespace {} // namespace

QString ConsentEndpoints::citizenHash(const QString& nationalCode)
{
    return Secrets::sha256Hex(QStringLiteral("citizen:") + nationalCode);
}

QString ConsentEndpoints::mobileHash(const QString& mobile)
{
    return Secrets::sha256Hex(QStringLiteral("mobile:") + mobile);
}

QString ConsentEndpoints::applicantHash(const QString& nationalCode, const QString& legalEntityId)
{
    if (legalEntityId.isEmpty())
        return citizenHash(nationalCode);
    return Secrets::sha256Hex(QStringLiteral("company:") + legalEntityId + QStringLiteral(":by:") +
                              nationalCode);
}

ApiResponse ConsentEndpoints::challenge(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("national_code"), QStringLiteral("mobile"),
                 QStringLiteral("service_id"), QStringLiteral("legal_entity_id")});
    const QString nationalText = f.string(QStringLiteral("national_code"), true, 32);
    const QString mobileText = f.string(QStringLiteral("mobile"), true, 32);
    const QString serviceId = f.string(QStringLiteral("service_id"), true, 64);
    // A company applicant: the national code and mobile are its representative's.
    const QString legalText = f.string(QStringLiteral("legal_entity_id"), false, 32);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    QString legalEntityId;
    if (f.has(QStringLiteral("legal_entity_id"))) {
        const auto id = LegalEntityId::parse(legalText);
        if (!id)
            return ApiResponse::problem(Problem(QStringLiteral("legal-entity-id-invalid"),
                                                id.error().code(),
                                                QStringLiteral("/legal_entity_id")));
        legalEntityId = id->canonical();
    }
    const auto nationalCode = Identifiers::nationalCode(nationalText);
    if (!nationalCode)
        return ApiResponse::problem(Problem(QStringLiteral("national-code-invalid"),
                                            QStringLiteral("check digit or shape is wrong"),
                                            QStringLiteral("/national_code")));
    const auto mobile = Identifiers::mobile(mobileText);
    if (!mobile)
        return ApiResponse::problem(Problem(QStringLiteral("mobile-invalid"),
                                            QStringLiteral("expected 09xxxxxxxxx"),
                                            QStringLiteral("/mobile")));
    const auto service = m_context.catalogue.service(serviceId);
    if (!service)
        return ApiResponse::problem(
            Problem(QStringLiteral("service-unknown"), serviceId, QStringLiteral("/service_id")));
    if (!service->value(QStringLiteral("active")).toBool())
        return ApiResponse::problem(
            Problem(QStringLiteral("service-inactive"), serviceId, QStringLiteral("/service_id")));
    if (Catalogue::engineersOnly(*service) && !legalEntityId.isEmpty())
        return ApiResponse::problem(Problem(QStringLiteral("company-applicant-not-allowed"),
                                            serviceId, QStringLiteral("/legal_entity_id")));
    if (Catalogue::engineersOnly(*service) && !m_context.directory.isEngineer(*nationalCode))
        return ApiResponse::problem(Problem(QStringLiteral("service-engineers-only"), serviceId,
                                            QStringLiteral("/service_id")));

    const QString mHash = mobileHash(*mobile);
    const qint64 windowStart = call.now - m_context.limits.otpWindowMs;
    auto recent = m_context.store.challengesSince(mHash, windowStart);
    if (!recent)
        return ApiResponse::internal();
    if (*recent >= m_context.limits.otpPerMobileWindow) {
        auto oldest = m_context.store.oldestChallengeSince(mHash, windowStart);
        if (!oldest)
            return ApiResponse::internal();
        const qint64 waitMs = *oldest + m_context.limits.otpWindowMs - call.now;
        const qint64 retryAfter = qMax<qint64>(1, (waitMs + 999) / 1000);
        ApiResponse r =
            ApiResponse::problem(Problem(QStringLiteral("otp-rate-limited"),
                                         QStringLiteral("at most 3 codes per mobile in 10 minutes"))
                                     .with(QStringLiteral("retry_after"), retryAfter));
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return r;
    }

    ChallengeRecord c;
    c.id = QStringLiteral("ch_") + Secrets::uuid();
    c.deviceId = call.device.id;
    c.mobileHash = mHash;
    c.citizenHash = applicantHash(*nationalCode, legalEntityId);
    c.serviceId = serviceId;
    const QString code = Secrets::digits(6);
    c.codeHash = Secrets::sha256Hex(c.id + u':' + code);
    c.createdAt = call.now;
    c.expiresAt = call.now + m_context.limits.otpTtlMs;
    c.state = QStringLiteral("pending");
    if (!m_context.store.insertChallenge(c))
        return ApiResponse::internal();
    const QString text = QStringLiteral("شهرداری اصفهان - پیشخوان\nکد تأیید شما: ") + code +
                         QStringLiteral("\nخدمت: ") +
                         service->value(QStringLiteral("name_fa")).toString() +
                         QStringLiteral("\nاین کد را فقط به متصدی پیشخوان بگویید. اعتبار: ۲ دقیقه");
    // Written before the answer: if the "SMS" cannot go out, the challenge is rolled back.
    if (!m_context.sms.append(*mobile, c.id, text, call.now))
        return ApiResponse::internal();
    return ApiResponse::json(201, {{QStringLiteral("challenge_id"), c.id},
                                   {QStringLiteral("expires_at"), Clock::toRfc3339(c.expiresAt)},
                                   {QStringLiteral("code_length"), 6},
                                   {QStringLiteral("attempts_left"), m_context.limits.otpMaxWrong},
                                   {QStringLiteral("mobile_masked"), Identifiers::mask(*mobile)}});
}

ApiResponse ConsentEndpoints::verify(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("code")});
    const QString rawCode = f.string(QStringLiteral("code"), true, 32);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    const QString code = Identifiers::clean(rawCode);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(code).hasMatch())
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("code must be six digits"),
                                            QStringLiteral("/code")));
    auto found = m_context.store.challenge(call.params.value(0));
    if (!found)
        return ApiResponse::internal();
    // A challenge made by another device is not this caller's business: same answer as unknown.
    if (!*found || (*found)->deviceId != call.device.id)
        return ApiResponse::problem(Problem(QStringLiteral("otp-challenge-not-found"), {}));
    ChallengeRecord c = **found;
    if (c.state == QStringLiteral("verified"))
        return ApiResponse::problem(Problem(QStringLiteral("otp-challenge-used"), {}));
    if (c.state == QStringLiteral("burned"))
        return ApiResponse::problem(Problem(QStringLiteral("otp-challenge-burned"), {}));
    if (call.now >= c.expiresAt)
        return ApiResponse::problem(Problem(QStringLiteral("otp-challenge-expired"), {}));

    const bool match = Secrets::equalConstantTime(Secrets::sha256Hex(c.id + u':' + code).toLatin1(),
                                                  c.codeHash.toLatin1());
    if (!match) {
        ++c.wrongAttempts;
        const bool burned = c.wrongAttempts >= m_context.limits.otpMaxWrong;
        if (!m_context.store.updateChallenge(c.id, c.wrongAttempts,
                                             burned ? QStringLiteral("burned")
                                                    : QStringLiteral("pending")))
            return ApiResponse::internal();
        ApiResponse r = ApiResponse::problem(
            burned ? Problem(QStringLiteral("otp-challenge-burned"),
                             QStringLiteral("third wrong code"))
                         .with(QStringLiteral("attempts_left"), 0)
                   : Problem(QStringLiteral("otp-code-wrong"), {}, QStringLiteral("/code"))
                         .with(QStringLiteral("attempts_left"),
                               m_context.limits.otpMaxWrong - c.wrongAttempts));
        r.commitOnError = true; // the wrong try must count even though the answer is 4xx
        return r;
    }
    const QString token = Secrets::token(QStringLiteral("ct_"));
    ConsentRecord consent;
    consent.tokenHash = Secrets::sha256Hex(token);
    consent.challengeId = c.id;
    consent.citizenHash = c.citizenHash;
    consent.serviceId = c.serviceId;
    consent.issuedAt = call.now;
    consent.expiresAt = call.now + m_context.limits.consentTtlMs;
    if (!m_context.store.updateChallenge(c.id, c.wrongAttempts, QStringLiteral("verified")) ||
        !m_context.store.insertConsent(consent))
        return ApiResponse::internal();
    return ApiResponse::json(201,
                             {{QStringLiteral("consent_token"), token},
                              {QStringLiteral("service_id"), c.serviceId},
                              {QStringLiteral("issued_at"), Clock::toRfc3339(call.now)},
                              {QStringLiteral("expires_at"), Clock::toRfc3339(consent.expiresAt)},
                              {QStringLiteral("single_use"), true}});
}

std::optional<Problem> ConsentEndpoints::checkToken(const QString& token, const QString& citizen,
                                                    const QString& serviceId, qint64 now,
                                                    const QString& pointer,
                                                    QString& tokenHash) const
{
    tokenHash = Secrets::sha256Hex(token);
    auto found = m_context.store.consent(tokenHash);
    if (!found)
        return Problem(QStringLiteral("internal"), {});
    if (!*found)
        return Problem(QStringLiteral("consent-token-invalid"), {}, pointer);
    const ConsentRecord& c = **found;
    if (c.citizenHash != citizen || c.serviceId != serviceId)
        return Problem(QStringLiteral("consent-token-mismatch"), {}, pointer);
    if (c.usedAt != 0)
        return Problem(QStringLiteral("consent-token-used"), {}, pointer)
            .with(QStringLiteral("used_by"), c.usedBy);
    if (now >= c.expiresAt)
        return Problem(QStringLiteral("consent-token-expired"), {}, pointer)
            .with(QStringLiteral("expired_at"), Clock::toRfc3339(c.expiresAt));
    return std::nullopt;
}

} // namespace pishkhan::sandbox
