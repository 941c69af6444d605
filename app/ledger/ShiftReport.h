#pragma once

#include "DayReport.h"
#include "core/Money.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace pishkhan {

// An X report: one clerk's takings on the open business day so far (fees, voids, refunds, by
// payment method) and the cash their drawer should hold. Reading it changes nothing; the Z
// report is the signed day close.
struct ShiftReport
{
    QString clerkId;
    QDate businessDay;
    int counter = 0;
    qint64 asOf = 0; // UTC epoch ms
    LedgerTotals totals;
    QMap<PaymentMethod, LedgerTotals> byMethod;
    Money expectedCash;

    // The clerk's cells of a day report.
    [[nodiscard]] static ShiftReport fromDay(const DayReport& day, const QString& clerkId,
                                             qint64 asOf);
};

// A drawer counted at a shift change: recorded as an audit event only (shift_handover), so
// neither the ledger nor its chain changes.
struct ShiftHandover
{
    ShiftReport report;
    Money counted;
    qint64 auditSeq = 0;
    [[nodiscard]] Money difference() const
    {
        return Money::fromRials(counted.rials() - report.expectedCash.rials());
    }
};

} // namespace pishkhan
