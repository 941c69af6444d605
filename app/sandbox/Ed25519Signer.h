#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace pishkhan::sandbox {

// The municipality's signing key for day-close acknowledgements (Ed25519 via OpenSSL 3), kept
// as PKCS#8 PEM in the data directory so acknowledgements stay verifiable after a restart.
// Also verifies the devices' signatures on their day closes.
class Ed25519Signer
{
public:
    Ed25519Signer(Ed25519Signer&&) noexcept;
    Ed25519Signer& operator=(Ed25519Signer&&) noexcept;
    ~Ed25519Signer();

    [[nodiscard]] static Result<Ed25519Signer> loadOrCreate(const QString& pemPath);

    [[nodiscard]] QByteArray sign(const QByteArray& message) const;
    // 32 raw bytes, and the PEM SubjectPublicKeyInfo for tools that want it.
    [[nodiscard]] QByteArray publicKey() const;
    [[nodiscard]] QByteArray publicKeyPem() const;
    // First 8 bytes of SHA-256 of the raw public key, hex: names the key in every signature.
    [[nodiscard]] QString keyId() const;

    [[nodiscard]] static bool isValidPublicKey(const QByteArray& raw);
    [[nodiscard]] static bool verify(const QByteArray& rawPublicKey, const QByteArray& message,
                                     const QByteArray& signature);

private:
    Ed25519Signer() = default;

    struct KeyDeleter
    {
        void operator()(EVP_PKEY* key) const;
    };
    std::unique_ptr<EVP_PKEY, KeyDeleter> m_key;
};

} // namespace pishkhan::sandbox
