#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pishkhan {

// Named binary secrets in the system keychain (Secret Service / Credential Manager) through
// QtKeychain: the device's private key and its bearer token. Like KeyVault, there is no
// insecure fallback and nothing is ever written elsewhere or logged. Jobs run synchronously
// on a local event loop: a QCoreApplication must exist; call from its thread.
//
// The service name is configurable so tests and training mode never touch the real entries.
class SecretStore
{
public:
    static QString defaultService();

    explicit SecretStore(QString service = defaultService(), int timeoutMs = 20000);

    [[nodiscard]] const QString& service() const { return m_service; }

    // nullopt = the keychain works and holds no such entry (a normal answer, not an error).
    [[nodiscard]] Result<std::optional<QByteArray>> read(const QString& name) const;
    // Stores and reads back, so a secret is relied on only once it is known to persist.
    Status write(const QString& name, const QByteArray& secret);
    // Absent entries count as removed.
    Status remove(const QString& name);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace pishkhan
