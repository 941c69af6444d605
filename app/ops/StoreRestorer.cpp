#include "StoreRestorer.h"

#include "BackupManifest.h"
#include "DurableFile.h"
#include "RecoveryKey.h"
#include "security/KeyVault.h"
#include "storage/Database.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error copyError(const QString& detail)
{
    return Error(u"restore.copy"_s,
                 QT_TRANSLATE_NOOP("Error", "The backup could not be copied into place; check "
                                            "the disk and its free space."),
                 detail);
}

// Everything read-only about the backup: key, integrity, chains, schema.
Result<StoreInspection> checkBackup(const QString& backupPath, const QByteArray& key)
{
    Result<Database> db = Database::open(backupPath, key, OpenMode::ReadOnly);
    if (!db) {
        if (db.error().code() == u"storage.wrong_key"_s)
            return Error(u"restore.wrong_key"_s,
                         QT_TRANSLATE_NOOP("Error", "This recovery key does not open the backup. "
                                                    "It checks as typed, so it belongs to "
                                                    "another store or an earlier key."),
                         backupPath);
        return db.error();
    }
    Result<StoreInspection> facts = StoreInspector::inspect(*db);
    (void)db->close();
    QFile::remove(backupPath + u"-shm"_s); // a read-only WAL probe may leave an empty one
    if (QFileInfo(backupPath + u"-wal"_s).size() == 0)
        QFile::remove(backupPath + u"-wal"_s);
    if (!facts)
        return facts.error();
    if (Status sound = facts->problem(backupPath); !sound)
        return Error(u"restore.unsound"_s,
                     QT_TRANSLATE_NOOP("Error", "The backup is damaged or its records were "
                                                "altered; it is not restored."),
                     sound.error().code() + u": "_s + sound.error().detail(),
                     sound.error().nativeCode());
    if (Status supported = SchemaMigrator::checkSupported(facts->schemaVersion, backupPath);
        !supported)
        return supported.error();
    return facts;
}

} // namespace

StoreRestorer::StoreRestorer(KeyVault& vault)
    : m_vault(vault)
{}

Result<StoreRestorer::Outcome> StoreRestorer::restore(const QString& backupPath,
                                                      const QString& typedKey,
                                                      const QString& storePath,
                                                      bool replaceExisting)
{
    Result<RecoveryKey> key = RecoveryKey::parse(typedKey);
    if (!key)
        return key.error();

    const QFileInfo existing(storePath);
    const bool storeExists = existing.exists() && existing.size() > 0;
    if (storeExists && !replaceExisting)
        return Error(u"restore.store_exists"_s,
                     QT_TRANSLATE_NOOP("Error", "A store already exists here; it is replaced "
                                                "only when you ask for it (--replace)."),
                     storePath);
    if (!QFileInfo(backupPath).isFile())
        return copyError(backupPath + u" is not a file"_s);

    const QString manifestPath = backupPath.endsWith(u".db"_s) ? backupPath.chopped(3) + u".json"_s
                                                               : backupPath + u".json"_s;
    QFile manifestFile(manifestPath);
    if (manifestFile.open(QIODevice::ReadOnly)) {
        Result<BackupManifest> manifest = BackupManifest::fromJson(manifestFile.readAll());
        if (manifest && !manifest->keyFingerprint.isEmpty() &&
            manifest->keyFingerprint != RecoveryKey::fingerprint(key->storeKey()))
            return Error(u"restore.other_key"_s,
                         QT_TRANSLATE_NOOP("Error", "This backup was made under another store "
                                                    "key (before a key change); use the recovery "
                                                    "key that was written down then."),
                         backupPath);
    }

    Result<StoreInspection> facts = checkBackup(backupPath, key->storeKey());
    if (!facts)
        return facts.error();

    if (!QDir().mkpath(existing.absolutePath()))
        return copyError(u"cannot create "_s + existing.absolutePath());
    const QString staged = storePath + u".restoring"_s;
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged) || !DurableFile::syncFile(staged)) {
        QFile::remove(staged);
        return copyError(u"copying "_s + backupPath + u" to "_s + staged);
    }
    // The copy is what will be used: check it, not only the source.
    if (Result<StoreInspection> again = checkBackup(staged, key->storeKey()); !again) {
        QFile::remove(staged);
        return again.error();
    }

    // The key before the file: if we stop between the two, the keychain holds a key for a
    // store not yet in place (the next restore simply runs again), never a store without key.
    if (Status written = m_vault.writeKey(key->storeKey()); !written) {
        QFile::remove(staged);
        return written.error();
    }

    Outcome out;
    out.storePath = storePath;
    out.facts = *facts;
    if (storeExists) {
        Result<QString> moved = LocalStore::moveAside(storePath);
        if (!moved) {
            QFile::remove(staged);
            return moved.error();
        }
        out.movedAsidePath = *moved;
    }
    if (!QFile::rename(staged, storePath) || !DurableFile::syncFolder(existing.absolutePath()))
        return copyError(u"renaming "_s + staged + u" to "_s + storePath);

    Result<LocalStore> opened = LocalStore::open(storePath, key->storeKey());
    if (!opened)
        return opened.error();
    return out;
}

} // namespace pishkhan
