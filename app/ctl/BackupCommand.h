#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "backup [--to DIR] [--keep N] [--if-due]": an encrypted, checked copy of the store with its
// manifest, while the app may keep running; then keeps the newest N. Supervisor or admin.
class BackupCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("backup"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
