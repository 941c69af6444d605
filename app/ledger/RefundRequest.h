#pragma once

#include <QString>

namespace pishkhan {

// What a supervisor enters to refund a fee whose request the municipality rejected after
// accepting it, or that was cancelled. The refund goes back the way the fee came: cash out of
// the clerk's drawer, or a reversal on the fee's card terminal whose slip carries its own
// reference number.
struct RefundRequest
{
    qint64 feeSeq = 0;
    QString reason;
    // Toman as typed (Persian or ASCII digits, separators allowed); empty = the whole fee.
    QString amount;
    // Card fees only: the reversal's 6-digit trace or 12-digit reference number.
    QString reversalReference;
};

} // namespace pishkhan
