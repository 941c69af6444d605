#pragma once

#include "DayReport.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QString>

namespace pishkhan {

// What the supervisor types from a card terminal's batch (settlement) report at the close.
struct SettlementInput
{
    QString total; // toman, Persian or ASCII digits, separators allowed
    QString count; // transactions, Persian or ASCII digits
};

// One card terminal at the close: the ledger's figures against the terminal's own settlement.
// The ledger's amount is fees − voids − refunds on that terminal, its count the card fees not
// voided (a refund is a separate reversal on the terminal, so it moves money, not the count).
struct TerminalSettlement
{
    QString terminalId;
    qint64 ledgerCount = 0;
    Money ledgerAmount;
    qint64 settledCount = 0;
    Money settledAmount;

    // settled − ledger: positive when the terminal settled more than the ledger holds.
    [[nodiscard]] Money difference() const
    {
        return Money::fromRials(settledAmount.rials() - ledgerAmount.rials());
    }
    [[nodiscard]] qint64 countDifference() const { return settledCount - ledgerCount; }

    // The settlement of one terminal from what was typed, against the day's batch of that
    // terminal (an empty batch when the ledger has nothing on it). Error codes:
    // close.card_terminal_invalid, close.card_total_invalid, close.card_count_invalid.
    [[nodiscard]] static Result<TerminalSettlement>
    compute(const QString& terminalId, const TerminalBatch& batch, const SettlementInput& input);

    friend bool operator==(const TerminalSettlement&, const TerminalSettlement&) = default;
};

} // namespace pishkhan
