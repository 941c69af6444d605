#pragma once

#include "StoreInspector.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace pishkhan {

class KeyVault;
class StoreLock;

// Puts a backup in place as the store — typically on a new PC after the old one died — with
// the recovery key the office wrote down:
//   1. the typed key is parsed; its check groups catch a mistyped group before anything else;
//   2. the store's lock is taken: never under a running counter;
//   3. the backup's manifest (when beside it; else its file name) tells a key from before a
//      rotation apart from a mistyped one, and a training backup from a live one: neither
//      becomes the other's store;
//   4. an existing store is replaced only when asked, and — when it opens with this PC's key —
//      only for one of its administrators (user name and password): a backup must not become
//      a way around the store's own accounts;
//   5. the backup is opened read-only with the key, integrity_check passes, the ledger and
//      audit chains re-walk, and its schema is one this build can open;
//   6. it is copied next to the store as "<store>.restoring" and flushed; the current key is
//      kept under a dated keychain entry ("<key name>.replaced-<time>") before the backup's key
//      is written over it (read back); the existing store is moved aside (never deleted); then
//      the copy is renamed into place. So the store that was replaced — rekeyed since the
//      backup, with citizens served since — still opens with the key saved beside it;
//   7. the store is opened the normal way (LocalStore: WAL, migrations) to prove it works.
class StoreRestorer
{
public:
    struct Request
    {
        QString backupPath;
        QString typedKey; // the recovery key as typed
        QString storePath;
        bool replaceExisting = false;
        bool training = false; // the store restored into is the training store
        // An administrator of the store being replaced; needed when that store opens.
        QString adminUser;
        QString adminPassword;
        // The store's lock when the caller took it already; else restore() takes it.
        std::shared_ptr<StoreLock> lock;
    };

    struct Outcome
    {
        QString storePath;
        QString movedAsidePath; // the previous store, when one was replaced
        QString savedKeyName;   // the keychain entry now holding the replaced store's key
        StoreInspection facts;
    };

    explicit StoreRestorer(KeyVault& vault);

    // True when replacing the store at storePath needs an administrator's log-in: it exists
    // and this PC's keychain key opens it. Error codes: keychain.* (a keychain that cannot
    // answer is not taken for "no key").
    [[nodiscard]] Result<bool> administratorNeeded(const QString& storePath) const;

    // Error codes: recovery_key.* (typing), store.locked, restore.store_exists,
    // restore.other_key (the manifest says the backup was made under another key),
    // restore.wrong_mode (training backup into the live store or the reverse),
    // auth.* (the replaced store's administrator log-in), restore.wrong_key, restore.unsound
    // (damaged or chain broken: nativeCode() = the first bad entry), restore.copy, keychain.*,
    // storage.*.
    [[nodiscard]] Result<Outcome> restore(const Request& request);

    // "<key name>.replaced-<yyyyMMddTHHmmssZ>": where a replaced store's key is kept.
    [[nodiscard]] static QString replacedKeyName(const QString& keyName, const QDateTime& when);

private:
    Status requireAdministrator(const Request& request);

    KeyVault& m_vault;
};

} // namespace pishkhan
