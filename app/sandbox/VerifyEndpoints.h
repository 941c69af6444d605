#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// "Is this printed answer genuine?" (docs/api.md §4.17): a tracking code and an answer hash,
// asked by anyone holding the paper — no device token, no clerk. Genuine only when the request
// was answered (done, not cancelled) and the hash is the one kept with that answer.
class VerifyEndpoints
{
public:
    explicit VerifyEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse verify(const ApiCall& call);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
