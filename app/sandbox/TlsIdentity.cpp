#include "TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pishkhan::sandbox {

namespace {

template<typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

Error tlsError(const QString& detail)
{
    return Error(QStringLiteral("sandbox.tls"), "Cannot prepare the sandbox TLS certificate",
                 detail);
}

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Result<std::pair<QByteArray, QByteArray>> generate()
{
    PKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return tlsError(QStringLiteral("EC key generation failed"));
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    // Valid from yesterday (clock skew between processes) for ten years: a training install
    // must not stop working because a sandbox certificate ran out.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Pishkhan Desk sandbox"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    // Self-signed and used directly as its own trust anchor by the client (CA file = this
    // cert), the way `openssl req -x509` makes one.
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"))
        return tlsError(QStringLiteral("adding certificate extensions failed"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return tlsError(QStringLiteral("self-signing failed"));

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return tlsError(QStringLiteral("PEM encoding failed"));
    return std::make_pair(bioBytes(certBio.get()), bioBytes(keyBio.get()));
}

Result<QString> spkiPin(const QByteArray& certPem)
{
    BioPtr bio(BIO_new_mem_buf(certPem.constData(), static_cast<int>(certPem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return tlsError(QStringLiteral("certificate is not PEM"));
    const EVP_PKEY* pub = X509_get0_pubkey(cert.get());
    if (!pub)
        return tlsError(QStringLiteral("certificate has no public key"));
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(pub, &der);
    if (len <= 0)
        return tlsError(QStringLiteral("cannot encode the public key"));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLen = 0;
    EVP_Digest(der, static_cast<size_t>(len), digest, &digestLen, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    return QString(QStringLiteral("sha256//") +
                   QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest),
                                                  static_cast<int>(digestLen))
                                           .toBase64()));
}

Result<QByteArray> readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tlsError(path + QStringLiteral(": ") + file.errorString());
    return file.readAll();
}

Status writePrivate(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tlsError(path + QStringLiteral(": ") + file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        return tlsError(path + QStringLiteral(": ") + file.errorString());
    return {};
}

} // namespace

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString& dataDir, const QString& certPath,
                                              const QString& keyPath)
{
    QString cert = certPath;
    QString key = keyPath;
    if (cert.isEmpty() != key.isEmpty())
        return tlsError(QStringLiteral("give both --tls-cert and --tls-key, or neither"));
    if (cert.isEmpty()) {
        const QString tlsDir = dataDir + QStringLiteral("/tls");
        if (!QDir().mkpath(tlsDir))
            return tlsError(QStringLiteral("cannot create ") + tlsDir);
        cert = tlsDir + QStringLiteral("/cert.pem");
        key = tlsDir + QStringLiteral("/key.pem");
        if (!QFile::exists(cert) || !QFile::exists(key)) {
            auto pems = generate();
            if (!pems)
                return pems.error();
            if (auto s = writePrivate(key, pems->second); !s)
                return s.error();
            if (auto s = writePrivate(cert, pems->first); !s)
                return s.error();
        }
    }
    auto certPem = readAll(cert);
    if (!certPem)
        return certPem.error();
    auto keyPem = readAll(key);
    if (!keyPem)
        return keyPem.error();

    TlsIdentity identity;
    identity.m_certificate = QSslCertificate(*certPem, QSsl::Pem);
    if (identity.m_certificate.isNull())
        return tlsError(cert + QStringLiteral(": not a PEM certificate"));
    // Try the key types Qt's OpenSSL backend reads; the generated one is EC.
    for (const auto algorithm : {QSsl::Ec, QSsl::Rsa}) {
        identity.m_key = QSslKey(*keyPem, algorithm, QSsl::Pem);
        if (!identity.m_key.isNull())
            break;
    }
    if (identity.m_key.isNull())
        return tlsError(key + QStringLiteral(": not a PEM EC or RSA private key"));
    auto pin = spkiPin(*certPem);
    if (!pin)
        return pin.error();
    identity.m_pin = *pin;
    identity.m_certPath = QFileInfo(cert).absoluteFilePath();
    return identity;
}

} // namespace pishkhan::sandbox
