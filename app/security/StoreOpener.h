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
class StoreOpener
{
public:
    [[nodiscard]] static Result<LocalStore> open(const QString& path, KeyVault& vault);
};

} // namespace pishkhan
