#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "status": the store, the queue by state, the ledger head and the newest backup. Counts only,
// no citizen data, so it needs no login (monitoring scripts run it).
class StatusCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("status"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
