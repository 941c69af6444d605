#include "KeyRotation.h"

#include "security/AuditLog.h"
#include "security/Authorizer.h"
#include "security/InterruptedRotation.h"
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
    return db->close() && ok;
}

} // namespace

KeyRotation::KeyRotation(KeyVault& vault)
    : m_vault(vault)
{}

QString KeyRotation::pendingKeyName(const QString& keyName)
{
    return KeyVault::pendingKeyName(keyName);
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

    // 2. The new key, safe in the keychain before the file depends on it, with the id of this
    //    rotation, written into the store first: a later start tells by it whether the file
    //    in place is the one this pending key was made for (InterruptedRotation).
    Result<QByteArray> fresh = KeyVault::generateKey();
    if (!fresh) {
        backToWal();
        return fresh.error();
    }
    QByteArray newKey = *fresh;
    Result<QString> rotationId = InterruptedRotation::markStore(db);
    if (!rotationId) {
        backToWal();
        return failedError(rotationId.error().detail(), rotationId.error().nativeCode());
    }
    if (Status written = m_vault.writePendingKey(newKey, *rotationId); !written) {
        backToWal();
        return written.error();
    }

    // 3. Re-encrypt.
    if (Status rekeyed = db.rekey(newKey); !rekeyed) {
        QString detail = rekeyed.error().detail();
        if (Status removed = m_vault.removePendingKey(); !removed)
            detail += u"; the unused new key stays in the keychain: "_s + removed.error().message();
        backToWal();
        return failedError(detail, rekeyed.error().nativeCode());
    }

    // 4. Proven with a second connection before the old key is given up.
    if (!opensWith(path, newKey))
        return failedError(u"the re-encrypted store does not open with the new key; the new "
                           u"key is kept in the keychain as "_s +
                           pendingKeyName(m_vault.keyName()));

    // 5. The keychain follows.
    if (Status promoted = m_vault.writeKey(newKey); !promoted)
        return promoted.error();
    if (Status removed = m_vault.removePendingKey(); !removed)
        return removed.error();

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
    Result<InterruptedRotation::Outcome> finished = InterruptedRotation::finish(storePath, m_vault);
    if (!finished)
        return finished.error();
    switch (*finished) {
    case InterruptedRotation::Outcome::Promoted:
        return true;
    case InterruptedRotation::Outcome::NothingPending:
    case InterruptedRotation::Outcome::StaleRemoved:
    case InterruptedRotation::Outcome::OtherFile:
        return false;
    case InterruptedRotation::Outcome::NeitherOpens:
        break;
    }
    return Error(u"rekey.unrecoverable"_s,
                 QT_TRANSLATE_NOOP("Error", "Neither the store key nor the pending new key "
                                            "opens the store; restore it from a backup."),
                 storePath + u" (the pending key is kept: it may belong to a store that was "
                             u"moved away)"_s);
}

} // namespace pishkhan
