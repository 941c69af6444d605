#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pishkhan {

// The store key in the system keychain (Secret Service on Linux, Credential Manager on
// Windows) through QtKeychain. Never writes the key anywhere else and never logs it; there is
// no insecure fallback. Jobs run synchronously on a local event loop, so a QCoreApplication
// must exist; call from the thread that owns it.
//
// Service and key name are configurable so tests and training mode use separate entries and
// can never touch the real store's key.
//
// Beside the store key, a key change (KeyRotation) keeps its new key under "<key name>.next"
// until the keychain's main entry holds it: the pending key. Its entry is the 32 key bytes
// followed by the id of the rotation, which the rotation also writes into the store before it
// re-encrypts it, so a later start can tell whether the file in place is the one that key was
// made for. An entry written by an older build is the 32 bytes alone (no rotation id).
class KeyVault
{
public:
    static constexpr int kKeySize = 32;

    struct PendingKey
    {
        QByteArray key;
        QString rotationId; // empty: an entry from before rotation ids were recorded
    };

    static QString defaultService();
    static QString defaultKeyName();

    explicit KeyVault(QString service = defaultService(), QString keyName = defaultKeyName(),
                      int timeoutMs = 20000);

    [[nodiscard]] const QString& service() const { return m_service; }
    [[nodiscard]] const QString& keyName() const { return m_keyName; }

    // nullopt = the keychain works and holds no such entry (a normal first-run answer).
    [[nodiscard]] Result<std::optional<QByteArray>> readKey() const;
    // The key of a store that exists: as readKey(), with a missing entry reported as
    // keychain.key_missing.
    [[nodiscard]] Result<QByteArray> readExistingKey() const;
    // Stores the key and reads it back, so a key is used only once it is known to persist.
    Status writeKey(const QByteArray& key);
    // Absent entries count as removed.
    Status removeKey();

    // "<key name>.next".
    [[nodiscard]] static QString pendingKeyName(const QString& keyName);
    // nullopt = no pending key (the normal answer).
    [[nodiscard]] Result<std::optional<PendingKey>> readPendingKey() const;
    // Stores the pending key with the rotation's id and reads it back.
    Status writePendingKey(const QByteArray& key, const QString& rotationId);
    // Absent entries count as removed.
    Status removePendingKey();

    // Reads the key; when there is none, generates a random 256-bit key and stores it.
    // *created tells which happened.
    [[nodiscard]] Result<QByteArray> loadOrCreateKey(bool* created = nullptr);

    // 32 bytes from OpenSSL's CSPRNG.
    [[nodiscard]] static Result<QByteArray> generateKey();

private:
    [[nodiscard]] Result<std::optional<QByteArray>> readEntry(const QString& name) const;
    Status writeEntry(const QString& name, const QByteArray& data);
    Status removeEntry(const QString& name);

    QString m_service;
    QString m_keyName;
    int m_timeoutMs;
};

} // namespace pishkhan
