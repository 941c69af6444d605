#pragma once

#include "ActivationTransport.h"
#include "core/Result.h"

#include <functional>

namespace pishkhan {

class AuditLog;
class DeviceIdentity;
class SettingsStore;
struct Session;

// Activates and deactivates this counter PC (admin only: Permission::ActivateDevice).
//
// activate(): a fresh Ed25519 key pair is made in memory, its public key registered with the
// backend through the transport, and only on success are the private key and the token put in
// the keychain (DeviceIdentity) and the non-secret registration (device id, office, counter,
// server key id, activation time) in the settings table under "device.*". Then an
// "activation" audit event. A failed call leaves the device as it was.
//
// Without activation the app runs only in training mode: isActivated() is what decides.
//
// deactivate() wipes the key and token from the keychain and the registration from settings;
// revoking the token at the backend is the office's (or the sandbox admin's) business — a
// wiped token can no longer be presented by this PC anyway.
class ActivationService
{
public:
    using Done = std::function<void(Status)>;

    ActivationService(DeviceIdentity& identity, SettingsStore& settings, AuditLog& audit,
                      ActivationTransport& transport);

    // The settings row that records, in the store itself, the device id the store was
    // activated for. The keychain's credentials and the counter's settings file outlive the
    // store (a store moved aside, restored or replaced); this row does not, so a new store
    // is not taken for an activated one.
    [[nodiscard]] static QString storeDeviceIdKey();

    [[nodiscard]] bool isActivated() const;
    // Settings "device.id", "device.office_code", "device.counter" ... (empty when none).
    [[nodiscard]] QString deviceId() const;

    // The service must outlive the call. `done` runs once, later (or at once for a refused
    // precondition). Error codes: auth.forbidden, device.already_activated,
    // device.activation_input, and the transport's.
    void activate(const Session& actor, const QString& officeCode, const QString& activationCode,
                  const QString& deviceLabel, Done done);
    Status deactivate(const Session& actor);

private:
    DeviceIdentity& m_identity;
    SettingsStore& m_settings;
    AuditLog& m_audit;
    ActivationTransport& m_transport;
};

} // namespace pishkhan
