#pragma once

#include "core/Result.h"
#include "storage/LocalStore.h"

namespace pishkhan {

class KeyVault;

// Opens the counter's store with the key from the system keychain. The key is fetched before
// the database file is touched, so with no keychain (or a locked one) the store is refused and
// no file is created; there is no plaintext fallback. A new key is generated only when there
// is no database yet: if the file exists but its key is gone, generating one would only turn
// "missing key" into "wrong key".
//
// A store the keychain's key does not open may be one a key change left half done (the file
// re-encrypted, the keychain not yet updated): InterruptedRotation finishes it when the
// pending key is proven to be that file's, and the store opens.
class StoreOpener
{
public:
    [[nodiscard]] static Result<LocalStore> open(const QString& path, KeyVault& vault);

    // Whether the store at path opens, without writing to it (LocalStore::check); an
    // interrupted key change is finished first, as open() does.
    [[nodiscard]] static Status check(const QString& path, KeyVault& vault);

    // The way past a store that fails to open (not a database, damaged, wrong or missing
    // key): renames it with its companions (LocalStore::moveAside) so a new store can be
    // created, and returns the new name. A store that opens is refused with
    // storage.move_aside_refused and left byte-for-byte as it was; so is one whose state
    // cannot be told (keychain.unavailable, storage.schema_too_new, …: that error).
    [[nodiscard]] static Result<QString> moveAsideUnreadable(const QString& path, KeyVault& vault);

    // The errors that mean "this file cannot be opened with what this counter has".
    [[nodiscard]] static bool isUnreadable(const Error& error);
};

} // namespace pishkhan
