#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

#include <optional>

namespace pishkhan::sandbox {

// Standing mandates of organisations (banks, notaries) that send an office batches of
// inquiries: the municipality registers a mandate for one office (admin), the counter reads
// its office's mandates, and a request that names a mandate needs no per-citizen consent token
// for the service kinds the municipality allows under a mandate (docs/api.md §4.15).
class MandateEndpoints
{
public:
    explicit MandateEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    // POST /admin/v1/mandates
    [[nodiscard]] ApiResponse registerMandate(const ApiCall& call);
    // GET /api/v1/offices/current/mandates
    [[nodiscard]] ApiResponse officeMandates(const ApiCall& call);

    // What a submission under a mandate checks: the organisation's id is valid, the mandate
    // exists for this office and organisation, is in force now, the service is one the
    // municipality allows under a mandate and one this mandate covers. On success fills the
    // mandate number and the organisation id to record with the request.
    [[nodiscard]] std::optional<Problem> check(const QString& officeCode,
                                               const QJsonObject& mandate, const QString& serviceId,
                                               qint64 now, const QString& pointer,
                                               QString& mandateNumber,
                                               QString& organisationId) const;

    // The services the municipality allows under a mandate: bank and notary inquiries.
    [[nodiscard]] static const QStringList& mandateServices();

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
