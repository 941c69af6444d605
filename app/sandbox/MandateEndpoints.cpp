#include "MandateEndpoints.h"

#include "Clock.h"
#include "Directory.h"
#include "JsonFields.h"
#include "SandboxStore.h"

#include "core/LegalEntityId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace pishkhan::sandbox {

namespace {

QJsonObject mandateJson(const MandateRecord& m)
{
    return {{QStringLiteral("mandate_number"), m.mandateNumber},
            {QStringLiteral("legal_entity_id"), m.legalEntityId},
            {QStringLiteral("organisation_name"), m.organisationName},
            {QStringLiteral("services"),
             QJsonArray::fromStringList(m.services.split(u',', Qt::SkipEmptyParts))},
            {QStringLiteral("valid_from"), Clock::toRfc3339(m.validFrom)},
            {QStringLiteral("valid_until"), Clock::toRfc3339(m.validUntil)}};
}

// A mandate number as the municipality writes it: letters, digits, hyphens and slashes.
bool isMandateNumber(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9/-]{2,39}$"));
    return shape.match(text).hasMatch();
}

} // namespace

const QStringList& MandateEndpoints::mandateServices()
{
    static const QStringList services = {QStringLiteral("bank-inquiry"),
                                         QStringLiteral("notary-inquiry")};
    return services;
}

ApiResponse MandateEndpoints::registerMandate(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("office_code"), QStringLiteral("legal_entity_id"),
                 QStringLiteral("organisation_name"), QStringLiteral("mandate_number"),
                 QStringLiteral("services"), QStringLiteral("valid_from"),
                 QStringLiteral("valid_until")});
    const QString office = f.string(QStringLiteral("office_code"), true, 32);
    const QString legalId = f.string(QStringLiteral("legal_entity_id"), true, 32);
    const QString name = f.string(QStringLiteral("organisation_name"), true, 120);
    const QString number = f.string(QStringLiteral("mandate_number"), true, 40);
    const QJsonArray services = f.array(QStringLiteral("services"));
    const QString from = f.string(QStringLiteral("valid_from"), false, 40);
    const QString until = f.string(QStringLiteral("valid_until"), true, 40);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    if (!m_context.directory.office(office))
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("unknown office code"),
                                            QStringLiteral("/office_code")));
    const Result<LegalEntityId> id = LegalEntityId::parse(legalId);
    if (!id)
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"), id.error().code(),
                                            QStringLiteral("/legal_entity_id")));
    if (!isMandateNumber(number))
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("3–40 letters, digits, '-' or '/'"),
                                            QStringLiteral("/mandate_number")));
    QStringList serviceIds;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QString service = services[i].toString();
        if (!mandateServices().contains(service) || serviceIds.contains(service))
            return ApiResponse::problem(
                Problem(QStringLiteral("field-invalid"),
                        QStringLiteral("a mandate covers bank-inquiry and notary-inquiry only"),
                        QStringLiteral("/services/") + QString::number(i)));
        serviceIds += service;
    }
    if (serviceIds.isEmpty())
        return ApiResponse::problem(
            Problem(QStringLiteral("field-missing"), {}, QStringLiteral("/services")));
    const QDateTime fromTime = from.isEmpty()
                                   ? QDateTime::fromMSecsSinceEpoch(call.now, QTimeZone::utc())
                                   : QDateTime::fromString(from, Qt::ISODate);
    const QDateTime untilTime = QDateTime::fromString(until, Qt::ISODate);
    if (!fromTime.isValid())
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("RFC 3339 expected"),
                                            QStringLiteral("/valid_from")));
    if (!untilTime.isValid() || untilTime <= fromTime)
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("RFC 3339 after valid_from expected"),
                                            QStringLiteral("/valid_until")));
    auto existing = m_context.store.mandate(number);
    if (!existing)
        return ApiResponse::internal();
    if (*existing)
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("mandate number already registered"),
                                            QStringLiteral("/mandate_number")));
    MandateRecord m;
    m.mandateNumber = number;
    m.officeCode = office;
    m.legalEntityId = id->canonical();
    m.organisationName = name;
    m.services = serviceIds.join(u',');
    m.validFrom = fromTime.toMSecsSinceEpoch();
    m.validUntil = untilTime.toMSecsSinceEpoch();
    m.registeredAt = call.now;
    if (!m_context.store.insertMandate(m))
        return ApiResponse::internal();
    QJsonObject answer = mandateJson(m);
    answer.insert(QStringLiteral("office_code"), office);
    return ApiResponse::json(201, answer);
}

ApiResponse MandateEndpoints::officeMandates(const ApiCall& call)
{
    auto mandates = m_context.store.mandatesOfOffice(call.device.officeCode);
    if (!mandates)
        return ApiResponse::internal();
    QJsonArray list;
    for (const MandateRecord& m : *mandates)
        list.append(mandateJson(m));
    return ApiResponse::json(
        200, {{QStringLiteral("office_code"), call.device.officeCode},
              {QStringLiteral("mandate_services"), QJsonArray::fromStringList(mandateServices())},
              {QStringLiteral("mandates"), list}});
}

std::optional<Problem> MandateEndpoints::check(const QString& officeCode,
                                               const QJsonObject& mandate, const QString& serviceId,
                                               qint64 now, const QString& pointer,
                                               QString& mandateNumber,
                                               QString& organisationId) const
{
    JsonFields f(mandate, pointer);
    f.allowOnly({QStringLiteral("legal_entity_id"), QStringLiteral("mandate_number")});
    const QString legalId = f.string(QStringLiteral("legal_entity_id"), true, 32);
    const QString number = f.string(QStringLiteral("mandate_number"), true, 40);
    if (f.problem())
        return f.problem();
    const Result<LegalEntityId> id = LegalEntityId::parse(legalId);
    if (!id)
        return Problem(QStringLiteral("field-invalid"), id.error().code(),
                       pointer + QStringLiteral("/legal_entity_id"));
    if (!mandateServices().contains(serviceId))
        return Problem(QStringLiteral("mandate-service-not-allowed"), serviceId,
                       pointer + QStringLiteral("/mandate_number"));
    auto found = m_context.store.mandate(number);
    if (!found)
        return Problem(QStringLiteral("internal"), {});
    // Another office's or another organisation's mandate is as unknown as no mandate at all.
    if (!*found || (*found)->officeCode != officeCode || (*found)->legalEntityId != id->canonical())
        return Problem(QStringLiteral("mandate-unknown"), {},
                       pointer + QStringLiteral("/mandate_number"));
    if (now < (*found)->validFrom || now >= (*found)->validUntil)
        return Problem(QStringLiteral("mandate-expired"), {},
                       pointer + QStringLiteral("/mandate_number"))
            .with(QStringLiteral("valid_until"), Clock::toRfc3339((*found)->validUntil));
    if (!(*found)->services.split(u',').contains(serviceId))
        return Problem(QStringLiteral("mandate-service-not-covered"), serviceId,
                       pointer + QStringLiteral("/mandate_number"));
    mandateNumber = (*found)->mandateNumber;
    organisationId = (*found)->legalEntityId;
    return std::nullopt;
}

} // namespace pishkhan::sandbox
