#include "TestDevice.h"

#include <openssl/evp.h>

namespace pishkhan::test {

TestDevice::TestDevice()
    : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"))
{}

TestDevice::~TestDevice()
{
    EVP_PKEY_free(m_key);
}

QByteArray TestDevice::publicKey() const
{
    QByteArray raw(32, Qt::Uninitialized);
    size_t len = 32;
    EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char*>(raw.data()), &len);
    return raw;
}

QByteArray TestDevice::sign(const QByteArray& message) const
{
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = 64;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                   reinterpret_cast<const unsigned char*>(message.constData()),
                   static_cast<size_t>(message.size()));
    EVP_MD_CTX_free(ctx);
    return sig;
}

bool TestDevice::verify(const QByteArray& rawPublicKey, const QByteArray& message,
                        const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(rawPublicKey.constData()),
        static_cast<size_t>(rawPublicKey.size()));
    if (!key)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                         static_cast<size_t>(signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace pishkhan::test
