#include "ExitCode.h"

#include "core/Error.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

ExitCode ExitCodes::forError(const Error& error)
{
    const QString& code = error.code();
    if (code.startsWith(u"keychain."_s))
        return ExitCode::Keychain;
    if (code.startsWith(u"auth."_s))
        return ExitCode::Denied;
    if (code.startsWith(u"recovery_key."_s) || code == u"restore.wrong_key"_s ||
        code == u"restore.other_key"_s)
        return ExitCode::RecoveryKey;
    if (code == u"chain.broken"_s || code == u"restore.unsound"_s || code == u"backup.unsound"_s)
        return ExitCode::CheckFailed;
    if (code.startsWith(u"usage."_s))
        return ExitCode::Usage;
    if (code.startsWith(u"storage."_s))
        return ExitCode::Store;
    return ExitCode::Failed;
}

QString ExitCodes::helpTable()
{
    return u"Exit codes:\n"
           u"  0  done\n"
           u"  1  a check found a problem (ledger chain broken, store damaged, batch rows "
           u"refused)\n"
           u"  2  bad command line\n"
           u"  3  the system keychain is missing, locked, or has lost the store key\n"
           u"  4  the store cannot be opened (wrong key, damaged file, newer schema, disk)\n"
           u"  5  wrong user or password, account locked or disabled, or the role may not do "
           u"this\n"
           u"  6  the operation failed (disk or folder, store in use, backend unreachable)\n"
           u"  7  the recovery key is mistyped or does not open the backup\n"_s;
}

} // namespace pishkhan
