#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "rekey" (admin): replaces the store key and prints the new recovery key;
// "rekey --finish": completes a rotation a crash interrupted.
class RekeyCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("rekey"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
