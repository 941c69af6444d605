#pragma once

#include "core/Error.h"
#include "ledger/DayReport.h"

#include <QJsonObject>
#include <QJsonValue>

namespace pishkhan {

// Reading the office-wide day and month answers (§4 of docs/api.md): the totals objects both
// share and the one error an answer that breaks the contract gives.
class OfficeTotalsJson
{
public:
    OfficeTotalsJson() = delete;

    // office_view.malformed, with the API codec's sentence (already translated).
    [[nodiscard]] static Error malformed(const QString& detail);
    // A non-negative JSON integer (rials fit in a double exactly up to 2^53).
    [[nodiscard]] static bool nonNegativeInteger(const QJsonValue& v, qint64& out);
    // LedgerTotals from a close document's totals object or line (DayCloseDocument's shape);
    // reprint_count is optional.
    [[nodiscard]] static bool totals(const QJsonObject& o, LedgerTotals& t);
};

} // namespace pishkhan
