#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

class ConsentEndpoints;
class MandateEndpoints;

// Submitting requests (one, or a batch where each item carries its own idempotency key and
// gets its own result) and reading their status.
class RequestEndpoints
{
public:
    RequestEndpoints(SandboxContext& context, const ConsentEndpoints& consents,
                     const MandateEndpoints& mandates)
        : m_context(context)
        , m_consents(consents)
        , m_mandates(mandates)
    {}

    [[nodiscard]] ApiResponse submit(const ApiCall& call);
    [[nodiscard]] ApiResponse batch(const ApiCall& call);
    [[nodiscard]] ApiResponse status(const ApiCall& call);
    [[nodiscard]] ApiResponse one(const ApiCall& call);

    // What identifies a request in a body (docs/api.md §3): everything but the citizen's
    // consent token, which a clerk may renew while the request waits; compact JSON with its
    // members sorted.
    [[nodiscard]] static QByteArray identity(QJsonObject body);

private:
    struct ItemOutcome
    {
        int status = 0;    // 201 stored now, 200 stored before (replay), 4xx refused
        QByteArray answer; // JSON of the request (2xx)
        std::optional<Problem> problem;
    };

    [[nodiscard]] ItemOutcome submitItem(const ApiCall& call, QJsonObject item, const QString& key,
                                         const QString& pointer);
    [[nodiscard]] std::optional<Problem> validate(const ApiCall& call, const QJsonObject& item,
                                                  const QString& pointer, QJsonObject& stored,
                                                  QString& consentHash, QJsonObject& service,
                                                  QJsonObject& normalisedFields);

    SandboxContext& m_context;
    const ConsentEndpoints& m_consents;
    const MandateEndpoints& m_mandates;
};

} // namespace pishkhan::sandbox
