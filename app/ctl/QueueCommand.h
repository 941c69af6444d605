#pragma once

#include "CtlCommand.h"

namespace pishkhan {

// "queue list [--state S] [--limit N]", "queue show ID", "queue retry ID": the outbox as the
// clerk's needs-attention screen sees it. Any logged-in account (Permission::ServeCitizen).
class QueueCommand final : public CtlCommand
{
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("queue"); }
    [[nodiscard]] QString summary() const override;
    int run(CtlContext& context, const QStringList& arguments) override;
};

} // namespace pishkhan
