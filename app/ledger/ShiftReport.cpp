#include "ShiftReport.h"

namespace pishkhan {

ShiftReport ShiftReport::fromDay(const DayReport& day, const QString& clerkId, qint64 asOf)
{
    ShiftReport r;
    r.clerkId = clerkId;
    r.businessDay = day.day;
    r.counter = day.counter;
    r.asOf = asOf;
    for (const DayReportLine& l : day.lines) {
        if (l.clerkId != clerkId)
            continue;
        r.totals.add(l.totals);
        r.byMethod[l.method].add(l.totals);
    }
    r.expectedCash = day.expectedCash().value(clerkId);
    return r;
}

} // namespace pishkhan
