#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

// The service catalogue with a strong ETag: a client that already holds the current version
// gets 304 and no body.
class CatalogueEndpoints
{
public:
    explicit CatalogueEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse catalogue(const ApiCall& call);

    // RFC 9110 If-None-Match: a list of tags or "*"; weak comparison (W/ ignored).
    [[nodiscard]] static bool matches(const QByteArray& ifNoneMatch, const QByteArray& etag);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
