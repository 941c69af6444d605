#include "OfficeRequestEndpoints.h"

#include "Clock.h"
#include "ConsentEndpoints.h"
#include "Identifiers.h"
#include "RequestLifecycle.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace pishkhan::sandbox {

ApiResponse OfficeRequestEndpoints::search(const ApiCall& call)
{
    const QUrlQuery& q = call.request.query;
    const auto nationalCode = Identifiers::nationalCode(
        q.queryItemValue(QStringLiteral("national_code"), QUrl::FullyDecoded).trimmed());
    if (!nationalCode)
        return ApiResponse::problem(
            Problem(QStringLiteral("national-code-invalid"), {}, QStringLiteral("national_code")));
    const QString pageText = q.queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded);
    bool ok = true;
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || page < 1 || page > 1000)
        return ApiResponse::problem(
            Problem(QStringLiteral("query-invalid"), QStringLiteral("page must be 1 to 1000")));
    if (call.clerkId.isEmpty())
        return ApiResponse::problem(
            Problem(QStringLiteral("query-invalid"), QStringLiteral("X-Clerk is required")));

    const QString citizen = ConsentEndpoints::citizenHash(*nationalCode);
    // One more than a page tells whether another page follows.
    auto found = m_context.store.requestsOfOfficeByCitizen(call.device.officeCode, citizen,
                                                           kPageSize + 1, (page - 1) * kPageSize);
    auto devices = m_context.store.devicesOfOffice(call.device.officeCode);
    if (!found || !devices)
        return ApiResponse::internal();
    const bool more = found->size() > kPageSize;
    if (more)
        found->resize(kPageSize);
    // Audited before anything is answered: no lookup goes unrecorded.
    if (!m_context.store.recordRequestLookup(call.device.id, call.clerkId, citizen,
                                             int(found->size()), call.now))
        return ApiResponse::internal();

    QJsonArray requests;
    for (const RequestRecord& r : *found) {
        int counter = 0;
        for (const DeviceRecord& d : *devices)
            if (d.id == r.deviceId)
                counter = d.counter;
        const QJsonObject status = RequestLifecycle::status(r, call.now);
        const QJsonObject citizenObject =
            QJsonDocument::fromJson(r.payload).object().value(QStringLiteral("citizen")).toObject();
        requests.append(
            QJsonObject{{QStringLiteral("tracking_code"), r.trackingCode},
                        {QStringLiteral("service_id"), r.serviceId},
                        {QStringLiteral("district"), r.district},
                        {QStringLiteral("received_at"), Clock::toRfc3339(r.receivedAt)},
                        {QStringLiteral("status"), status.value(QStringLiteral("status"))},
                        {QStringLiteral("final"), status.value(QStringLiteral("final"))},
                        {QStringLiteral("counter"), counter},
                        {QStringLiteral("own_counter"), r.deviceId == call.device.id},
                        {QStringLiteral("national_code_masked"),
                         citizenObject.value(QStringLiteral("national_code_masked"))},
                        {QStringLiteral("mobile_masked"),
                         citizenObject.value(QStringLiteral("mobile_masked"))}});
    }
    QJsonObject answer{{QStringLiteral("page"), page},
                       {QStringLiteral("page_size"), kPageSize},
                       {QStringLiteral("requests"), requests}};
    answer.insert(QStringLiteral("next_page"), more ? QJsonValue(page + 1) : QJsonValue());
    return ApiResponse::json(200, answer);
}

} // namespace pishkhan::sandbox
