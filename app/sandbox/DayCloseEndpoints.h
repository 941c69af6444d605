#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// Upload of a counter's signed day close, answered with the municipality's signed
// acknowledgement, and the office-wide view of every counter's closes for a business day.
class DayCloseEndpoints
{
public:
    explicit DayCloseEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse upload(const ApiCall& call);
    [[nodiscard]] ApiResponse officeDay(const ApiCall& call);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
