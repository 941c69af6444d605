#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "sync [--timeout S]": drains the queue now through the same SyncEngine the app runs, with a
// progress bar on a terminal and plain lines otherwise. Any logged-in account.
class SyncCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("sync"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
