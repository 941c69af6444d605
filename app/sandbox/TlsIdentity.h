#pragma once

#include "core/Result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace pishkhan::sandbox {

// The server's TLS certificate and key: given as PEM files, or generated on first start into
// the data directory (ECDSA P-256, self-signed, SAN localhost / 127.0.0.1 / ::1) and reused on
// every later start so a client's pin stays valid across restarts.
class TlsIdentity
{
public:
    [[nodiscard]] static Result<TlsIdentity>
    loadOrCreate(const QString& dataDir, const QString& certPath = {}, const QString& keyPath = {});

    [[nodiscard]] const QSslCertificate& certificate() const { return m_certificate; }
    [[nodiscard]] const QSslKey& key() const { return m_key; }
    // "sha256//<base64 of SHA-256 of the DER SubjectPublicKeyInfo>", the form curl's
    // CURLOPT_PINNEDPUBLICKEY takes.
    [[nodiscard]] const QString& pin() const { return m_pin; }
    [[nodiscard]] const QString& certificatePath() const { return m_certPath; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_pin;
    QString m_certPath;
};

} // namespace pishkhan::sandbox
