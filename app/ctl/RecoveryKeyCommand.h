#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "recovery-key show" (admin): the current store key as a recovery key, to write down;
// "recovery-key check [--key-fd N]": parse a typed key (check groups) against this store's.
class RecoveryKeyCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("recovery-key"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
