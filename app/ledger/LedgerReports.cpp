#include "LedgerReports.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

void addKind(LedgerTotals& t, const QString& kind, qint64 count, qint64 sum)
{
    if (kind == u"fee") {
        t.feeCount += count;
        t.feeAmount = Money::fromRials(t.feeAmount.rials() + sum);
    } else if (kind == u"void") {
        t.voidCount += count;
        t.voidAmount = Money::fromRials(t.voidAmount.rials() + sum);
    } else if (kind == u"refund") {
        t.refundCount += count;
        t.refundAmount = Money::fromRials(t.refundAmount.rials() + sum);
    } else {
        t.reprintCount += count;
    }
}

} // namespace

const char* const LedgerReports::kDaySql =
    "SELECT clerk_id, service_id, payment_method, kind, COUNT(*), SUM(amount_rials), SUM(late) "
    "FROM ledger_entry WHERE business_day = ?1 AND counter_no = ?2 "
    "GROUP BY clerk_id, service_id, payment_method, kind "
    "ORDER BY clerk_id, service_id, payment_method, kind";

const char* const LedgerReports::kRangeSql =
    "SELECT jalali_month, service_id, kind, COUNT(*), SUM(amount_rials) FROM ledger_entry "
    "WHERE business_day BETWEEN ?1 AND ?2 AND counter_no = ?3 "
    "GROUP BY jalali_month, service_id, kind ORDER BY jalali_month, service_id, kind";

LedgerReports::LedgerReports(Database& db)
    : m_db(db)
{}

Result<DayReport> LedgerReports::day(int counter, QDate day)
{
    DayReport report;
    report.day = day;
    report.counter = counter;
    auto stmt = m_db.prepare(kDaySql);
    if (!stmt)
        return stmt.error();
    const QString iso = day.toString(Qt::ISODate);
    if (Status s = stmt->bindAll({iso, counter}); !s)
        return s.error();
    qint64 late = 0;
    if (Status s = stmt->forEachRow([&](const Row& row) {
            const QString clerk = row.text(0);
            const QString service = row.text(1);
            const PaymentMethod method =
                paymentMethodFromString(row.text(2)).value_or(PaymentMethod::Cash);
            // Rows arrive grouped by (clerk, service, method), so the kinds of a cell are
            // adjacent.
            if (report.lines.isEmpty() || report.lines.last().clerkId != clerk ||
                report.lines.last().serviceId != service || report.lines.last().method != method)
                report.lines.append(DayReportLine{clerk, service, method, {}});
            LedgerTotals cell;
            addKind(cell, row.text(3), row.int64(4), row.int64(5));
            report.lines.last().totals.add(cell);
            report.totals.add(cell);
            late += row.int64(6);
        });
        !s)
        return s.error();
    if (late > 0) {
        // Rare (a clock set back, a crash across midnight): only then read the rows.
        auto lateRows = m_db.prepare("SELECT seq FROM ledger_entry WHERE business_day = ?1 AND "
                                     "counter_no = ?2 AND late = 1 ORDER BY seq");
        if (!lateRows)
            return lateRows.error();
        if (Status s = lateRows->bindAll({iso, counter}); !s)
            return s.error();
        Result<QList<qint64>> seqs = lateRows->collect([](const Row& row) { return row.int64(0); });
        if (!seqs)
            return seqs.error();
        report.lateEntrySeqs << *seqs;
    }
    Result<QMap<QString, LedgerTotals>> invoiced = invoicedByOrganisation(counter, day, day);
    if (!invoiced)
        return invoiced.error();
    report.invoicedByOrganisation = *invoiced;
    return report;
}

Result<RangeReport> LedgerReports::range(int counter, QDate from, QDate to)
{
    RangeReport report;
    report.from = from;
    report.to = to;
    auto stmt = m_db.prepare(kRangeSql);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({from.toString(Qt::ISODate), to.toString(Qt::ISODate), counter});
        !s)
        return s.error();
    if (Status s = stmt->forEachRow([&report](const Row& row) {
            const int month = int(row.int64(0));
            const QString service = row.text(1);
            if (report.rows.isEmpty() || report.rows.last().jalaliMonth != month ||
                report.rows.last().serviceId != service)
                report.rows.append(MonthServiceRow{month, service, {}});
            addKind(report.rows.last().totals, row.text(2), row.int64(3), row.int64(4));
        });
        !s)
        return s.error();
    Result<QMap<QString, LedgerTotals>> invoiced = invoicedByOrganisation(counter, from, to);
    if (!invoiced)
        return invoiced.error();
    report.invoicedByOrganisation = *invoiced;
    return report;
}

Result<QList<TerminalBatch>> LedgerReports::terminalBatches(int counter, QDate day)
{
    auto stmt =
        m_db.prepare("SELECT terminal_id, kind, payment_reference, amount_rials FROM ledger_entry "
                     "WHERE business_day = ?1 AND counter_no = ?2 AND payment_method = 'card' "
                     "AND kind <> 'reprint' ORDER BY terminal_id, seq");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({day.toString(Qt::ISODate), counter}); !s)
        return s.error();
    QList<TerminalBatch> batches;
    if (Status s = stmt->forEachRow([&batches](const Row& row) {
            const QString terminal = row.text(0);
            if (batches.isEmpty() || batches.last().terminalId != terminal) {
                TerminalBatch fresh;
                fresh.terminalId = terminal;
                batches.append(fresh);
            }
            TerminalBatch& b = batches.last();
            const qint64 amount = row.int64(3);
            if (row.text(1) == u"fee") {
                ++b.feeCount;
                b.feeAmount = Money::fromRials(b.feeAmount.rials() + amount);
                b.references << row.text(2);
            } else if (row.text(1) == u"refund") {
                ++b.refundCount;
                b.refundAmount = Money::fromRials(b.refundAmount.rials() + amount);
                b.refundReferences << row.text(2);
            } else {
                ++b.voidCount;
                b.voidAmount = Money::fromRials(b.voidAmount.rials() + amount);
                b.voidReferences << row.text(2);
            }
        });
        !s)
        return s.error();
    return batches;
}

Result<QMap<QString, LedgerTotals>> LedgerReports::invoicedByOrganisation(int counter, QDate from,
                                                                          QDate to)
{
    auto stmt = m_db.prepare(
        "SELECT organisation_id, kind, COUNT(*), SUM(amount_rials) FROM ledger_entry "
        "WHERE business_day BETWEEN ?1 AND ?2 AND counter_no = ?3 AND organisation_id <> '' "
        "GROUP BY organisation_id, kind ORDER BY organisation_id, kind");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({from.toString(Qt::ISODate), to.toString(Qt::ISODate), counter});
        !s)
        return s.error();
    QMap<QString, LedgerTotals> out;
    if (Status s = stmt->forEachRow([&out](const Row& row) {
            addKind(out[row.text(0)], row.text(1), row.int64(2), row.int64(3));
        });
        !s)
        return s.error();
    return out;
}

} // namespace pishkhan
