#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "submit --batch FILE.csv [--result OUT.csv]": queues a CSV of requests (see BatchSubmitter
// for the columns), each with its fee in the ledger, idempotently. Any logged-in account
// (Permission::ServeCitizen): the fees are recorded under that clerk.
class SubmitCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("submit"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
