#pragma once

#include "FaultInjector.h"

#include "core/Result.h"

#include <QJsonArray>
#include <QObject>
#include <QString>

#include <memory>

namespace pishkhan::sandbox {

struct SandboxOptions
{
    QString dataDir;
    quint16 port = 0;    // 0 = any free port
    QString tlsCertPath; // both empty = generate into <dataDir>/tls on first start
    QString tlsKeyPath;
    double timeScale = 1.0;
    FaultSettings faults;
    qint64 maxBodyBytes = 256 * 1024;
    bool logRequests = false;
    // Required as the X-Admin-Token header of every /admin call; empty = a random one is
    // made at start (SandboxEndpoint::adminToken).
    QString adminToken;
    // Training mode inside the counter: the one-time texts (full mobile numbers) are kept in
    // an SQLCipher file under this 32-byte key instead of a plain sms.log. Empty = sms.log.
    QByteArray smsKey;
};

struct SandboxEndpoint
{
    quint16 port = 0;
    QString url;             // https://127.0.0.1:PORT
    QString pin;             // sha256//base64 of the SPKI
    QString certificatePath; // the PEM a client can use as its CA file
    QString smsLogPath;      // empty when the texts are kept encrypted (smsKey)
    QString adminToken;      // the X-Admin-Token header the /admin endpoints require
};

// The reference municipal backend in one object: the desktop app's training mode and the
// pishkhan-sandbox executable both run it. Listens on loopback only, over TLS.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    [[nodiscard]] Result<SandboxEndpoint> start(const SandboxOptions& options);
    [[nodiscard]] Result<SandboxEndpoint> start(quint16 port, const QString& dataDir);
    [[nodiscard]] bool isRunning() const;

    // For training mode: an activation code for one of the sample offices (IF-1001 ...).
    [[nodiscard]] Result<QString> issueActivationCode(const QString& officeCode);
    // The texts "sent" so far, newest last (what the SMS log holds; see SmsLog).
    [[nodiscard]] QJsonArray smsMessages(int limit) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pishkhan::sandbox
