#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace pishkhan {

class SecretStore;

// The counter PC's Ed25519 identity (OpenSSL EVP) and its backend token.
//
// The private key (its 32-byte raw seed) and the bearer token live only in the OS keychain
// (SecretStore entries kPrivateKeyEntry and kTokenEntry): never in the database, a file or a
// log. In memory the key is an EVP_PKEY; the token is handed out only to the HTTP layer.
// The ledger signs day closes with sign(); the backend verifies with the public key
// registered at activation.
class DeviceIdentity
{
public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;
    static inline const char kPrivateKeyEntry[] = "device-private-key";
    static inline const char kTokenEntry[] = "device-token";

    explicit DeviceIdentity(SecretStore& secrets);
    ~DeviceIdentity();
    DeviceIdentity(const DeviceIdentity&) = delete;
    DeviceIdentity& operator=(const DeviceIdentity&) = delete;

    // Reads key and token from the keychain. Absent entries are not an error: the device is
    // then simply not activated (training mode only).
    Status load();
    // Key and token both present.
    [[nodiscard]] bool isActivated() const;

    // A fresh key pair held in memory only, for an activation in progress. Returns the public
    // key in base64 (what POST /devices/activate takes).
    [[nodiscard]] Result<QString> generatePending();
    // After the backend accepted the pending key: stores key and token in the keychain (each
    // read back) and makes them current. On failure nothing half-stored is left behind.
    Status commitPending(const QByteArray& token);
    void discardPending();

    // Ed25519 signature (64 bytes) with the current key; "device.not_activated" without one.
    [[nodiscard]] Result<QByteArray> sign(const QByteArray& message) const;
    [[nodiscard]] QString publicKeyBase64() const; // empty when not activated
    [[nodiscard]] QByteArray publicKey() const;    // 32 raw bytes
    // The bearer token, for the HTTP client only. "device.not_activated" without one.
    [[nodiscard]] Result<QByteArray> token() const;

    // Deactivation: removes key and token from the keychain and forgets them in memory.
    Status wipe();

    // Checks a signature against a raw 32-byte Ed25519 public key.
    [[nodiscard]] static bool verify(const QByteArray& publicKey, const QByteArray& message,
                                     const QByteArray& signature);

private:
    struct Key;
    SecretStore& m_secrets;
    std::unique_ptr<Key> m_key;
    std::unique_ptr<Key> m_pending;
    QByteArray m_token;
};

} // namespace pishkhan
