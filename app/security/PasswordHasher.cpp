#include "PasswordHasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QStringList>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const QString kScheme = u"pbkdf2-sha256"_s;

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString& stored, Parsed* out)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < PasswordHasher::kMinimumIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != PasswordHasher::kKeySize)
        return false;
    *out = Parsed{iterations, salt.decoded, key.decoded};
    return true;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(qMax(iterations, kMinimumIterations))
{}

QByteArray PasswordHasher::derive(const QByteArray& password, const QByteArray& salt,
                                  int iterations, int keySize)
{
    QByteArray out(keySize, '\0');
    const int rc = PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     int(salt.size()), iterations, EVP_sha256(), keySize,
                                     reinterpret_cast<unsigned char*>(out.data()));
    if (rc != 1)
        return {};
    return out;
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    QByteArray salt(kSaltSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltSize) != 1)
        return Error(u"auth.no_randomness"_s,
                     QT_TRANSLATE_NOOP("Error", "The system could not generate secure random "
                                                "data."),
                     u"RAND_bytes failed for a password salt"_s);
    QByteArray utf8 = password.toUtf8();
    const QByteArray key = derive(utf8, salt, m_iterations);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (key.size() != kKeySize)
        return Error(u"auth.kdf_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The password could not be processed."),
                     u"PKCS5_PBKDF2_HMAC failed"_s);
    return QString(kScheme + u'$' + QString::number(m_iterations) + u'$' +
                   QString::fromLatin1(salt.toBase64()) + u'$' +
                   QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    Parsed p;
    if (!parse(stored, &p))
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray key = derive(utf8, p.salt, p.iterations);
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (key.size() != kKeySize)
        return false;
    return CRYPTO_memcmp(key.constData(), p.key.constData(), size_t(kKeySize)) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    Parsed p;
    return !parse(stored, &p) || p.iterations < m_iterations;
}

} // namespace pishkhan
