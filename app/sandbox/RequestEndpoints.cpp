#include "RequestEndpoints.h"

#include "Catalogue.h"
#include "Clock.h"
#include "ConsentEndpoints.h"
#include "Directory.h"
#include "FormValidator.h"
#include "IdempotencyKey.h"
#include "Identifiers.h"
#include "JsonFields.h"
#include "MandateEndpoints.h"
#include "RequestLifecycle.h"
#include "SandboxStore.h"
#include "Secrets.h"

#include "core/AnswerHash.h"
#include "core/CouncilFeeRange.h"
#include "core/LegalEntityId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pishkhan::sandbox {

namespace {

const QStringList& itemMembers()
{
    static const QStringList members = {
        QStringLiteral("service_id"),      QStringLiteral("district"),
        QStringLiteral("citizen"),         QStringLiteral("fields"),
        QStringLiteral("consent_token"),   QStringLiteral("fee_rials"),
        QStringLiteral("receipt_number"),  QStringLiteral("created_at"),
        QStringLiteral("payment"),         QStringLiteral("catalogue_version"),
        QStringLiteral("idempotency_key"), QStringLiteral("mandate")};
    return members;
}

} // namespace

std::optional<Problem> RequestEndpoints::validate(const ApiCall& call, const QJsonObject& item,
                                                  const QString& p, QJsonObject& stored,
                                                  QString& consentHash, QJsonObject& service,
                                                  QJsonObject& normalisedFields)
{
    JsonFields f(item, p);
    f.allowOnly(itemMembers());
    const QString serviceId = f.string(QStringLiteral("service_id"), true, 64);
    const qint64 district = f.integer(QStringLiteral("district"), true, 0, 1000);
    const QJsonObject citizen = f.object(QStringLiteral("citizen"));
    const QJsonObject fields = f.object(QStringLiteral("fields"));
    // Consent is the citizen's one-time code (consent_token) or, for the services the
    // municipality allows, the standing mandate of the organisation that sent the row.
    const bool underMandate = item.contains(QStringLiteral("mandate"));
    const QString token = f.string(QStringLiteral("consent_token"), !underMandate, 200);
    const QJsonObject mandate = f.object(QStringLiteral("mandate"), false);
    if (underMandate && item.contains(QStringLiteral("consent_token")))
        f.fail(QStringLiteral("field-invalid"), QStringLiteral("mandate"),
               QStringLiteral("a request carries a consent token or a mandate, not both"));
    const qint64 fee = f.integer(QStringLiteral("fee_rials"), true, 0, 1'000'000'000'000);
    const QString receipt = f.string(QStringLiteral("receipt_number"), false, 40);
    const QString createdAt = f.string(QStringLiteral("created_at"), false, 40);
    const QJsonObject payment = f.object(QStringLiteral("payment"), false);
    const QString catalogueVersion = f.string(QStringLiteral("catalogue_version"), false, 80);
    if (f.problem())
        return f.problem();
    if (!createdAt.isEmpty() && !QDateTime::fromString(createdAt, Qt::ISODate).isValid())
        return Problem(QStringLiteral("field-invalid"),
                       QStringLiteral("created_at must be RFC 3339"),
                       p + QStringLiteral("/created_at"));

    JsonFields c(citizen, p + QStringLiteral("/citizen"));
    c.allowOnly({QStringLiteral("national_code"), QStringLiteral("mobile"),
                 QStringLiteral("legal_entity_id")});
    const QString nationalText = c.string(QStringLiteral("national_code"), true, 32);
    const QString mobileText = c.string(QStringLiteral("mobile"), true, 32);
    // A company applicant; national code and mobile are then its representative's.
    const QString legalText = c.string(QStringLiteral("legal_entity_id"), false, 32);
    if (c.problem())
        return c.problem();

    QString method;
    QString reference;
    if (item.contains(QStringLiteral("payment"))) {
        JsonFields pay(payment, p + QStringLiteral("/payment"));
        pay.allowOnly({QStringLiteral("method"), QStringLiteral("reference")});
        method = pay.string(QStringLiteral("method"), true, 10);
        reference = pay.string(QStringLiteral("reference"), false, 40);
        if (!pay.problem() && method != QStringLiteral("cash") &&
            method != QStringLiteral("card") && method != QStringLiteral("invoice"))
            pay.fail(QStringLiteral("field-invalid"), QStringLiteral("method"),
                     QStringLiteral("method must be cash, card or invoice"));
        // Only an organisation is invoiced, and an organisation sends its rows under a mandate.
        if (!pay.problem() && method == QStringLiteral("invoice") && !underMandate)
            pay.fail(QStringLiteral("field-invalid"), QStringLiteral("method"),
                     QStringLiteral("an invoice payment needs a mandate"));
        if (!pay.problem() && method == QStringLiteral("card") && reference.isEmpty())
            pay.fail(QStringLiteral("field-missing"), QStringLiteral("reference"),
                     QStringLiteral("a card payment needs the terminal reference"));
        if (pay.problem())
            return pay.problem();
    }

    const auto found = m_context.catalogue.service(serviceId);
    if (!found)
        return Problem(QStringLiteral("service-unknown"), serviceId,
                       p + QStringLiteral("/service_id"));
    service = *found;
    if (!service.value(QStringLiteral("active")).toBool())
        return Problem(QStringLiteral("service-inactive"), serviceId,
                       p + QStringLiteral("/service_id"));
    if (!m_context.catalogue.isDistrict(static_cast<int>(district)))
        return Problem(QStringLiteral("district-unknown"), QString::number(district),
                       p + QStringLiteral("/district"));
    if (!Catalogue::availableIn(service, static_cast<int>(district)))
        return Problem(QStringLiteral("service-not-in-district"),
                       serviceId + QStringLiteral(" is not offered in district ") +
                           QString::number(district),
                       p + QStringLiteral("/district"));
    const auto nationalCode = Identifiers::nationalCode(nationalText);
    if (!nationalCode)
        return Problem(QStringLiteral("national-code-invalid"), {},
                       p + QStringLiteral("/citizen/national_code"));
    const auto mobile = Identifiers::mobile(mobileText);
    if (!mobile)
        return Problem(QStringLiteral("mobile-invalid"), {}, p + QStringLiteral("/citizen/mobile"));
    QString legalEntityId;
    if (c.has(QStringLiteral("legal_entity_id"))) {
        const auto id = LegalEntityId::parse(legalText);
        if (!id)
            return Problem(QStringLiteral("legal-entity-id-invalid"), id.error().code(),
                           p + QStringLiteral("/citizen/legal_entity_id"));
        legalEntityId = id->canonical();
    }

    FormValidator::Checked checked;
    if (auto problem =
            FormValidator::check(service, fields, p + QStringLiteral("/fields"), checked))
        return problem;
    if (Catalogue::engineersOnly(service) && !legalEntityId.isEmpty())
        return Problem(QStringLiteral("company-applicant-not-allowed"), serviceId,
                       p + QStringLiteral("/citizen/legal_entity_id"));
    if (Catalogue::engineersOnly(service) &&
        !m_context.directory.isEngineer(
            *nationalCode, checked.normalised.value(QStringLiteral("engineer_license")).toString()))
        return Problem(QStringLiteral("service-engineers-only"),
                       QStringLiteral("applicant is not a registered supervising engineer with "
                                      "this licence"),
                       p + QStringLiteral("/citizen/national_code"));
    if (!CouncilFeeRange::contains(Money::fromRials(fee)))
        return Problem(QStringLiteral("fee-out-of-range"),
                       QString::number(fee) + QStringLiteral(" rials"),
                       p + QStringLiteral("/fee_rials"));
    QString mandateNumber;
    QString organisationId;
    if (underMandate) {
        if (auto problem =
                m_mandates.check(call.device.officeCode, mandate, serviceId, call.now,
                                 p + QStringLiteral("/mandate"), mandateNumber, organisationId))
            return problem;
    } else if (auto problem = m_consents.checkToken(
                   token, ConsentEndpoints::applicantHash(*nationalCode, legalEntityId), serviceId,
                   call.now, p + QStringLiteral("/consent_token"), consentHash)) {
        return problem;
    }

    normalisedFields = checked.normalised;
    stored = QJsonObject{
        {QStringLiteral("service_id"), serviceId},
        {QStringLiteral("district"), district},
        {QStringLiteral("citizen"),
         QJsonObject{
             {QStringLiteral("national_code_masked"), Identifiers::mask(*nationalCode)},
             {QStringLiteral("mobile_masked"), Identifiers::mask(*mobile)},
             // The office's requests are found by citizen (§4.19) without the code.
             {QStringLiteral("citizen_hash"), ConsentEndpoints::citizenHash(*nationalCode)}}},
        {QStringLiteral("fields"), checked.stored},
        {QStringLiteral("fee_rials"), fee},
        {QStringLiteral("receipt_number"), receipt},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("payment_method"), method},
        {QStringLiteral("catalogue_version"), catalogueVersion},
        {QStringLiteral("clerk_id"), call.clerkId}};
    if (!legalEntityId.isEmpty()) {
        // A company's id is public (the companies register), so it is kept whole.
        QJsonObject who = stored.value(QStringLiteral("citizen")).toObject();
        who.insert(QStringLiteral("legal_entity_id"), legalEntityId);
        stored.insert(QStringLiteral("citizen"), who);
    }
    if (underMandate) {
        stored.insert(QStringLiteral("mandate_number"), mandateNumber);
        stored.insert(QStringLiteral("organisation_id"), organisationId);
    }
    return std::nullopt;
}

RequestEndpoints::ItemOutcome RequestEndpoints::submitItem(const ApiCall& call, QJsonObject item,
                                                           const QString& key,
                                                           const QString& pointer)
{
    ItemOutcome out;
    item.remove(QStringLiteral("idempotency_key"));
    // QJsonObject keeps members sorted, so the compact form is a canonical fingerprint: the
    // same request sent alone or inside a batch matches itself. The consent token is left out:
    // a request whose consent was renewed while it waited is still the same request.
    const QString fingerprint = Secrets::sha256Hex(identity(item));
    // Requests stored before consent was left out of the identity.
    const QString withConsent =
        Secrets::sha256Hex(QJsonDocument(item).toJson(QJsonDocument::Compact));
    auto existing = m_context.store.requestByKey(call.device.id, key);
    if (!existing) {
        out.problem = Problem(QStringLiteral("internal"), {});
        return out;
    }
    if (*existing) {
        if ((*existing)->fingerprint != fingerprint && (*existing)->fingerprint != withConsent) {
            out.problem =
                Problem(QStringLiteral("idempotency-key-reused"),
                        QStringLiteral("a different request was stored under this key"), pointer);
            out.status = out.problem->httpStatus();
            return out;
        }
        out.status = 200;
        out.answer = (*existing)->answer;
        return out;
    }

    QJsonObject stored;
    QString consentHash;
    QJsonObject service;
    QJsonObject fields;
    if (auto problem = validate(call, item, pointer, stored, consentHash, service, fields)) {
        out.problem = problem;
        out.status = problem->httpStatus();
        return out;
    }
    auto seq = m_context.store.nextRequestSeq();
    if (!seq) {
        out.problem = Problem(QStringLiteral("internal"), {});
        return out;
    }
    RequestRecord r;
    r.seq = *seq;
    r.trackingCode = RequestLifecycle::trackingCode(r.seq, call.now);
    r.deviceId = call.device.id;
    r.clientKey = key;
    r.fingerprint = fingerprint;
    r.serviceId = service.value(QStringLiteral("id")).toString();
    r.district = stored.value(QStringLiteral("district")).toInt();
    r.receivedAt = call.now;
    const auto plan =
        RequestLifecycle::plan(service, fields, m_context.properties, call.now, r.seq);
    r.reviewAt = plan.reviewAt;
    r.finalAt = plan.finalAt;
    r.outcome = plan.outcome;
    QJsonObject result = plan.result;
    // The fingerprint a printed answer's QR carries; kept with the result so a verify
    // (docs/api.md §4.17) compares against what was answered, never against what is sent in.
    if (r.outcome == QStringLiteral("done"))
        result.insert(QStringLiteral("answer_hash"),
                      AnswerHash::compute(r.trackingCode, r.serviceId,
                                          result.value(QStringLiteral("data")).toObject()));
    r.result = QJsonDocument(result).toJson(QJsonDocument::Compact);
    r.payload = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    QJsonObject answer{
        {QStringLiteral("tracking_code"), r.trackingCode},
        {QStringLiteral("idempotency_key"), key},
        {QStringLiteral("service_id"), r.serviceId},
        {QStringLiteral("district"), r.district},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_at"), Clock::toRfc3339(r.receivedAt)},
        {QStringLiteral("fee_rials"), stored.value(QStringLiteral("fee_rials"))},
        {QStringLiteral("tariff_rials"), service.value(QStringLiteral("tariff_rials"))},
        {QStringLiteral("next_update_at"), Clock::toRfc3339(r.reviewAt)}};
    const QString legalEntityId = stored.value(QStringLiteral("citizen"))
                                      .toObject()
                                      .value(QStringLiteral("legal_entity_id"))
                                      .toString();
    if (!legalEntityId.isEmpty())
        answer.insert(QStringLiteral("legal_entity_id"), legalEntityId);
    if (stored.contains(QStringLiteral("mandate_number")))
        answer.insert(QStringLiteral("mandate_number"),
                      stored.value(QStringLiteral("mandate_number")));
    r.answer = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    // A mandate is standing: nothing is used up by one request under it.
    if ((!consentHash.isEmpty() &&
         !m_context.store.markConsentUsed(consentHash, call.now, r.trackingCode)) ||
        !m_context.store.insertRequest(r)) {
        out.problem = Problem(QStringLiteral("internal"), {});
        return out;
    }
    out.status = 201;
    out.answer = r.answer;
    return out;
}

QByteArray RequestEndpoints::identity(QJsonObject body)
{
    body.remove(QStringLiteral("consent_token"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiResponse RequestEndpoints::submit(const ApiCall& call)
{
    const QString key = QString::fromLatin1(call.request.header("idempotency-key"));
    if (call.body.contains(QStringLiteral("idempotency_key")) &&
        call.body.value(QStringLiteral("idempotency_key")).toString() != key)
        return ApiResponse::problem(
            Problem(QStringLiteral("field-invalid"),
                    QStringLiteral("idempotency_key differs from the Idempotency-Key header"),
                    QStringLiteral("/idempotency_key")));
    // The consent travels in the Consent-Token header (docs/api.md §4.7), outside the body the
    // request is fingerprinted by; the body member of older clients is still read.
    QJsonObject body = call.body;
    const QByteArray headerToken = call.request.header("consent-token");
    if (!headerToken.isEmpty()) {
        const QString token = QString::fromLatin1(headerToken);
        if (body.contains(QStringLiteral("consent_token")) &&
            body.value(QStringLiteral("consent_token")) != QJsonValue(token))
            return ApiResponse::problem(
                Problem(QStringLiteral("field-invalid"),
                        QStringLiteral("consent_token differs from the Consent-Token header"),
                        QStringLiteral("/consent_token")));
        body.insert(QStringLiteral("consent_token"), token);
    }
    const ItemOutcome outcome = submitItem(call, body, key, QString());
    if (outcome.problem)
        return ApiResponse::problem(*outcome.problem);
    ApiResponse r;
    r.status = outcome.status;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.body = outcome.answer;
    return r;
}

ApiResponse RequestEndpoints::batch(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("items")});
    const QJsonArray items = f.array(QStringLiteral("items"));
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    if (items.isEmpty())
        return ApiResponse::problem(
            Problem(QStringLiteral("batch-empty"), {}, QStringLiteral("/items")));
    if (items.size() > m_context.limits.maxBatchItems)
        return ApiResponse::problem(
            Problem(QStringLiteral("batch-too-large"),
                    QStringLiteral("at most ") + QString::number(m_context.limits.maxBatchItems) +
                        QStringLiteral(" items"),
                    QStringLiteral("/items"))
                .with(QStringLiteral("max_items"), m_context.limits.maxBatchItems));
    QSet<QString> keys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString pointer = QStringLiteral("/items/") + QString::number(i);
        if (!items.at(i).isObject())
            return ApiResponse::problem(Problem(QStringLiteral("field-type"),
                                                QStringLiteral("each item must be an object"),
                                                pointer));
        const QJsonValue keyValue = items.at(i).toObject().value(QStringLiteral("idempotency_key"));
        if (!keyValue.isString())
            return ApiResponse::problem(Problem(
                keyValue.isUndefined() || keyValue.isNull() ? QStringLiteral("field-missing")
                                                            : QStringLiteral("field-type"),
                QStringLiteral("each item needs its idempotency_key string"),
                pointer + QStringLiteral("/idempotency_key")));
        if (!IdempotencyKey::isValid(keyValue.toString()))
            return ApiResponse::problem(Problem(QStringLiteral("idempotency-key-invalid"),
                                                IdempotencyKey::rule(),
                                                pointer + QStringLiteral("/idempotency_key")));
        if (keys.contains(keyValue.toString()))
            return ApiResponse::problem(Problem(QStringLiteral("batch-duplicate-key"), {},
                                                pointer + QStringLiteral("/idempotency_key")));
        keys.insert(keyValue.toString());
    }

    QJsonArray results;
    int accepted = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString key = item.value(QStringLiteral("idempotency_key")).toString();
        const QString pointer = QStringLiteral("/items/") + QString::number(i);
        const ItemOutcome outcome = submitItem(call, item, key, pointer);
        if (outcome.problem && outcome.problem->slug() == QStringLiteral("internal"))
            return ApiResponse::problem(*outcome.problem); // rolls the whole batch back
        QJsonObject result{{QStringLiteral("index"), i},
                           {QStringLiteral("idempotency_key"), key},
                           {QStringLiteral("status"), outcome.status}};
        if (outcome.problem) {
            result.insert(QStringLiteral("problem"), outcome.problem->toJson());
        } else {
            ++accepted;
            result.insert(QStringLiteral("request"),
                          QJsonDocument::fromJson(outcome.answer).object());
        }
        results.append(result);
    }
    return ApiResponse::json(200, {{QStringLiteral("results"), results},
                                   {QStringLiteral("accepted"), accepted},
                                   {QStringLiteral("refused"), items.size() - accepted}});
}

ApiResponse RequestEndpoints::status(const ApiCall& call)
{
    const auto list = [&](const char* name) {
        QStringList values;
        for (const QString& v :
             call.request.query.allQueryItemValues(QLatin1StringView(name), QUrl::FullyDecoded))
            for (const QString& part : v.split(u',', Qt::SkipEmptyParts))
                values.append(part.trimmed());
        return values;
    };
    const QStringList codes = list("tracking_codes");
    const QStringList keys = list("idempotency_keys");
    if (codes.isEmpty() && keys.isEmpty())
        return ApiResponse::problem(
            Problem(QStringLiteral("query-invalid"),
                    QStringLiteral("give tracking_codes or idempotency_keys")));
    if (codes.size() + keys.size() > m_context.limits.maxStatusQuery)
        return ApiResponse::problem(Problem(QStringLiteral("query-invalid"),
                                            QStringLiteral("at most ") +
                                                QString::number(m_context.limits.maxStatusQuery) +
                                                QStringLiteral(" codes and keys per call")));
    auto devices = m_context.store.devicesOfOffice(call.device.officeCode);
    if (!devices)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    QSet<QString> officeDevices;
    for (const DeviceRecord& d : *devices)
        officeDevices.insert(d.id);

    QJsonArray found;
    QJsonArray missingCodes;
    QJsonArray missingKeys;
    for (const QString& code : codes) {
        auto r = m_context.store.requestByTrackingCode(code);
        if (!r)
            return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
        if (*r && officeDevices.contains((*r)->deviceId))
            found.append(RequestLifecycle::status(**r, call.now));
        else
            missingCodes.append(code);
    }
    for (const QString& key : keys) {
        auto r = m_context.store.requestByKey(call.device.id, key);
        if (!r)
            return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
        if (*r)
            found.append(RequestLifecycle::status(**r, call.now));
        else
            missingKeys.append(key);
    }
    return ApiResponse::json(200, {{QStringLiteral("requests"), found},
                                   {QStringLiteral("unknown_tracking_codes"), missingCodes},
                                   {QStringLiteral("unknown_idempotency_keys"), missingKeys},
                                   {QStringLiteral("as_of"), Clock::toRfc3339(call.now)}});
}

ApiResponse RequestEndpoints::one(const ApiCall& call)
{
    auto r = m_context.store.requestByTrackingCode(call.params.value(0));
    if (!r)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    if (*r) {
        auto devices = m_context.store.devicesOfOffice(call.device.officeCode);
        if (!devices)
            return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
        for (const DeviceRecord& d : *devices) {
            if (d.id == (*r)->deviceId)
                return ApiResponse::json(200, RequestLifecycle::status(**r, call.now));
        }
    }
    return ApiResponse::problem(Problem(QStringLiteral("request-not-found"), call.params.value(0)));
}

} // namespace pishkhan::sandbox
