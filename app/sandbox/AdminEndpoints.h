#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

namespace pishkhan::sandbox {

class DeviceEndpoints;

// Loopback-only controls for tests and training mode: the clock, the fault switches, the SMS
// inbox, activation codes, counts, device revocation. Not part of the municipal contract.
class AdminEndpoints
{
public:
    AdminEndpoints(SandboxContext& context, DeviceEndpoints& devices)
        : m_context(context)
        , m_devices(devices)
    {}

    [[nodiscard]] ApiResponse clock(const ApiCall& call);
    [[nodiscard]] ApiResponse setClock(const ApiCall& call);
    [[nodiscard]] ApiResponse faults(const ApiCall& call);
    [[nodiscard]] ApiResponse setFaults(const ApiCall& call);
    [[nodiscard]] ApiResponse sms(const ApiCall& call);
    [[nodiscard]] ApiResponse activationCode(const ApiCall& call);
    [[nodiscard]] ApiResponse stats(const ApiCall& call);
    [[nodiscard]] ApiResponse revokeDevice(const ApiCall& call);

private:
    SandboxContext& m_context;
    DeviceEndpoints& m_devices;
};

} // namespace pishkhan::sandbox
