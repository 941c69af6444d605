#include "Ed25519KeySigner.h"

#include <openssl/evp.h>

namespace pishkhan {

using namespace Qt::StringLiterals;

struct Ed25519KeySigner::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

Error keyError(const QString& detail)
{
    return Error(u"crypto.key"_s, QT_TRANSLATE_NOOP("Error", "The signing key could not be used."),
                 detail);
}

} // namespace

Ed25519KeySigner::Ed25519KeySigner(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{}
Ed25519KeySigner::Ed25519KeySigner(Ed25519KeySigner&&) noexcept = default;
Ed25519KeySigner& Ed25519KeySigner::operator=(Ed25519KeySigner&&) noexcept = default;
Ed25519KeySigner::~Ed25519KeySigner() = default;

Result<Ed25519KeySigner> Ed25519KeySigner::generate()
{
    auto key = std::make_unique<Key>();
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key->pkey) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return keyError(u"Ed25519 key generation failed"_s);
    return Ed25519KeySigner(std::move(key));
}

Result<Ed25519KeySigner> Ed25519KeySigner::fromPrivateKey(const QByteArray& raw32)
{
    auto key = std::make_unique<Key>();
    key->pkey = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(raw32.constData()),
        std::size_t(raw32.size()));
    if (!key->pkey)
        return keyError(u"not a 32-byte Ed25519 private key"_s);
    return Ed25519KeySigner(std::move(key));
}

Result<QByteArray> Ed25519KeySigner::sign(const QByteArray& message)
{
    QByteArray signature(64, '\0');
    std::size_t length = std::size_t(signature.size());
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                                   reinterpret_cast<const unsigned char*>(message.constData()),
                                   std::size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok || length != 64)
        return keyError(u"Ed25519 signing failed"_s);
    return signature;
}

QByteArray Ed25519KeySigner::publicKey() const
{
    QByteArray raw(32, '\0');
    std::size_t length = std::size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key->pkey, reinterpret_cast<unsigned char*>(raw.data()),
                                    &length) != 1 ||
        length != 32)
        return {};
    return raw;
}

bool Ed25519KeySigner::verify(const QByteArray& rawPublicKey, const QByteArray& message,
                              const QByteArray& signature)
{
    if (rawPublicKey.size() != 32 || signature.size() != 64)
        return false;
    EVP_PKEY* pkey = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(rawPublicKey.constData()),
        32);
    if (!pkey)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()), 64,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         std::size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return ok;
}

} // namespace pishkhan
