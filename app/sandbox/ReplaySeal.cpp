#include "ReplaySeal.h"

#include "core/SecureBytes.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <openssl/evp.h>

#include <memory>

namespace pishkhan::sandbox {

namespace {

constexpr char kMagic[] = "RS1";
constexpr qsizetype kMagicSize = 3;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

auto bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

QByteArray ReplaySeal::keyFor(const ApiRequest& request)
{
    return keyFor(request, request.body);
}

QByteArray ReplaySeal::keyFor(const ApiRequest& request, const QByteArray& identity)
{
    // The bearer token is the HMAC key, so a replay key is out of reach without it; requests
    // without one (activation) rest on their one-time activation code in the body.
    QByteArray material = QByteArrayLiteral("pishkhan-sandbox replay v1\n") + request.method + ' ' +
                          request.path.toUtf8() + '\n' + request.header("idempotency-key") + '\n' +
                          identity;
    QByteArray key = QMessageAuthenticationCode::hash(material, request.header("authorization"),
                                                      QCryptographicHash::Sha256);
    SecureBytes::wipe(material);
    return key;
}

bool ReplaySeal::isSealed(const QByteArray& b)
{
    return b.startsWith(kMagic) && b.size() >= kMagicSize + kNonceSize + kTagSize;
}

QByteArray ReplaySeal::seal(const QByteArray& key, const QByteArray& plain)
{
    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());
    QByteArray out = QByteArray(kMagic, kMagicSize) + nonce;
    const qsizetype head = out.size();
    out.resize(head + plain.size() + kTagSize);
    auto* cipher = reinterpret_cast<unsigned char*>(out.data() + head);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int final = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), cipher, &written, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), cipher + written, &final) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipher + written + final) !=
            1)
        return {}; // never stored: an empty answer cannot be replayed, so nothing leaks
    return out;
}

std::optional<QByteArray> ReplaySeal::open(const QByteArray& key, const QByteArray& sealed)
{
    if (!isSealed(sealed))
        return std::nullopt;
    const QByteArray nonce = sealed.mid(kMagicSize, kNonceSize);
    const qsizetype cipherSize = sealed.size() - kMagicSize - kNonceSize - kTagSize;
    const auto* cipher = bytes(sealed) + kMagicSize + kNonceSize;
    QByteArray tag = sealed.right(kTagSize);
    QByteArray plain(cipherSize, Qt::Uninitialized);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int final = 0;
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &written,
                          cipher, int(cipherSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + written,
                            &final) != 1)
        return std::nullopt;
    plain.resize(written + final);
    return plain;
}

} // namespace pishkhan::sandbox
