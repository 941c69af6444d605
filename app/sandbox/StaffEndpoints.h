#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pishkhan::sandbox {

// The office's staff (docs/api.md §4.13): a counter pushes each account change (password
// verifiers only, never passwords), the backend orders them by its own per-office revision,
// and every counter of the office pulls what changed since the revision it has. The verifier
// is sealed (AES-256-GCM) under the sandbox's staff key before it is stored.
class StaffEndpoints
{
public:
    explicit StaffEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse push(const ApiCall& call);
    [[nodiscard]] ApiResponse changes(const ApiCall& call);

    // The staff key of a data folder: read from <dataDir>/staff.key, made (32 random bytes,
    // owner-only) when missing.
    [[nodiscard]] static Result<QByteArray> loadOrCreateKey(const QString& dataDir);
    // A username in the counters' stored form: 1–64 of a-z 0-9 . _ - @ and Persian letters
    // (Arabic ي/ك already folded to ی/ک, digits ASCII). Upper-case Latin is allowed only when
    // `allowUpperCase` (the X-Clerk-Id header has always accepted it).
    [[nodiscard]] static bool isUsername(const QString& name, bool allowUpperCase = false);

private:
    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
