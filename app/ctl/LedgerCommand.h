#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "ledger verify": re-walks the fee ledger's hash chain (and the audit trail's), then proves
// every closed day against its signed close and the municipality's acknowledgement
// (ClosedDayVerifier), and names the first entry or day that does not match. Supervisor or
// admin (Permission::ReadAudit).
class LedgerCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ledger"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
