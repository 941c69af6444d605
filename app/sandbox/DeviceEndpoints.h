#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

#include "core/Result.h"

namespace pishkhan::sandbox {

// Device activation and deactivation, and the public endpoints every client reads before it
// has a token: server time and the acknowledgement-signing key.
class DeviceEndpoints
{
public:
    explicit DeviceEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse activate(const ApiCall& call);
    [[nodiscard]] ApiResponse current(const ApiCall& call);
    [[nodiscard]] ApiResponse deactivate(const ApiCall& call);
    [[nodiscard]] ApiResponse time(const ApiCall& call);
    [[nodiscard]] ApiResponse serverKey(const ApiCall& call);

    // Issues a one-time activation code for an office (admin endpoint and training mode).
    [[nodiscard]] Result<QString> issueActivationCode(const QString& officeCode);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
