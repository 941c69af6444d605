#include "DayReport.h"

namespace pishkhan {

void LedgerTotals::add(const LedgerTotals& o)
{
    // Report sums stay far below qint64's range (150,000 rials × entries); SQLite's SUM() has
    // already refused an overflow before a figure gets here.
    feeCount += o.feeCount;
    feeAmount = Money::fromRials(feeAmount.rials() + o.feeAmount.rials());
    voidCount += o.voidCount;
    voidAmount = Money::fromRials(voidAmount.rials() + o.voidAmount.rials());
    reprintCount += o.reprintCount;
    refundCount += o.refundCount;
    refundAmount = Money::fromRials(refundAmount.rials() + o.refundAmount.rials());
}

QMap<QString, LedgerTotals> DayReport::byClerk() const
{
    QMap<QString, LedgerTotals> map;
    for (const DayReportLine& l : lines)
        map[l.clerkId].add(l.totals);
    return map;
}

QMap<QString, LedgerTotals> DayReport::byService() const
{
    QMap<QString, LedgerTotals> map;
    for (const DayReportLine& l : lines)
        map[l.serviceId].add(l.totals);
    return map;
}

QMap<PaymentMethod, LedgerTotals> DayReport::byMethod() const
{
    QMap<PaymentMethod, LedgerTotals> map;
    for (const DayReportLine& l : lines)
        map[l.method].add(l.totals);
    return map;
}

QMap<QString, Money> DayReport::expectedCash() const
{
    QMap<QString, Money> map;
    for (const DayReportLine& l : lines) {
        // A cell of reprints only moved no money: no drawer to count for it.
        if (l.method != PaymentMethod::Cash ||
            (l.totals.feeCount == 0 && l.totals.voidCount == 0 && l.totals.refundCount == 0))
            continue;
        map[l.clerkId] = Money::fromRials(map[l.clerkId].rials() + l.totals.net().rials());
    }
    return map;
}

QMap<QString, LedgerTotals> RangeReport::byService() const
{
    QMap<QString, LedgerTotals> map;
    for (const MonthServiceRow& r : rows)
        map[r.serviceId].add(r.totals);
    return map;
}

LedgerTotals RangeReport::totals() const
{
    LedgerTotals t;
    for (const MonthServiceRow& r : rows)
        t.add(r.totals);
    return t;
}

} // namespace pishkhan
