#pragma once

#include "CloseSigner.h"

#include <memory>

namespace pishkhan {

// An Ed25519 key held in memory (OpenSSL 3 EVP). For tests and the training mode; the
// activated counter signs with its keychain-held device key instead. verify() is what anyone
// holding the public key (the backend, an auditor, a test) runs on a close.
class Ed25519KeySigner final : public CloseSigner
{
public:
    // Error code: crypto.key.
    [[nodiscard]] static Result<Ed25519KeySigner> generate();
    [[nodiscard]] static Result<Ed25519KeySigner> fromPrivateKey(const QByteArray& raw32);

    Ed25519KeySigner(Ed25519KeySigner&&) noexcept;
    Ed25519KeySigner& operator=(Ed25519KeySigner&&) noexcept;
    ~Ed25519KeySigner() override;

    [[nodiscard]] Result<QByteArray> sign(const QByteArray& message) override;
    [[nodiscard]] QByteArray publicKey() const override;

    [[nodiscard]] static bool verify(const QByteArray& rawPublicKey, const QByteArray& message,
                                     const QByteArray& signature);

private:
    struct Key;
    explicit Ed25519KeySigner(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

} // namespace pishkhan
