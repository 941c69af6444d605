#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pishkhan {

// PBKDF2-HMAC-SHA256 password hashes (OpenSSL PKCS5_PBKDF2_HMAC), one random 16-byte salt per
// hash, 32-byte derived key, compared with CRYPTO_memcmp so timing tells nothing about how
// many bytes matched. Stored form (what accounts.password_hash holds):
//
//     pbkdf2-sha256$<iterations>$<salt base64>$<derived key base64>
//
// The iteration count is stored with each hash, so raising kProductionIterations later only
// needs a rehash on the next successful login (AccountService does that); old hashes still
// verify. The constructor's count is what new hashes get; tests pass a small one for speed.
class PasswordHasher
{
public:
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    static constexpr int kProductionIterations = 600'000;
    static constexpr int kMinimumIterations = 1'000; // refuses hashes weaker than this at all
    static constexpr int kSaltSize = 16;
    static constexpr int kKeySize = 32;

    explicit PasswordHasher(int iterations = kProductionIterations);

    [[nodiscard]] int iterations() const { return m_iterations; }

    // A new stored-form hash with a fresh random salt.
    [[nodiscard]] Result<QString> hash(const QString& password) const;
    // true when password matches; false for a wrong password or a malformed stored hash.
    [[nodiscard]] bool verify(const QString& password, const QString& stored) const;
    // Whether a stored hash was made with fewer iterations than this hasher uses.
    [[nodiscard]] bool needsRehash(const QString& stored) const;

    // The raw KDF, exposed for the test vectors (RFC 7914 §11 / known PBKDF2-SHA256 answers).
    [[nodiscard]] static QByteArray derive(const QByteArray& password, const QByteArray& salt,
                                           int iterations, int keySize = kKeySize);

private:
    int m_iterations;
};

} // namespace pishkhan
