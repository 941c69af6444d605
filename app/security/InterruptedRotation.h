#pragma once

#include "core/Result.h"

#include <QString>

namespace pishkhan {

class Database;
class KeyVault;

// What a start-up does about a key change (KeyRotation) that a crash interrupted, and how it
// tells whether the pending key ("<key name>.next") belongs to the file in place.
//
// A rotation writes a fresh rotation id into the store (under the old key, before PRAGMA
// rekey) and keeps the same id with the pending key in the keychain. The file in place is
// that rotation's file only when it holds that id: a store moved aside, restored or created
// since then holds another id or none. So:
//   - the pending key opens the file and the ids match: the crash came between the rekey and
//     the keychain update; the pending key becomes the store key and its entry is removed;
//   - the store key opens the file and the ids match: the crash came before the rekey; the
//     pending key was never used and its entry is removed;
//   - anything else: the pending key is someone else's (perhaps the only key of a store that
//     was moved away); it is neither promoted nor removed.
// A pending entry from an older build carries no id: it is promoted when it opens the file
// (only the file it re-encrypted opens with it) and otherwise kept.
class InterruptedRotation
{
public:
    enum class Outcome {
        NothingPending, // no pending key in the keychain
        Promoted,       // the file needed the pending key; it is now the store key
        StaleRemoved,   // the rotation stopped before the rekey; its pending key was dropped
        OtherFile,      // the file is not the rotation's: pending key kept
        NeitherOpens,   // neither key opens the file: pending key kept
    };

    // The settings row that holds the id of the rotation that last began on the store.
    static const char* const kSettingKey;

    // Records a fresh rotation id in the store (settings table) and returns it; the rotation
    // keeps it with its pending key.
    [[nodiscard]] static Result<QString> markStore(Database& db);

    // Settles a pending key left by a crash against the store at storePath (read-only: the
    // file is never written). Error codes: keychain.*.
    [[nodiscard]] static Result<Outcome> finish(const QString& storePath, KeyVault& vault);
};

} // namespace pishkhan
