#pragma once

#include "StoreInspector.h"
#include "core/Result.h"

#include <QString>

namespace pishkhan {

class KeyVault;

// Puts a backup in place as the store — typically on a new PC after the old one died — with
// the recovery key the office wrote down:
//   1. the typed key is parsed; its check groups catch a mistyped group before anything else;
//   2. the backup's manifest (when beside it) tells a key from before a rotation apart from a
//      mistyped one;
//   3. the backup is opened read-only with the key, integrity_check passes, the ledger and
//      audit chains re-walk, and its schema is one this build can open;
//   4. it is copied next to the store as "<store>.restoring" and flushed; the key is written to
//      the keychain (read back); an existing store is moved aside (never deleted) — only when
//      asked; then the copy is renamed into place;
//   5. the store is opened the normal way (LocalStore: WAL, migrations) to prove it works.
// An existing store is never replaced unless replaceExisting is set.
class StoreRestorer
{
public:
    struct Outcome
    {
        QString storePath;
        QString movedAsidePath; // the previous store, when one was replaced
        StoreInspection facts;
    };

    explicit StoreRestorer(KeyVault& vault);

    // Error codes: recovery_key.* (typing), restore.store_exists, restore.other_key (the
    // manifest says the backup was made under another key), restore.wrong_key, restore.unsound
    // (damaged or chain broken: nativeCode() = the first bad entry), restore.copy,
    // keychain.*, storage.schema_too_new.
    [[nodiscard]] Result<Outcome> restore(const QString& backupPath, const QString& typedKey,
                                          const QString& storePath, bool replaceExisting);

private:
    KeyVault& m_vault;
};

} // namespace pishkhan
