#pragma once

#include "PaymentMethod.h"
#include "core/Money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace pishkhan {

// Counts and sums of one group of entries. Voids are counted where the void entry sits (the
// day the money went back), reprints only counted.
struct LedgerTotals
{
    qint64 feeCount = 0;
    Money feeAmount;
    qint64 voidCount = 0;
    Money voidAmount;
    qint64 reprintCount = 0;
    // Refunds, like voids, count where the refund entry sits (the day the money went back).
    qint64 refundCount = 0;
    Money refundAmount;

    [[nodiscard]] Money net() const
    {
        return Money::fromRials(feeAmount.rials() - voidAmount.rials() - refundAmount.rials());
    }
    void add(const LedgerTotals& other);
    friend bool operator==(const LedgerTotals&, const LedgerTotals&) = default;
};

// One clerk × service × payment method cell of a day.
struct DayReportLine
{
    QString clerkId;
    QString serviceId;
    PaymentMethod method = PaymentMethod::Cash;
    LedgerTotals totals;
    friend bool operator==(const DayReportLine&, const DayReportLine&) = default;
};

// A business day of one counter: the cells plus the views a supervisor reads (per clerk, per
// service, per payment method) and the entries that arrived for an already-closed day.
struct DayReport
{
    QDate day;
    int counter = 0;
    QList<DayReportLine> lines; // ordered by clerk, service, method
    LedgerTotals totals;
    QList<qint64> lateEntrySeqs;

    [[nodiscard]] QMap<QString, LedgerTotals> byClerk() const;
    [[nodiscard]] QMap<QString, LedgerTotals> byService() const;
    [[nodiscard]] QMap<PaymentMethod, LedgerTotals> byMethod() const;
    // Expected cash in each clerk's drawer: cash fees minus cash voids and cash refunds.
    [[nodiscard]] QMap<QString, Money> expectedCash() const;
    // Fees billed to organisations (payment "invoice"): legal-entity id → totals.
    QMap<QString, LedgerTotals> invoicedByOrganisation;
};

// One month (Solar Hijri) × service row of a date-range report.
struct MonthServiceRow
{
    int jalaliMonth = 0; // 140501
    QString serviceId;
    LedgerTotals totals;
};

struct RangeReport
{
    QDate from; // inclusive business days
    QDate to;
    QList<MonthServiceRow> rows; // ordered by month, then service
    [[nodiscard]] QMap<QString, LedgerTotals> byService() const;
    [[nodiscard]] LedgerTotals totals() const;
    // Fees billed to organisations over the range: legal-entity id → totals.
    QMap<QString, LedgerTotals> invoicedByOrganisation;
};

// Card payments of one terminal on the day, for matching against the terminal's batch report.
struct TerminalBatch
{
    QString terminalId;
    qint64 feeCount = 0;
    Money feeAmount;
    qint64 voidCount = 0;
    Money voidAmount;
    QStringList references;     // fees, in entry order
    QStringList voidReferences; // voided fees' references
    qint64 refundCount = 0;
    Money refundAmount;
    QStringList refundReferences; // the reversals' own references
    // What the terminal should have settled: fees − voids − refunds.
    [[nodiscard]] Money net() const
    {
        return Money::fromRials(feeAmount.rials() - voidAmount.rials() - refundAmount.rials());
    }
    friend bool operator==(const TerminalBatch&, const TerminalBatch&) = default;
};

} // namespace pishkhan
