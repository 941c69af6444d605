#pragma once

#include "core/Error.h"

#include <QString>

namespace pishkhan {

// The errors of the system keychain, each code with its one sentence, for every caller that
// reads or writes a keychain entry (the key vault, the secret store, the store opener, the
// counter's runtime and pishkhanctl).
class KeychainErrors
{
public:
    // keychain.unavailable: no Secret Service, a locked keyring, or a job that timed out.
    [[nodiscard]] static Error unavailable(const QString& detail);
    // keychain.key_missing: the store exists but the keychain has no key for it.
    [[nodiscard]] static Error keyMissing(const QString& detail = {});
    // keychain.bad_key: the entry holds something that is not a 32-byte store key.
    [[nodiscard]] static Error badKey(const QString& detail);
};

} // namespace pishkhan
