#include "InvoiceStore.h"

#include "storage/Database.h"
#include "storage/Row.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const char* const kHeaderColumns =
    "number, counter_no, seq_no, organisation_id, organisation_name, mandate_number, "
    "batch_sha256, business_day, created_at, clerk_id";

// NOT NULL text columns take '' rather than NULL for "none" (a null QString binds NULL, which
// INSERT OR IGNORE would silently skip).
QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

Invoice readHeader(const Row& row)
{
    Invoice i;
    i.number = row.text(0);
    i.counter = int(row.int64(1));
    i.seqNo = row.int64(2);
    i.organisationId = row.text(3);
    i.organisationName = row.text(4);
    i.mandateNumber = row.text(5);
    i.batchSha256 = row.text(6);
    i.businessDay = QDate::fromString(row.text(7), Qt::ISODate);
    i.createdAt = row.int64(8);
    i.clerkId = row.text(9);
    return i;
}

} // namespace

InvoiceStore::InvoiceStore(Database& db)
    : m_db(db)
{}

Result<Invoice> InvoiceStore::nextHeader(const QString& officeCode, int counter)
{
    auto stmt = m_db.prepare("SELECT COALESCE(MAX(seq_no), 0) FROM invoice WHERE counter_no = ?1");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({qint64(counter)}); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    Invoice i;
    i.counter = counter;
    i.seqNo = stmt->columnInt64(0) + 1;
    i.number = u"INV-"_s + officeCode + u'-' + QString::number(counter) + u'-' +
               QString::number(i.seqNo).rightJustified(6, u'0');
    return i;
}

Status InvoiceStore::appendLine(const Invoice& header, InvoiceLine line)
{
    auto insertHeader = m_db.prepare(
        "INSERT OR IGNORE INTO invoice (number, counter_no, seq_no, organisation_id, "
        "organisation_name, mandate_number, batch_sha256, business_day, created_at, clerk_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!insertHeader)
        return insertHeader.error();
    if (Status s = insertHeader->bindAll(
            {header.number, qint64(header.counter), header.seqNo, header.organisationId,
             text(header.organisationName), text(header.mandateNumber), text(header.batchSha256),
             header.businessDay.toString(Qt::ISODate), header.createdAt, text(header.clerkId)});
        !s)
        return s;
    if (Status s = insertHeader->execute(); !s)
        return s;
    auto insertLine = m_db.prepare(
        "INSERT INTO invoice_line (invoice_number, line_no, request_id, service_id, fee_rials, "
        "ledger_seq) SELECT ?1, COALESCE(MAX(line_no), 0) + 1, ?2, ?3, ?4, ?5 FROM invoice_line "
        "WHERE invoice_number = ?1");
    if (!insertLine)
        return insertLine.error();
    if (Status s = insertLine->bindAll(
            {header.number, line.requestId, line.serviceId, line.fee.rials(), line.ledgerSeq});
        !s)
        return s;
    return insertLine->execute();
}

Result<std::optional<Invoice>> InvoiceStore::find(const QString& number)
{
    auto head = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kHeaderColumns) +
                             u" FROM invoice WHERE number = ?1"_s);
    if (!head)
        return head.error();
    if (Status s = head->bindAll({number}); !s)
        return s.error();
    auto found = head->first(readHeader);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Invoice>();
    Invoice invoice = **found;
    auto lines = m_db.prepare(
        "SELECT l.line_no, l.request_id, l.service_id, l.fee_rials, l.ledger_seq, "
        "COALESCE(o.tracking_code, '') FROM invoice_line l LEFT JOIN outbox o "
        "ON o.request_id = l.request_id WHERE l.invoice_number = ?1 ORDER BY l.line_no");
    if (!lines)
        return lines.error();
    if (Status s = lines->bindAll({number}); !s)
        return s.error();
    auto read = lines->collect([](const Row& row) {
        InvoiceLine l;
        l.lineNo = int(row.int64(0));
        l.requestId = row.text(1);
        l.serviceId = row.text(2);
        l.fee = Money::fromRials(row.int64(3));
        l.ledgerSeq = row.int64(4);
        l.trackingCode = row.text(5);
        return l;
    });
    if (!read)
        return read.error();
    invoice.lines = *read;
    return std::optional<Invoice>(invoice);
}

Result<QList<Invoice>> InvoiceStore::headers(QDate from, QDate to)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kHeaderColumns) +
                             u" FROM invoice WHERE business_day BETWEEN ?1 AND ?2 "
                             u"ORDER BY created_at DESC, number DESC"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({from.toString(Qt::ISODate), to.toString(Qt::ISODate)}); !s)
        return s.error();
    return stmt->collect(readHeader);
}

} // namespace pishkhan
