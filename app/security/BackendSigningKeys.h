#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pishkhan {

class AuditLog;
class Database;

// The municipality's day-close signing keys this counter trusts (docs/api.md §4.2), kept in the
// store's settings table under "backend.signing_keys" as a JSON object {key_id: base64 of the
// raw 32-byte Ed25519 public key}. Recorded once, at activation (or once for a counter activated
// before keys were recorded, or when the backend rotates its key), each time with an audit
// event, and read from here on every start and by `pishkhanctl ledger verify`: a key fetched
// afresh on every start would let whoever answers that one call decide which acknowledgements
// look genuine. Kept through a deactivation: old acknowledgements still need them.
class BackendSigningKeys
{
public:
    static inline const char kSettingKey[] = "backend.signing_keys";
    static constexpr int kKeySize = 32;

    BackendSigningKeys(Database& db, AuditLog& audit);

    // docs/api.md §4.2: hex of the first 8 bytes of SHA-256 of the raw key.
    [[nodiscard]] static QString keyIdOf(const QByteArray& rawKey);

    // Every recorded key by key id; empty when none was recorded.
    [[nodiscard]] Result<QHash<QString, QByteArray>> all();

    // Records a key with a "settings_changed" audit event naming its key id and how it came
    // (`how`: "activation", "first start after update", "rotation"), in one transaction.
    // Returns false when that key was already recorded (nothing written). Error code:
    // device.server_key_invalid (not 32 bytes, or keyId is not its key id).
    [[nodiscard]] Result<bool> record(const QByteArray& rawKey, const QString& keyId,
                                      const QString& how, qint64 actorId = 0,
                                      const QString& actorName = {});

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace pishkhan
