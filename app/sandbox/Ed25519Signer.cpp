#include "Ed25519Signer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace pishkhan::sandbox {

namespace {

Error signerError(const QString& detail)
{
    return Error(QStringLiteral("sandbox.signing_key"), "Cannot prepare the sandbox signing key",
                 detail);
}

} // namespace

void Ed25519Signer::KeyDeleter::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

Ed25519Signer::Ed25519Signer(Ed25519Signer&&) noexcept = default;
Ed25519Signer& Ed25519Signer::operator=(Ed25519Signer&&) noexcept = default;
Ed25519Signer::~Ed25519Signer() = default;

Result<Ed25519Signer> Ed25519Signer::loadOrCreate(const QString& pemPath)
{
    Ed25519Signer signer;
    QFile file(pemPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return signerError(pemPath + QStringLiteral(": ") + file.errorString());
        const QByteArray pem = file.readAll();
        BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        signer.m_key.reset(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
        BIO_free(bio);
        if (!signer.m_key || EVP_PKEY_get_id(signer.m_key.get()) != EVP_PKEY_ED25519)
            return signerError(pemPath + QStringLiteral(": not an Ed25519 private key"));
        return signer;
    }
    signer.m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!signer.m_key)
        return signerError(QStringLiteral("Ed25519 key generation failed"));
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, signer.m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    QSaveFile out(pemPath);
    if (!out.open(QIODevice::WriteOnly))
        return signerError(pemPath + QStringLiteral(": ") + out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(pem);
    if (!out.commit())
        return signerError(pemPath + QStringLiteral(": ") + out.errorString());
    return signer;
}

QByteArray Ed25519Signer::sign(const QByteArray& message) const
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    QByteArray signature(64, Qt::Uninitialized);
    size_t len = static_cast<size_t>(signature.size());
    const bool ok = EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key.get()) == 1 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &len,
                                   reinterpret_cast<const unsigned char*>(message.constData()),
                                   static_cast<size_t>(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? signature.left(static_cast<qsizetype>(len)) : QByteArray();
}

QByteArray Ed25519Signer::publicKey() const
{
    QByteArray raw(32, Qt::Uninitialized);
    size_t len = static_cast<size_t>(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()),
                                    &len) != 1)
        return {};
    return raw.left(static_cast<qsizetype>(len));
}

QByteArray Ed25519Signer::publicKeyPem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key.get());
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(len));
    BIO_free(bio);
    return pem;
}

QString Ed25519Signer::keyId() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey(), QCryptographicHash::Sha256).left(8).toHex());
}

bool Ed25519Signer::isValidPublicKey(const QByteArray& raw)
{
    if (raw.size() != 32)
        return false;
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(raw.constData()), 32);
    EVP_PKEY_free(key);
    return key != nullptr;
}

bool Ed25519Signer::verify(const QByteArray& rawPublicKey, const QByteArray& message,
                           const QByteArray& signature)
{
    if (rawPublicKey.size() != 32 || signature.size() != 64)
        return false;
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(rawPublicKey.constData()),
        32);
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

} // namespace pishkhan::sandbox
