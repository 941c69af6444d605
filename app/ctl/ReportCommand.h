#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "report day [DATE]", "report range FROM TO": the ledger reports as CSV (to a file or stdout)
// or PDF (to a file), through app/ledger's ReportExporter. Supervisor or admin.
class ReportCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("report"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
