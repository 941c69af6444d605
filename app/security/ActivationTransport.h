#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace pishkhan {

// What POST /api/v1/devices/activate takes (docs/api.md §4.3) ...
struct ActivationRequest
{
    QString officeCode;
    QString activationCode;  // one-time; never stored or logged
    QString publicKeyBase64; // 32-byte raw Ed25519 public key
    QString clerkId;         // X-Clerk-Id: the admin doing it
    QString deviceLabel;
};

// ... and what the backend answers.
struct ActivationAnswer
{
    QString deviceId;
    QByteArray token; // goes straight to the keychain
    int counter = 0;
    QString officeCode;
    QString officeNameFa;
    QString serverKeyId;
};

// The network side of activation, kept behind an interface so ActivationService is testable
// with a fake and the security room does not depend on the HTTP client. The app wires
// ApiActivationTransport (over app/net ApiClient); tests may use a fake.
// `done` runs exactly once, later, on the caller's thread.
class ActivationTransport
{
public:
    using Done = std::function<void(Result<ActivationAnswer>)>;
    virtual ~ActivationTransport() = default;
    virtual void activate(const ActivationRequest& request, Done done) = 0;
};

} // namespace pishkhan
