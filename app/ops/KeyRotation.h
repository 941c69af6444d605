#pragma once

#include "RecoveryKey.h"
#include "core/Result.h"

#include <QString>

namespace pishkhan {

class AuditLog;
class Database;
class KeyVault;
struct Session;

// Replaces the store key (an administrator's act, Permission::Rekey): for instance when a
// recovery key sheet was lost or seen by someone who should not have it.
//
// Order, and what a crash at each point leaves:
//   1. checkpoint the WAL and leave WAL mode — this fails while any other connection (the app)
//      has the store open, which is the point: the app would go on with the old key;
//   2. a fresh rotation id is written into the store, then the new random key is written to
//      the keychain under "<key name>.next" with that id (KeyVault::writePendingKey);
//        crash here: the store still opens with the old key; the ".next" entry is stale and is
//        removed by finishInterrupted() once the file is shown to hold its rotation id;
//   3. PRAGMA rekey re-encrypts every page in one transaction (rollback journal);
//        crash during it: the journal rolls the file back to the old key on next open;
//   4. the new key is proven by opening a second connection with it;
//   5. the keychain's main entry is replaced by the new key, ".next" removed;
//        crash between 3 and 5 — the one window — leaves a file that needs the ".next" key
//        while the main entry holds the old one: the app's start-up (StoreOpener) and
//        finishInterrupted() ("pishkhanctl rekey --finish") promote ".next" once it opens the
//        file and the file holds its rotation id. Nothing is lost, and no key is ever only in
//        memory. A ".next" whose rotation id the file in place does not hold belongs to
//        another file (the rotated one was moved away) and is never removed;
//   6. back to WAL; the event goes to the audit trail.
// Backups made before a rotation keep needing the recovery key of their time.
class KeyRotation
{
public:
    explicit KeyRotation(KeyVault& vault);

    // KeyVault::pendingKeyName.
    [[nodiscard]] static QString pendingKeyName(const QString& keyName);

    // db must be the only open connection to the store (the caller's, already keyed).
    // Error codes: auth.forbidden, rekey.store_in_use, rekey.failed, keychain.*.
    [[nodiscard]] Result<RecoveryKey> rotate(const Session& actor, Database& db, AuditLog& audit);

    // Completes or undoes a rotation a crash interrupted (InterruptedRotation). Returns true
    // when the pending key was promoted (the store needed it), false when there was nothing to
    // do, the stale pending entry was removed, or the pending key belongs to another file (then
    // kept). Error code: rekey.unrecoverable (neither key opens the store; pending key kept).
    [[nodiscard]] Result<bool> finishInterrupted(const QString& storePath);

private:
    KeyVault& m_vault;
};

} // namespace pishkhan
