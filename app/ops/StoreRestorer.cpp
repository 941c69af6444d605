#include "StoreRestorer.h"

#include "BackupManifest.h"
#include "DurableFile.h"
#include "RecoveryKey.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authorizer.h"
#include "security/Clock.h"
#include "security/KeyVault.h"
#include "security/StoreOpener.h"
#include "storage/Database.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/StoreLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error restoreCopyError(const QString& detail)
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

// What the backup says it is: the manifest beside it, else its file name (StoreBackup names
// training backups apart). Unknown when neither tells.
std::optional<bool> backupIsTraining(const QString& backupPath,
                                     const std::optional<BackupManifest>& manifest)
{
    if (manifest)
        return manifest->training;
    const QString name = QFileInfo(backupPath).fileName();
    if (name.startsWith(u"training-backup-"_s))
        return true;
    if (name.startsWith(u"pishkhan-backup-"_s))
        return false;
    return std::nullopt;
}

std::optional<BackupManifest> readManifest(const QString& backupPath)
{
    const QString manifestPath = backupPath.endsWith(u".db"_s) ? backupPath.chopped(3) + u".json"_s
                                                               : backupPath + u".json"_s;
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<BackupManifest> manifest = BackupManifest::fromJson(manifestFile.readAll());
    if (!manifest)
        return std::nullopt;
    return *manifest;
}

} // namespace

StoreRestorer::StoreRestorer(KeyVault& vault)
    : m_vault(vault)
{}

QString StoreRestorer::replacedKeyName(const QString& keyName, const QDateTime& when)
{
    return keyName + u".replaced-"_s + when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

Result<bool> StoreRestorer::administratorNeeded(const QString& storePath) const
{
    const QFileInfo existing(storePath);
    if (!existing.exists() || existing.size() == 0)
        return false;
    Result<std::optional<QByteArray>> key = m_vault.readKey();
    if (!key)
        return key.error();
    if (!key->has_value())
        return false; // nobody can log in to a store whose key is gone
    Result<Database> db = Database::open(storePath, **key, OpenMode::ReadWrite);
    if (db)
        return true;
    const QString& code = db.error().code();
    // Another key's, or not a database at all: there are no accounts anyone could log in to.
    if (code == u"storage.wrong_key"_s || code == u"storage.not_a_database"_s ||
        code == u"storage.corrupt"_s || code == u"storage.plaintext_database"_s)
        return false;
    return db.error();
}

Status StoreRestorer::requireAdministrator(const Request& request)
{
    Result<bool> needed = administratorNeeded(request.storePath);
    if (!needed)
        return needed.error();
    if (!*needed)
        return {};
    Result<LocalStore> store = StoreOpener::open(request.storePath, m_vault);
    if (!store)
        return store.error();
    AuditLog audit(store->database(), SystemClock::instance());
    AccountService accounts(store->database(), audit, SystemClock::instance());
    Result<Session> session = accounts.login(request.adminUser, request.adminPassword);
    if (!session)
        return session.error();
    return Authorizer::require(*session, Permission::Rekey);
}

Result<StoreRestorer::Outcome> StoreRestorer::restore(const Request& request)
{
    Result<RecoveryKey> key = RecoveryKey::parse(request.typedKey);
    if (!key)
        return key.error();

    const QString& storePath = request.storePath;
    const QFileInfo existing(storePath);
    if (!QDir().mkpath(existing.absolutePath()))
        return restoreCopyError(u"cannot create "_s + existing.absolutePath());
    std::shared_ptr<StoreLock> lock = request.lock;
    if (!lock) {
        Result<StoreLock> taken = StoreLock::acquire(storePath);
        if (!taken)
            return taken.error();
        lock = std::make_shared<StoreLock>(std::move(*taken));
    }

    const bool storeExists = existing.exists() && existing.size() > 0;
    if (storeExists && !request.replaceExisting)
        return Error(u"restore.store_exists"_s,
                     QT_TRANSLATE_NOOP("Error", "A store already exists here; it is replaced "
                                                "only when you ask for it (--replace)."),
                     storePath);
    if (!QFileInfo(request.backupPath).isFile())
        return restoreCopyError(request.backupPath + u" is not a file"_s);

    const std::optional<BackupManifest> manifest = readManifest(request.backupPath);
    if (manifest && !manifest->keyFingerprint.isEmpty() &&
        manifest->keyFingerprint != RecoveryKey::fingerprint(key->storeKey()))
        return Error(u"restore.other_key"_s,
                     QT_TRANSLATE_NOOP("Error", "This backup was made under another store "
                                                "key (before a key change); use the recovery "
                                                "key that was written down then."),
                     request.backupPath);
    // Training rows are made-up citizens and fees; live rows are real ones.
    if (const std::optional<bool> training = backupIsTraining(request.backupPath, manifest);
        training && *training != request.training)
        return Error(u"restore.wrong_mode"_s,
                     *training ? QT_TRANSLATE_NOOP("Error", "This is a training backup; it can "
                                                            "only become the training store.")
                               : QT_TRANSLATE_NOOP("Error", "This is a live backup; it cannot "
                                                            "become the training store."),
                     request.backupPath);

    if (storeExists)
        if (Status admin = requireAdministrator(request); !admin)
            return admin.error();

    Result<StoreInspection> facts = checkBackup(request.backupPath, key->storeKey());
    if (!facts)
        return facts.error();

    const QString staged = storePath + u".restoring"_s;
    QFile::remove(staged);
    if (!QFile::copy(request.backupPath, staged) || !DurableFile::syncFile(staged)) {
        QFile::remove(staged);
        return restoreCopyError(u"copying "_s + request.backupPath + u" to "_s + staged);
    }
    // The copy is what will be used: check it, not only the source.
    if (Result<StoreInspection> again = checkBackup(staged, key->storeKey()); !again) {
        QFile::remove(staged);
        return again.error();
    }

    Outcome out;
    out.storePath = storePath;
    out.facts = *facts;
    // The key in the keychain may be the only key of the store being replaced (rekeyed since
    // the backup was made): it is kept under its own dated entry before anything is
    // overwritten.
    Result<std::optional<QByteArray>> current = m_vault.readKey();
    if (!current) {
        QFile::remove(staged);
        return current.error();
    }
    if (current->has_value() && **current != key->storeKey()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString name = replacedKeyName(m_vault.keyName(), now);
        for (int n = 2;; ++n) {
            Result<std::optional<QByteArray>> taken = KeyVault(m_vault.service(), name).readKey();
            if (!taken) {
                QFile::remove(staged);
                return taken.error();
            }
            if (!taken->has_value())
                break;
            name = replacedKeyName(m_vault.keyName(), now) + u'-' + QString::number(n);
        }
        KeyVault saved(m_vault.service(), name);
        if (Status written = saved.writeKey(**current); !written) {
            QFile::remove(staged);
            return written.error();
        }
        out.savedKeyName = name;
    }

    // The key before the file: if we stop between the two, the keychain holds a key for a
    // store not yet in place (the next restore simply runs again), never a store without key.
    if (Status written = m_vault.writeKey(key->storeKey()); !written) {
        QFile::remove(staged);
        return written.error();
    }

    if (storeExists) {
        Result<QString> moved = LocalStore::moveAside(storePath);
        if (!moved) {
            QFile::remove(staged);
            return moved.error();
        }
        out.movedAsidePath = *moved;
    }
    if (!QFile::rename(staged, storePath) || !DurableFile::syncFolder(existing.absolutePath()))
        return restoreCopyError(u"renaming "_s + staged + u" to "_s + storePath);

    Result<LocalStore> opened = LocalStore::open(storePath, key->storeKey());
    if (!opened)
        return opened.error();
    return out;
}

} // namespace pishkhan
