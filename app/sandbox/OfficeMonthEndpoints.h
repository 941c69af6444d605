#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// The office-wide month for the supervisor (docs/api.md §4.16): every counter's signed day
// closes of one Solar Hijri month that the backend holds, per day and per counter, summed, each
// with whether its signature verifies with the device's registered key.
class OfficeMonthEndpoints
{
public:
    explicit OfficeMonthEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    // GET /api/v1/offices/current/months/{YYYYMM}
    [[nodiscard]] ApiResponse month(const ApiCall& call);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
