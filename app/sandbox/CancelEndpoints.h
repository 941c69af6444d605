#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// POST /api/v1/requests/{tracking_code}/cancel (docs/api.md §4.14): a request of the caller's
// office is cancelled while the municipality has not started on it (before its in_review
// time); after that the answer is request-work-started and the request goes on. Cancelling a
// cancelled request answers its status again, whatever the key.
class CancelEndpoints
{
public:
    explicit CancelEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse cancel(const ApiCall& call);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
