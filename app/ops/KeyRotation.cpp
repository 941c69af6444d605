#include "KeyRotation.h"

#include "security/AuditLog.h"
#include "security/Authorizer.h"
#include "security/KeyVault.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error inUseError(const QString& detail)
{
    return Error(u"rekey.store_in_use"_s,
                 QT_TRANSLATE_NOOP("Error", "The store is open in another program (close "
                                            "Pishkhan Desk first), so its key cannot be "
                                            "changed now."),
                 detail);
}

Error failedError(const QString& detail, int native = 0)
{
    return Error(u"rekey.failed"_s,
                 QT_TRANSLATE_NOOP("Error", "The store key could not be changed; the store "
                                            "still uses its old key."),
                 detail, native);
}

bool opensWith(const QString& path, const QByteArray& key)
{
    Result<Database> db = Database::open(path, key, OpenMode::ReadOnly);
    if (!db)
        return false;
    const bool ok = db->queryText("PRAGMA quick_check").valueOr(QString()) == u"ok"_s;
    (void)db->close();
    return ok;
}

} // namespace

KeyRotation::KeyRotation(KeyVault& vault)
    : m_vault(vault)
{}

QString KeyRotation::pendingKeyName(const QString& keyName)
{
    return keyName + u".next"_s;
}

Result<RecoveryKey> KeyRotation::rotate(const Session& actor, Database& db, AuditLog& audit)
{
    if (Status allowed = Authorizer::require(actor, Permission::Rekey); !allowed)
        return allowed.error();
    const QString path = db.path();

    // 1. Out of WAL. journal_mode answers the mode it is in: still "wal" means another
    //    connection holds the store.
    Result<QString> checkpoint = db.queryText("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!checkpoint)
        return inUseError(checkpoint.error().message());
    Result<QString> mode = db.queryText("PRAGMA journal_mode = DELETE");
    if (!mode || mode->toLower() != u"delete"_s)
        return inUseError(mode ? u"journal_mode stayed "_s + *mode : mode.error().message());
    auto backToWal = [&db] { (void)db.enableWal(); };

    // 2. The new key, safe in the keychain before the file depends on it.
    Result<QByteArray> fresh = KeyVault::generateKey();
    if (!fresh) {
        backToWal();
        return fresh.error();
    }
    QByteArray newKey = *fresh;
    KeyVault pending(m_vault.service(), pendingKeyName(m_vault.keyName()));
    if (Status written = pending.writeKey(newKey); !written) {
        backToWal();
        return written.error();
    }

    // 3. Re-encrypt.
    if (Status rekeyed = db.rekey(newKey); !rekeyed) {
        (void)pending.removeKey();
        backToWal();
        return failedError(rekeyed.error().detail(), rekeyed.error().nativeCode());
    }

    // 4. Proven with a second connection before the old key is given up.
    if (!opensWith(path, newKey))
        return failedError(u"the re-encrypted store does not open with the new key; the new "
                           u"key is kept in the keychain as "_s +
                           pending.keyName());

    // 5. The keychain follows.
    if (Status promoted = m_vault.writeKey(newKey); !promoted)
        return promoted.error();
    (void)pending.removeKey();

    // 6.
    if (Status wal = db.enableWal(); !wal)
        return wal.error();
    Result<RecoveryKey> recovery = RecoveryKey::fromStoreKey(newKey);
    std::memset(newKey.data(), 0, std::size_t(newKey.size()));
    if (!recovery)
        return recovery.error();
    const QJsonObject detail{
        {u"action"_s, u"rekey"_s},
        {u"key_fingerprint"_s, RecoveryKey::fingerprint(recovery->storeKey())}};
    (void)audit.record(AuditKind::SettingsChanged, actor, u"store_key"_s,
                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return recovery;
}

Result<bool> KeyRotation::finishInterrupted(const QString& storePath)
{
    KeyVault pending(m_vault.service(), pendingKeyName(m_vault.keyName()));
    Result<std::optional<QByteArray>> next = pending.readKey();
    if (!next)
        return next.error();
    if (!*next)
        return false;
    Result<std::optional<QByteArray>> current = m_vault.readKey();
    if (!current)
        return current.error();
    if (*current && opensWith(storePath, **current)) {
        // Crash before the rekey committed: the pending key was never used.
        if (Status removed = pending.removeKey(); !removed)
            return removed.error();
        return false;
    }
    if (!opensWith(storePath, **next))
        return Error(u"rekey.unrecoverable"_s,
                     QT_TRANSLATE_NOOP("Error", "Neither the store key nor the pending new key "
                                                "opens the store; restore it from a backup."),
                     storePath);
    if (Status written = m_vault.writeKey(**next); !written)
        return written.error();
    if (Status removed = pending.removeKey(); !removed)
        return removed.error();
    return true;
}

} // namespace pishkhan
