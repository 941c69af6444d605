#pragma once

#include <QByteArray>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace pishkhan::test {

// The test's stand-in for a counter PC's device key: Ed25519 via OpenSSL, to register at
// activation and to sign day closes.
class TestDevice
{
public:
    TestDevice();
    ~TestDevice();
    TestDevice(const TestDevice&) = delete;
    TestDevice& operator=(const TestDevice&) = delete;

    [[nodiscard]] QByteArray publicKey() const; // raw 32 bytes
    [[nodiscard]] QByteArray sign(const QByteArray& message) const;
    [[nodiscard]] static bool verify(const QByteArray& rawPublicKey, const QByteArray& message,
                                     const QByteArray& signature);

private:
    EVP_PKEY* m_key = nullptr;
};

} // namespace pishkhan::test
