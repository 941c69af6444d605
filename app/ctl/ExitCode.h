#pragma once

#include <QString>

namespace pishkhan {

class Error;

// pishkhanctl's exit codes: documented in `pishkhanctl --help` and docs/operations.md, and
// stable, because scripts branch on them.
enum class ExitCode : int {
    Ok = 0,          // done
    CheckFailed = 1, // a check found a problem: broken ledger chain, damaged store, rows refused
    Usage = 2,       // bad command line
    Keychain = 3,    // keychain missing, locked, or has lost the store key
    Store = 4,       // the store cannot be opened (wrong key, damaged, newer schema, disk)
    Denied = 5,      // wrong user or password, account locked or disabled, or the role may not
    Failed = 6,      // the operation failed (disk, folder, store in use, backend unreachable)
    RecoveryKey = 7, // the recovery key is mistyped or does not open the backup
};

// Which exit code an error means (by its code() prefix), and the table for --help.
class ExitCodes
{
public:
    ExitCodes() = delete;
    [[nodiscard]] static ExitCode forError(const Error& error);
    [[nodiscard]] static QString helpTable();
};

} // namespace pishkhan
