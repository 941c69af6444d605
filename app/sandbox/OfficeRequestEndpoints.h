#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// An office's requests found by the citizen's national code (docs/api.md §4.19), for the
// follow-up screen of a counter that did not make them: only the caller's office's requests,
// identifiers masked, status without the result (the result needs the tracking code, §4.9),
// and every lookup kept for the audit with the device and the clerk.
class OfficeRequestEndpoints
{
public:
    static constexpr int kPageSize = 20;

    explicit OfficeRequestEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    // GET /api/v1/offices/current/requests?national_code=…&page=N
    [[nodiscard]] ApiResponse search(const ApiCall& call);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
