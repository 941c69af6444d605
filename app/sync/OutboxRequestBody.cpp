#include "OutboxRequestBody.h"

#include <QDateTime>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error incomplete(const QString& detail)
{
    return Error(u"sync.payload_invalid"_s,
                 QT_TRANSLATE_NOOP("Error", "The saved request is incomplete; open it, correct "
                                            "it and send it again."),
                 detail);
}

} // namespace

Result<QJsonObject> OutboxRequestBody::build(const OutboxEntry& e)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(e.payload.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return incomplete(u"payload is not a JSON object"_s);
    QJsonObject body = doc.object();
    if (!body.value(u"fields"_s).isObject())
        return incomplete(u"payload has no fields object"_s);
    if (!body.value(u"district"_s).isDouble())
        return incomplete(u"payload has no district"_s);
    if (!body.value(u"fee_rials"_s).isDouble())
        return incomplete(u"payload has no fee_rials"_s);
    body.remove(u"idempotency_key"_s);
    body.insert(u"service_id"_s, e.serviceId);
    QJsonObject citizen{{u"national_code"_s, e.nationalCode}, {u"mobile"_s, e.mobile}};
    if (!e.applicantLegalEntityId.isEmpty()) // a company, through its representative
        citizen.insert(u"legal_entity_id"_s, e.applicantLegalEntityId);
    body.insert(u"citizen"_s, citizen);
    if (!e.mandateNumber.isEmpty())
        body.insert(u"mandate"_s, QJsonObject{{u"legal_entity_id"_s, e.organisationId},
                                              {u"mandate_number"_s, e.mandateNumber}});
    else
        body.insert(u"consent_token"_s, e.consentToken);
    if (!body.contains(u"created_at"_s) && e.createdAt > 0)
        body.insert(u"created_at"_s,
                    QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC).toString(Qt::ISODate));
    if (!body.contains(u"catalogue_version"_s) && e.catalogueVersion > 0)
        body.insert(u"catalogue_version"_s, QString::number(e.catalogueVersion));
    return body;
}

} // namespace pishkhan
