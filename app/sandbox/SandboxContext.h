#pragma once

#include <QByteArray>

namespace pishkhan::sandbox {

class Catalogue;
class Clock;
class Directory;
class Ed25519Signer;
class FaultInjector;
class PropertyRegistry;
class SandboxStore;
class SmsLog;

// Limits the contract states; also the knobs a test may want to turn.
struct SandboxLimits
{
    qint64 maxBodyBytes = 256 * 1024;
    int maxBatchItems = 100;
    int maxStatusQuery = 100;
    qint64 otpTtlMs = 2 * 60 * 1000;
    int otpMaxWrong = 3;
    int otpPerMobileWindow = 3;
    qint64 otpWindowMs = 10 * 60 * 1000;
    qint64 consentTtlMs = 24LL * 3600 * 1000;
    qint64 activationCodeTtlMs = 24LL * 3600 * 1000;
};

// Everything a handler may use, owned by SandboxServer. Handlers are stateless beyond this.
struct SandboxContext
{
    SandboxStore& store;
    Clock& clock;
    const Catalogue& catalogue;
    const PropertyRegistry& properties;
    const Directory& directory;
    const Ed25519Signer& signer;
    SmsLog& sms;
    FaultInjector& faults;
    SandboxLimits limits;
    // The X-Admin-Token every /admin call must carry (printed by pishkhan-sandbox at start).
    QByteArray adminToken;
    // 32 bytes: seals the staff verifiers in the store (StaffEndpoints); kept in its own file
    // (<data-dir>/staff.key, owner-only), so a copy of sandbox.db alone holds no verifier.
    QByteArray staffKey;
};

} // namespace pishkhan::sandbox
