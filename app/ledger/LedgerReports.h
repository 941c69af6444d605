#pragma once

#include "DayReport.h"
#include "core/Result.h"

namespace pishkhan {

class Database;

// The report queries, straight from ledger_entry with GROUP BY over the covering index
// ledger_entry_report (business_day, counter_no, clerk_id, service_id, payment_method, kind,
// jalali_month, amount_rials, late): a day touches only that day's index entries, a month
// about 1/12 of a year's, and no table row is read. No permission check here: LedgerService
// checks the role before calling.
class LedgerReports
{
public:
    explicit LedgerReports(Database& db);

    // The report statements, public so the benchmark runs the very same SQL on plain SQLite.
    static const char* const kDaySql;   // ?1 business day, ?2 counter
    static const char* const kRangeSql; // ?1 from, ?2 to (business days), ?3 counter

    [[nodiscard]] Result<DayReport> day(int counter, QDate day);
    // Counts and sums per Solar Hijri month and service over [from, to] (business days).
    [[nodiscard]] Result<RangeReport> range(int counter, QDate from, QDate to);
    // Card entries of the day grouped by terminal, with their reference numbers.
    [[nodiscard]] Result<QList<TerminalBatch>> terminalBatches(int counter, QDate day);
    // Fees billed to organisations over [from, to], per legal-entity id.
    [[nodiscard]] Result<QMap<QString, LedgerTotals>> invoicedByOrganisation(int counter,
                                                                             QDate from, QDate to);

private:
    Database& m_db;
};

} // namespace pishkhan
