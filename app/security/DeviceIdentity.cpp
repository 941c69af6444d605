#include "DeviceIdentity.h"

#include "SecretStore.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Error notActivated()
{
    return Error(u"device.not_activated"_s,
                 QT_TRANSLATE_NOOP("Error", "This counter has not been activated; it can only "
                                            "be used in training mode."));
}

Error cryptoError(const QString& what)
{
    return Error(u"device.crypto_failed"_s,
                 QT_TRANSLATE_NOOP("Error", "The device key could not be used."), what);
}

void cleanse(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

struct DeviceIdentity::Key
{
    PkeyPtr pkey{nullptr, &EVP_PKEY_free};

    static std::unique_ptr<Key> fromSeed(const QByteArray& seed)
    {
        auto k = std::make_unique<Key>();
        k->pkey.reset(EVP_PKEY_new_raw_private_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.constData()),
            size_t(seed.size())));
        return k->pkey ? std::move(k) : nullptr;
    }

    static std::unique_ptr<Key> generate()
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
        EVP_PKEY* raw = nullptr;
        if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
            return nullptr;
        auto k = std::make_unique<Key>();
        k->pkey.reset(raw);
        return k;
    }

    QByteArray seed() const
    {
        QByteArray out(32, '\0');
        size_t len = size_t(out.size());
        if (EVP_PKEY_get_raw_private_key(pkey.get(), reinterpret_cast<unsigned char*>(out.data()),
                                         &len) != 1 ||
            len != 32)
            return {};
        return out;
    }

    QByteArray publicKey() const
    {
        QByteArray out(kPublicKeySize, '\0');
        size_t len = size_t(out.size());
        if (EVP_PKEY_get_raw_public_key(pkey.get(), reinterpret_cast<unsigned char*>(out.data()),
                                        &len) != 1 ||
            len != size_t(kPublicKeySize))
            return {};
        return out;
    }
};

DeviceIdentity::DeviceIdentity(SecretStore& secrets)
    : m_secrets(secrets)
{}

DeviceIdentity::~DeviceIdentity()
{
    cleanse(m_token);
}

Status DeviceIdentity::load()
{
    Result<std::optional<QByteArray>> seed = m_secrets.read(QString::fromLatin1(kPrivateKeyEntry));
    if (!seed)
        return seed.error();
    Result<std::optional<QByteArray>> token = m_secrets.read(QString::fromLatin1(kTokenEntry));
    if (!token)
        return token.error();
    m_key.reset();
    cleanse(m_token);
    if (!seed->has_value() || !token->has_value())
        return {};
    QByteArray seedBytes = **seed;
    m_key = Key::fromSeed(seedBytes);
    cleanse(seedBytes);
    if (!m_key)
        return cryptoError(u"the device key in the keychain is not an Ed25519 key"_s);
    m_token = **token;
    return {};
}

bool DeviceIdentity::isActivated() const
{
    return m_key && !m_token.isEmpty();
}

Result<QString> DeviceIdentity::generatePending()
{
    m_pending = Key::generate();
    if (!m_pending)
        return cryptoError(u"Ed25519 key generation failed"_s);
    return QString::fromLatin1(m_pending->publicKey().toBase64());
}

void DeviceIdentity::discardPending()
{
    m_pending.reset();
}

Status DeviceIdentity::commitPending(const QByteArray& token)
{
    if (!m_pending)
        return cryptoError(u"no pending key to commit"_s);
    if (token.isEmpty())
        return cryptoError(u"empty device token"_s);
    QByteArray seed = m_pending->seed();
    if (seed.isEmpty())
        return cryptoError(u"could not export the Ed25519 seed"_s);
    Status s = m_secrets.write(QString::fromLatin1(kPrivateKeyEntry), seed);
    cleanse(seed);
    if (s)
        s = m_secrets.write(QString::fromLatin1(kTokenEntry), token);
    if (!s) {
        // Never leave a key without a token (or the other way round) behind.
        (void)m_secrets.remove(QString::fromLatin1(kPrivateKeyEntry));
        (void)m_secrets.remove(QString::fromLatin1(kTokenEntry));
        return s;
    }
    m_key = std::move(m_pending);
    m_token = token;
    return {};
}

Result<QByteArray> DeviceIdentity::sign(const QByteArray& message) const
{
    if (!m_key)
        return notActivated();
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray sig(kSignatureSize, '\0');
    size_t len = size_t(sig.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key->pkey.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1 ||
        len != size_t(kSignatureSize))
        return cryptoError(u"Ed25519 signing failed"_s);
    return sig;
}

QByteArray DeviceIdentity::publicKey() const
{
    return m_key ? m_key->publicKey() : QByteArray();
}

QString DeviceIdentity::publicKeyBase64() const
{
    return QString::fromLatin1(publicKey().toBase64());
}

Result<QByteArray> DeviceIdentity::token() const
{
    if (m_token.isEmpty())
        return notActivated();
    return m_token;
}

Status DeviceIdentity::wipe()
{
    m_key.reset();
    m_pending.reset();
    cleanse(m_token);
    Status a = m_secrets.remove(QString::fromLatin1(kPrivateKeyEntry));
    Status b = m_secrets.remove(QString::fromLatin1(kTokenEntry));
    return !a ? a : b;
}

bool DeviceIdentity::verify(const QByteArray& publicKey, const QByteArray& message,
                            const QByteArray& signature)
{
    if (publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    PkeyPtr pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                    size_t(publicKey.size())),
        &EVP_PKEY_free);
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!pkey || !ctx ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace pishkhan
