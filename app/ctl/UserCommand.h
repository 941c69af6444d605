#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "user" (admin): the office's accounts from the command line — list, add, reset-password,
// unlock, disable, enable, set-role. Every rule (usernames, password policy, the last
// administrator, no disabling oneself) is AccountService's; changes reach the office's other
// counters at the next sync like those made on the staff screen.
class UserCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("user"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
