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
    if (Status s = stmt->bindText(1, iso); !s)
        return s.error();
    if (Status s = stmt->bindInt64(2, counter); !s)
        return s.error();
    qint64 late = 0;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString clerk = stmt->columnText(0);
        const QString service = stmt->columnText(1);
        const PaymentMethod method =
            paymentMethodFromString(stmt->columnText(2)).value_or(PaymentMethod::Cash);
        // Rows arrive grouped by (clerk, service, method), so the kinds of a cell are adjacent.
        if (report.lines.isEmpty() || report.lines.last().clerkId != clerk ||
            report.lines.last().serviceId != service || report.lines.last().method != method)
            report.lines.append(DayReportLine{clerk, service, method, {}});
        LedgerTotals cell;
        addKind(cell, stmt->columnText(3), stmt->columnInt64(4), stmt->columnInt64(5));
        report.lines.last().totals.add(cell);
        report.totals.add(cell);
        late += stmt->columnInt64(6);
    }
    if (late > 0) {
        // Rare (a clock set back, a crash across midnight): only then read the rows.
        auto lateRows = m_db.prepare("SELECT seq FROM ledger_entry WHERE business_day = ?1 AND "
                                     "counter_no = ?2 AND late = 1 ORDER BY seq");
        if (!lateRows)
            return lateRows.error();
        if (Status s = lateRows->bindText(1, iso); !s)
            return s.error();
        if (Status s = lateRows->bindInt64(2, counter); !s)
            return s.error();
        for (;;) {
            Result<bool> row = lateRows->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            report.lateEntrySeqs << lateRows->columnInt64(0);
        }
    }
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
    if (Status s = stmt->bindText(1, from.toString(Qt::ISODate)); !s)
        return s.error();
    if (Status s = stmt->bindText(2, to.toString(Qt::ISODate)); !s)
        return s.error();
    if (Status s = stmt->bindInt64(3, counter); !s)
        return s.error();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const int month = int(stmt->columnInt64(0));
        const QString service = stmt->columnText(1);
        if (report.rows.isEmpty() || report.rows.last().jalaliMonth != month ||
            report.rows.last().serviceId != service)
            report.rows.append(MonthServiceRow{month, service, {}});
        addKind(report.rows.last().totals, stmt->columnText(2), stmt->columnInt64(3),
                stmt->columnInt64(4));
    }
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
    if (Status s = stmt->bindText(1, day.toString(Qt::ISODate)); !s)
        return s.error();
    if (Status s = stmt->bindInt64(2, counter); !s)
        return s.error();
    QList<TerminalBatch> batches;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString terminal = stmt->columnText(0);
        if (batches.isEmpty() || batches.last().terminalId != terminal)
            batches.append(TerminalBatch{terminal, 0, {}, 0, {}, {}, {}});
        TerminalBatch& b = batches.last();
        const qint64 amount = stmt->columnInt64(3);
        if (stmt->columnText(1) == u"fee") {
            ++b.feeCount;
            b.feeAmount = Money::fromRials(b.feeAmount.rials() + amount);
            b.references << stmt->columnText(2);
        } else {
            ++b.voidCount;
            b.voidAmount = Money::fromRials(b.voidAmount.rials() + amount);
            b.voidReferences << stmt->columnText(2);
        }
    }
    return batches;
}

} // namespace pishkhan
