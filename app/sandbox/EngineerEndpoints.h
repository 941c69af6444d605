#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// "Is this person the supervising engineer holding this licence?" (docs/api.md §4.20), asked by
// a counter before it opens an engineers-only form, so a clerk does not fill a whole form for a
// request the backend will refuse. The answer names the engineer; a refusal does not tell a
// wrong licence from a national code that is not an engineer's.
class EngineerEndpoints
{
public:
    explicit EngineerEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse verify(const ApiCall& call);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
