#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "restore BACKUP [--replace] [--key-fd N]": puts a backup in place as the store of this data
// folder and stores its key in this PC's keychain. The recovery key is the credential: there
// may be no store (and so no account) yet on a new PC. Replacing a store that opens also
// needs one of its administrators (--user, --password-fd), as StoreRestorer decides.
class RestoreCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("restore"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
