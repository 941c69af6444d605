#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QString>

namespace QKeychain {
class Job;
}

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

    // A keychain job runs on the event loop: without an application there is none, and the
    // job would never finish. keychain.unavailable then, before a job is made.
    [[nodiscard]] static Status requireApplication();
    // The log detail of a failed job: what was being done, QtKeychain's text and error number.
    [[nodiscard]] static QString describe(const QString& what, const QKeychain::Job& job);
};

} // namespace pishkhan
